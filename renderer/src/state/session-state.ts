// Renderer: the candidate's session as the UI sees it (zustand). The host's file is the truth; this mirrors it
// and queues what has changed until the next autosave.
import { create } from 'zustand';
import type { NewEvent } from '../../../contract/host-api';
import type { ExerciseId } from '../../../contract/exercise-ids';
import type { Session, SessionLocation } from '../../../contract/session';
import { overallRemainingMs } from '../../../assessment/assessment-timing';
import { exerciseTitle } from '../../../assessment/exercise-registry';
import { errorMessage, host, HostCallError } from '../host/host-client';

export type View = 'loading' | 'welcome' | 'assessment' | 'finished' | 'reviewer' | 'fatal';
export type SaveState = { status: 'idle' | 'saving' | 'saved' | 'error'; lastSavedAt: string | null; message: string | null };

interface SessionState {
  view: View;
  fatal: string | null;
  session: Session | null;
  location: SessionLocation;
  elapsedMs: Record<string, number>;
  answers: Record<string, unknown>;
  dirty: ReadonlySet<string>;
  pendingEvents: NewEvent[];
  save: SaveState;
  /** This window's session lease from the host; saves carry it (see electron/host/session-lease.ts). */
  leaseId: string | null;
  /** Another window holds the session: this one shows the work and saves nothing. */
  readOnly: boolean;
  setView(view: View): void;
  boot(): Promise<void>;
  begin(session: Session, leaseId?: string | null): void;
  /** Another window of this browser took the session: stop saving now (the host would refuse anyway). */
  markReadOnly(): void;
  /** Opens the session again from the host's copy, taking the lease: this window writes, the other becomes read-only. */
  takeLease(): Promise<void>;
  /** This window keeps the session although a newer one opened it: take the lease back, keep the local state. */
  keepLease(): Promise<void>;
  setAnswer(exerciseId: ExerciseId, answer: unknown): void;
  record(event: NewEvent): void;
  navigate(location: SessionLocation): void;
  tick(deltaMs: number): void;
  flush(): Promise<void>;
  submit(reflection: string): Promise<void>;
  /** When the page's clock reaches zero: lets the host's clock catch up and record the time-up, then submits. */
  finishAtTimeUp(): Promise<void>;
}

const initial = {
  view: 'loading' as View,
  fatal: null,
  session: null,
  location: 'overview' as SessionLocation,
  elapsedMs: {},
  answers: {},
  dirty: new Set<string>(),
  pendingEvents: [],
  save: { status: 'idle', lastSavedAt: null, message: null } as SaveState,
  leaseId: null as string | null,
  readOnly: false,
};

let flushing: Promise<void> | null = null;

export const useSessionState = create<SessionState>()((set, get) => ({
  ...initial,

  setView: (view) => set({ view }),

  async boot() {
    try {
      const { session, leaseId } = await host.getActiveSession({});
      // The host records the resume itself (it knows its clock restarted); the renderer only mirrors the state.
      if (session) {
        get().begin(session, leaseId);
      } else {
        set({ view: 'welcome' });
      }
    } catch (error) {
      set({ view: 'fatal', fatal: errorMessage(error) });
    }
  },

  begin(session, leaseId = null) {
    set({
      session,
      leaseId,
      readOnly: false,
      view: session.status === 'submitted' ? 'finished' : 'assessment',
      location: session.location,
      elapsedMs: { ...session.elapsedMs },
      answers: { ...session.answers },
      dirty: new Set(),
      pendingEvents: [],
      save: { status: 'saved', lastSavedAt: session.updatedAt, message: null },
    });
  },

  markReadOnly() {
    set({ readOnly: true });
  },

  async takeLease() {
    const { session, leaseId } = await host.getActiveSession({});
    if (session) get().begin(session, leaseId);
  },

  async keepLease() {
    const { leaseId } = await host.getActiveSession({});
    // A save refused meanwhile was refused because of the newer window, which now yields: carry on writing.
    if (leaseId) set({ leaseId, readOnly: false, ...(get().save.status === 'error' ? { save: { ...get().save, status: 'idle' as const, message: null } } : {}) });
  },

  setAnswer(exerciseId, answer) {
    // A read-only window changes nothing: its editors are inert, and this holds even if a keystroke gets through.
    if (get().readOnly) return;
    const { answers, dirty } = get();
    set({ answers: { ...answers, [exerciseId]: answer }, dirty: new Set(dirty).add(exerciseId) });
  },

  record(event) {
    if (get().readOnly) return;
    set({ pendingEvents: [...get().pendingEvents, event] });
  },

  /** The next save carries the new location; the host records the navigation and charges time from then on. */
  navigate(location) {
    if (get().location === location) return;
    set({ location });
    void get().flush();
  },

  tick(deltaMs) {
    const { location, elapsedMs, session, view } = get();
    if (!session || view !== 'assessment' || session.status !== 'in-progress' || session.timeUpAt) return;
    set({ elapsedMs: { ...elapsedMs, [location]: (elapsedMs[location] ?? 0) + deltaMs } });
  },

  /** Sends everything unsaved; one flush at a time, and a failed one keeps its changes for the next try. */
  async flush() {
    if (flushing) return flushing;
    const run = async () => {
      const { session, dirty, answers, pendingEvents, location, leaseId, readOnly } = get();
      if (!session || session.status !== 'in-progress' || session.timeUpAt || readOnly) return;
      const lease = leaseId ? { leaseId } : {};
      const changed = Object.fromEntries([...dirty].map((id) => [id, answers[id]]));
      set({ dirty: new Set(), pendingEvents: [], save: { ...get().save, status: 'saving' } });
      try {
        const saved = await host.saveProgress({ sessionId: session.sessionId, location, answers: changed, events: pendingEvents, ...lease });
        // The host's clock is the one that counts: the local tick only fills the second between saves.
        set({
          elapsedMs: saved.elapsedMs,
          save: { status: 'saved', lastSavedAt: saved.savedAt, message: null },
          ...(saved.timeUpAt ? { session: { ...session, timeUpAt: saved.timeUpAt } } : {}),
        });
      } catch (error) {
        const now = get();
        if (error instanceof HostCallError && error.code === 'lease-lost') {
          // A newer window holds the session: this one turns read-only. What it had not saved stays marked unsaved.
          set({
            readOnly: true,
            dirty: new Set([...dirty, ...now.dirty]),
            pendingEvents: [...pendingEvents, ...now.pendingEvents],
            save: { status: 'error', lastSavedAt: now.save.lastSavedAt, message: error.message },
          });
          return;
        }
        if (error instanceof HostCallError && error.code === 'time-up') {
          // The host stopped the clock: show its figures (the overall clock reads 0:00) and say why nothing was saved.
          const { session: fresh, leaseId: renewed } = await host.getActiveSession({}).catch(() => ({ session: null, leaseId: undefined }));
          set({
            // Asking for the session renews this window's lease; keep writing with the new one.
            ...(renewed ? { leaseId: renewed } : {}),
            session: { ...session, timeUpAt: fresh?.timeUpAt ?? new Date().toISOString() },
            elapsedMs: fresh?.elapsedMs ?? now.elapsedMs,
            save: { status: 'error', lastSavedAt: now.save.lastSavedAt, message: error.message },
          });
          return;
        }
        const refusedEvents = error instanceof HostCallError && ['invalid-input', 'forbidden', 'too-large'].includes(error.code);
        if (refusedEvents && Object.keys(changed).length > 1) {
          // One refused field must not hold back the others: save each answer alone, then the events alone.
          const parts = await saveSeparately(session.sessionId, location, changed, pendingEvents, leaseId);
          const after = get();
          set({
            dirty: new Set([...parts.failed.keys(), ...after.dirty]),
            pendingEvents: parts.eventsKept ? [...pendingEvents, ...after.pendingEvents] : after.pendingEvents,
            ...(parts.last ? { elapsedMs: parts.last.elapsedMs } : {}),
            save:
              parts.failed.size > 0
                ? { status: 'error', lastSavedAt: parts.last?.savedAt ?? after.save.lastSavedAt, message: [...parts.failed.values()].join(' ') }
                : { status: 'saved', lastSavedAt: parts.last?.savedAt ?? after.save.lastSavedAt, message: null },
          });
          return;
        }
        // An event the host refuses would be refused again: keep the answers for the retry, drop those events.
        // Put back what did not reach the disk (newer edits win over the copies being retried).
        const only = Object.keys(changed);
        set({
          dirty: new Set([...dirty, ...now.dirty]),
          pendingEvents: refusedEvents ? now.pendingEvents : [...pendingEvents, ...now.pendingEvents],
          save: { status: 'error', lastSavedAt: now.save.lastSavedAt, message: refusedEvents && only.length === 1 ? refusedAnswerMessage(only[0]!, error) : errorMessage(error) },
        });
      }
    };
    flushing = run().finally(() => {
      flushing = null;
    });
    return flushing;
  },

  async submit(reflection) {
    await get().flush();
    const { session, leaseId, readOnly } = get();
    if (!session) return;
    if (readOnly) throw new Error('This assessment is open in another window or tab: submit it there, or choose "Continue here" first.');
    const result = await host.submitSession({ sessionId: session.sessionId, reflection, ...(leaseId ? { leaseId } : {}) });
    set({ session: result.session, view: 'finished' });
  },

  async finishAtTimeUp() {
    // The page's clock may run a moment ahead of the host's; the host decides when time is up and logs it.
    for (let i = 0; i < 8 && !get().session?.timeUpAt; i++) {
      await get().flush();
      if (!get().session?.timeUpAt) await pause(500);
    }
    await get().submit('');
  },
}));

type SaveReply = Awaited<ReturnType<typeof host.saveProgress>>;

/** Why one exercise's answer was not saved, in words that name the exercise and what to do. */
function refusedAnswerMessage(exerciseId: string, error: unknown): string {
  return `Your ${exerciseTitle(exerciseId)} answer was not saved: ${errorMessage(error)} Everything else is saved; undo or shorten the last large change.`;
}

/** After the host refused a combined save: each answer alone, then the events alone. */
async function saveSeparately(sessionId: string, location: SessionLocation, changed: Record<string, unknown>, events: NewEvent[], leaseId: string | null) {
  const lease = leaseId ? { leaseId } : {};
  const failed = new Map<string, string>();
  let last: SaveReply | null = null;
  let eventsKept = false;
  for (const [id, answer] of Object.entries(changed)) {
    try {
      last = (await host.saveProgress({ sessionId, location, answers: { [id]: answer }, events: [], ...lease })) ?? last;
    } catch (e) {
      failed.set(id, refusedAnswerMessage(id, e));
    }
  }
  if (events.length > 0) {
    try {
      last = (await host.saveProgress({ sessionId, location, answers: {}, events, ...lease })) ?? last;
    } catch (e) {
      // Events the host refuses would be refused forever; any other failure keeps them for the retry.
      eventsKept = !(e instanceof HostCallError && ['invalid-input', 'forbidden', 'too-large'].includes(e.code));
    }
  }
  return { failed, last, eventsKept };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const hasUnsavedWork = (s: Pick<SessionState, 'dirty' | 'pendingEvents'>) => s.dirty.size > 0 || s.pendingEvents.length > 0;

export const selectOverallRemaining = (s: SessionState) => (s.session ? overallRemainingMs(s.session.plan, s.elapsedMs) : 0);

/** Test hook: a fresh store between unit tests. */
export const resetSessionState = () => useSessionState.setState({ ...initial, dirty: new Set(), pendingEvents: [] });
