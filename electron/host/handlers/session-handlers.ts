// Host (Node): the candidate's session: start, save, submit, export. The host owns the clock, records the events
// only it may record (navigation, autosave diffs, time-up, submit, seal), and refuses saves once the time is up.
import { randomUUID } from 'node:crypto';
import { diffAnswer } from '../../../contract/answer-patch';
import { FILE_CHUNK_CHARS, describeIssues, type HostHandlers, type NewEvent } from '../../../contract/host-api';
import { EVENT_DATA_SCHEMAS, HOST_ONLY_EVENT_TYPES, MAX_EVENT_DATA_CHARS, type GenesisData } from '../../../contract/session-events';
import type { Session } from '../../../contract/session';
import { exerciseBudgetMs, overallBudgetMs, totalElapsedMs } from '../../../assessment/assessment-timing';
import { HostError } from '../host-error';
import { defaultPlan, resolveVariants } from '../plans';
import { canonicalJson, genesisLink, makeRecord, sha256, type RecordInput } from '../session-log/chain';
import type { DerivedSession } from '../session-log/derive-session';
import { checkAction } from '../session-log/exercise-checks';
import { receiptFor, sealMac } from '../session-log/seal';
import type { PendingRecord } from '../session-store';
import { SessionLeases } from '../session-lease';
import { exportText, requireCandidateSession, slug, type HostDeps } from './host-deps';

/** With nothing else to record, the clock is written to the log at least this often (a crash costs at most this). */
export const TICK_MS = 900;

type SessionHandlers = Pick<HostHandlers, 'getActiveSession' | 'startSession' | 'saveProgress' | 'submitSession' | 'exportSession'>;

/**
 * The candidate screen needs the state, not the whole log; only the candidate's own `action` events come back, so an
 * exercise worked through actions (the incident simulation) resumes at the same step after a reload.
 */
const forCandidate = (session: Session): Session => ({ ...session, events: session.events.filter((e) => e.type === 'action') });

function checkRendererEvent(event: NewEvent, session: Session): void {
  if (HOST_ONLY_EVENT_TYPES.has(event.type)) throw new HostError('forbidden', `"${event.type}" events are recorded by the host only; nothing was saved.`);
  const parsed = EVENT_DATA_SCHEMAS[event.type].safeParse(event.data);
  if (!parsed.success) throw new HostError('invalid-input', `A ${event.type} event is not valid: ${describeIssues(parsed.error)}.`);
  if (JSON.stringify(event.data).length > MAX_EVENT_DATA_CHARS) throw new HostError('too-large', `A ${event.type} event is larger than ${MAX_EVENT_DATA_CHARS} characters; nothing was saved.`);
  if ((event.type === 'run' || event.type === 'action') && !session.plan.exercises.some((e) => e.exerciseId === event.exerciseId)) {
    throw new HostError('invalid-input', `${event.exerciseId ?? 'An event without an exercise'} is not part of this assessment.`);
  }
  if (event.type === 'action') {
    const problem = checkAction(event.exerciseId!, event.data);
    if (problem) throw new HostError('invalid-input', `That step was not recorded: ${problem}.`);
  }
}

export function createSessionHandlers(deps: HostDeps): SessionHandlers & { close(): void } {
  const { store, plans, clock, now } = deps;
  const timers = new Map<string, NodeJS.Timeout>();
  const leases = new SessionLeases();
  /** Sessions whose clock this host restarted, with the wall-clock gap, until the next save logs the resume. */
  const resumed = new Map<string, number | null>();

  /** The host's clock for this session now; the first contact after a restart notes the resume for the log. */
  function clockNow(state: DerivedSession): number {
    const id = state.session.sessionId;
    if (clock.isFresh(id) && state.session.events.length > 1 && !resumed.has(id)) {
      const last = Date.parse(state.session.updatedAt);
      resumed.set(id, Number.isFinite(last) ? Math.max(0, now().getTime() - last) : null);
    }
    return clock.now(id, state.lastEl);
  }

  async function sealInput(sessionId: string, reason: 'submitted' | 'time-up'): Promise<(head: string) => RecordInput> {
    const key = await plans.sessionKey(sessionId);
    return (head) => ({ type: 'sealed', data: { head, mac: key ? sealMac(key, sessionId, head) : null, receipt: receiptFor(head), reason } });
  }

  /** The records that stop the overall clock, when it has run out by `el`; empty otherwise. */
  function timeUpRecords(state: DerivedSession, el: number, seal: (head: string) => RecordInput): PendingRecord[] {
    const s = state.session;
    if (s.timeUpAt || s.status !== 'in-progress') return [];
    const budget = overallBudgetMs(s.plan);
    const spent = totalElapsedMs(s.elapsedMs) + (el - state.lastEl);
    if (spent < budget) return [];
    // The clock stopped when the budget ran out, not when the host noticed.
    const stoppedAt = state.lastEl + Math.max(0, budget - totalElapsedMs(s.elapsedMs));
    return [
      { input: { type: 'time-up', data: { scope: 'overall' } }, el: stoppedAt },
      { input: seal, el: stoppedAt },
    ];
  }

  function liveElapsed(state: DerivedSession, el: number): Record<string, number> {
    const s = state.session;
    if (s.timeUpAt || s.status !== 'in-progress') return { ...s.elapsedMs };
    return { ...s.elapsedMs, [s.location]: (s.elapsedMs[s.location] ?? 0) + (el - state.lastEl) };
  }

  /** Records the time-up without waiting for the renderer: a silent page does not stop the clock. */
  async function enforceTimeUp(sessionId: string): Promise<void> {
    const seal = await sealInput(sessionId, 'time-up');
    await store.append(sessionId, now(), (state) => timeUpRecords(state, clockNow(state), seal)).catch(() => undefined);
  }

  function scheduleTimeUp(state: DerivedSession): void {
    const id = state.session.sessionId;
    clearTimeout(timers.get(id));
    if (state.session.timeUpAt || state.session.status !== 'in-progress') return;
    const left = overallBudgetMs(state.session.plan) - totalElapsedMs(liveElapsed(state, clockNow(state)));
    const timer = setTimeout(() => void enforceTimeUp(id), Math.max(0, left) + 50);
    timer.unref();
    timers.set(id, timer);
  }

  return {
    close() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },

    async getActiveSession() {
      const entry = store.activeSession();
      if (!entry?.derived) return { session: null };
      const el = clockNow(entry.derived);
      scheduleTimeUp(entry.derived);
      return { session: forCandidate({ ...entry.session, elapsedMs: liveElapsed(entry.derived, el) }), leaseId: leases.grant(entry.session.sessionId) };
    },

    async startSession({ candidateName }) {
      if (store.activeSession()) throw new HostError('conflict', 'An assessment is already in progress on this machine.');
      const at = now();
      const pending = (await plans.pending()) ?? { plan: defaultPlan(at), source: 'default' as const };
      const plan = resolveVariants(pending.plan, deps.random);
      const sessionId = randomUUID();
      const planHash = sha256(canonicalJson(plan));
      const genesis: GenesisData = {
        sessionId,
        candidateName,
        plan,
        planHash,
        planSource: pending.source,
        ...(pending.source !== 'default' ? { preparedPlan: pending.plan } : {}),
        ...(pending.planMac ? { planMac: pending.planMac } : {}),
        appVersion: deps.ctx.version.slice(0, 40),
      };
      if (pending.sealKey) await plans.saveSessionKey(sessionId, pending.sealKey);
      const record = makeRecord(genesisLink({ sessionId, planHash, candidateName }), 0, at, 0, { type: 'session-started', data: genesis });
      clock.now(sessionId, 0);
      const entry = await store.create(record);
      // The plan is used once: the next candidate on this machine gets a fresh one.
      await plans.clearPending();
      scheduleTimeUp(entry.derived!);
      return { session: forCandidate(entry.session), leaseId: leases.grant(sessionId) };
    },

    async saveProgress(input) {
      const entry = requireCandidateSession(store, input.sessionId);
      const { session } = entry;
      // First: a window that lost the lease learns so before anything else is said or stored.
      leases.check(session.sessionId, input.leaseId);
      if (session.status !== 'in-progress') throw new HostError('conflict', 'This assessment was already submitted; nothing more is saved.');
      if (input.location !== 'overview' && !session.plan.exercises.some((e) => e.exerciseId === input.location)) {
        throw new HostError('invalid-input', `${input.location} is not part of this assessment.`);
      }
      for (const exerciseId of Object.keys(input.answers ?? {})) {
        if (!session.plan.exercises.some((e) => e.exerciseId === exerciseId)) throw new HostError('invalid-input', `${exerciseId} is not part of this assessment.`);
      }
      for (const event of input.events ?? []) checkRendererEvent(event, session);
      const seal = await sealInput(session.sessionId, 'time-up');
      const id = session.sessionId;
      let stopped = false;
      const saved = await store.append(id, now(), (state) => {
        const s = state.session;
        if (s.timeUpAt) throw new HostError('time-up', `Time is up: the assessment stopped at ${s.timeUpAt.slice(11, 16)} UTC and this change was not saved. Submit to finish.`);
        const el = clockNow(state);
        const stop = timeUpRecords(state, el, seal);
        if (stop.length > 0) {
          stopped = true;
          return stop;
        }
        const records: PendingRecord[] = [];
        const add = (r: RecordInput) => records.push({ input: r, el });
        if (resumed.has(id)) add({ type: 'session-resumed', data: { closedForMs: resumed.get(id) ?? null } });
        if (input.location !== s.location) add({ type: 'navigated', data: { from: s.location, to: input.location } });
        // Answers first: a run recorded in the same save ran on the answer as saved here.
        for (const [exerciseId, answer] of Object.entries(input.answers ?? {})) {
          const patch = diffAnswer(s.answers[exerciseId], answer);
          if (patch.length > 0) add({ type: 'autosave', exerciseId: exerciseId as NewEvent['exerciseId'], data: { patch } });
        }
        for (const event of input.events ?? []) add({ type: event.type, ...(event.exerciseId ? { exerciseId: event.exerciseId } : {}), data: event.data });
        const live = liveElapsed(state, el);
        for (const planned of s.plan.exercises) {
          if (!state.exerciseTimeUps.has(planned.exerciseId) && (live[planned.exerciseId] ?? 0) >= exerciseBudgetMs(s.plan, planned.exerciseId)) {
            add({ type: 'time-up', exerciseId: planned.exerciseId, data: { scope: 'exercise' } });
          }
        }
        if (records.length === 0 && el - state.lastEl >= TICK_MS) add({ type: 'tick', data: {} });
        return records;
      });
      resumed.delete(id);
      if (stopped) {
        clock.stop(id);
        throw new HostError('time-up', 'Time is up: the host stopped the clock and sealed your work as it was. This last change was not saved. Submit to finish.');
      }
      scheduleTimeUp(saved.derived!);
      const el = saved.derived!.session.timeUpAt ? saved.derived!.lastEl : clock.now(id, saved.derived!.lastEl);
      return { savedAt: now().toISOString(), eventCount: saved.session.events.length, elapsedMs: liveElapsed(saved.derived!, el), timeUpAt: saved.session.timeUpAt ?? null };
    },

    async submitSession({ sessionId, reflection, leaseId }) {
      requireCandidateSession(store, sessionId);
      leases.check(sessionId, leaseId);
      const seal = await sealInput(sessionId, 'submitted');
      const saved = await store.append(sessionId, now(), (state) => {
        if (state.session.status !== 'in-progress') throw new HostError('conflict', 'This assessment was already submitted.');
        const el = clockNow(state);
        // A submission after the budget ran out still stops the clock where it ran out, and says so in the log.
        const stop = timeUpRecords(state, el, seal).slice(0, 1);
        const at = stop[0]?.el ?? (state.session.timeUpAt ? state.lastEl : el);
        return [...stop, { input: { type: 'submitted', data: { reflection } }, el: at }, { input: seal, el: at }];
      });
      clock.stop(sessionId);
      clearTimeout(timers.get(sessionId));
      return { session: forCandidate(saved.session) };
    },

    async exportSession({ sessionId, offset }) {
      const entry = requireCandidateSession(store, sessionId);
      const text = exportText(entry);
      const end = Math.min(text.length, offset + FILE_CHUNK_CHARS);
      return {
        fileName: `${slug(entry.session.candidateName)}-${entry.session.createdAt.slice(0, 10)}.dpe-session.jsonl`,
        receipt: entry.session.receipt ?? null,
        totalChars: text.length,
        chunk: text.slice(offset, end),
        nextOffset: end < text.length ? end : null,
      };
    },
  };
}
