// Host (Node, also the grading CLI): the one function from a session log to everything that is graded. Answers,
// reflection, time per exercise, plan, candidate, status, time-up and the seal are all folded out of the records;
// nothing is read from anywhere else. Pure: no I/O, no clock, no hashing (the chain is checked in chain.ts).
import { applyPatch, PatchError, type PatchOp } from '../../../contract/answer-patch';
import { EVENT_DATA_SCHEMAS, type GenesisData, type SealData } from '../../../contract/session-events';
import { describeIssues } from '../../../contract/host-api';
import type { ExerciseId } from '../../../contract/exercise-ids';
import type { Session, SessionEvent, SessionLocation } from '../../../contract/session';

export interface DeriveOptions {
  /** Checks an exercise's action payload against its definition's `actionSchema`; returns a problem or null. */
  checkAction?(exerciseId: ExerciseId, data: Record<string, unknown>): string | null;
  /** Checks a derived answer's shape; returns a problem or null. */
  checkAnswer?(exerciseId: ExerciseId, answer: unknown): string | null;
}

export interface DerivedSession {
  session: Session;
  genesis: GenesisData;
  /** The host's active clock at the last record. */
  lastEl: number;
  /** The last seal, wherever it is in the log. */
  lastSeal: (SealData & { seq: number }) | null;
  /** Exercises whose own budget the host has already marked as used up. */
  exerciseTimeUps: Set<string>;
}

export class DeriveError extends Error {
  constructor(
    readonly seq: number,
    message: string,
  ) {
    super(`Event ${seq}: ${message}`);
  }
}

// After the overall time is up (or after submit) the host records only these.
const AFTER_TIME_UP = new Set(['submitted', 'sealed', 'session-resumed']);
const AFTER_SUBMIT = new Set(['sealed']);

/** Folds one more record into `state` (mutated and returned; pass null for the first record). Throws DeriveError. */
export function applyRecord(state: DerivedSession | null, record: SessionEvent, options: DeriveOptions = {}): DerivedSession {
  const fail = (message: string): never => {
    throw new DeriveError(record.seq, message);
  };
  const schema = EVENT_DATA_SCHEMAS[record.type];
  const parsed = schema.safeParse(record.data);
  if (!parsed.success) fail(`its ${record.type} data is not valid: ${describeIssues(parsed.error)}`);
  if (record.el === undefined) fail('it has no host clock reading');
  const el = record.el!;

  if (state === null) {
    if (record.type !== 'session-started') fail('a session log must begin with the session start');
    const genesis = parsed.data as GenesisData;
    const session: Session = {
      format: 'dpe-assessment-session',
      version: 2,
      sessionId: genesis.sessionId,
      createdAt: record.at,
      updatedAt: record.at,
      candidateName: genesis.candidateName,
      plan: genesis.plan,
      status: 'in-progress',
      location: 'overview',
      elapsedMs: {},
      answers: {},
      headHash: record.hash,
      receipt: null,
      events: [record],
    };
    return { session, genesis, lastEl: el, lastSeal: null, exerciseTimeUps: new Set() };
  }

  const s = state.session;
  if (record.type === 'session-started') fail('a session can only start once');
  if (s.status === 'submitted' && !AFTER_SUBMIT.has(record.type)) fail(`a ${record.type} event after the submission`);
  if (s.timeUpAt && !AFTER_TIME_UP.has(record.type)) fail(`a ${record.type} event after the time was up`);
  if (el < state.lastEl) fail('the host clock goes backwards');
  const inPlan = (id: string | undefined) => id !== undefined && s.plan.exercises.some((e) => e.exerciseId === id);
  if (['run', 'action', 'autosave'].includes(record.type) && !inPlan(record.exerciseId)) {
    fail(`${record.exerciseId ?? 'no exercise'} is not part of this assessment`);
  }

  // Active time since the previous record goes to where the candidate was; it stops when the time is up.
  if (!s.timeUpAt && s.status === 'in-progress') s.elapsedMs[s.location] = (s.elapsedMs[s.location] ?? 0) + (el - state.lastEl);
  state.lastEl = el;

  const data = parsed.data as Record<string, unknown>;
  switch (record.type) {
    case 'navigated':
      s.location = data.to as SessionLocation;
      break;
    case 'autosave': {
      const id = record.exerciseId!;
      try {
        s.answers[id] = applyPatch(s.answers[id], data.patch as PatchOp[]);
      } catch (error) {
        if (error instanceof PatchError) fail(`its answer change does not fit the answer before it (${error.message})`);
        throw error;
      }
      const problem = options.checkAnswer?.(id, s.answers[id]);
      if (problem) fail(`the ${id} answer is not in the expected shape (${problem})`);
      break;
    }
    case 'action': {
      const problem = options.checkAction?.(record.exerciseId!, data);
      if (problem) fail(`the ${record.exerciseId} action is not valid: ${problem}`);
      break;
    }
    case 'time-up':
      if (data.scope === 'overall') s.timeUpAt = record.at;
      else if (record.exerciseId) state.exerciseTimeUps.add(record.exerciseId);
      break;
    case 'submitted':
      s.status = 'submitted';
      s.submittedAt = record.at;
      s.location = 'overview';
      if (data.reflection) s.reflection = data.reflection as string;
      break;
    case 'sealed': {
      const seal = data as SealData;
      if (seal.head !== s.headHash) fail('the seal does not name the event before it');
      state.lastSeal = { ...seal, seq: record.seq };
      break;
    }
    default:
      break;
  }
  s.events.push(record);
  s.updatedAt = record.at;
  s.headHash = record.hash;
  s.receipt = record.type === 'sealed' ? (data.receipt as string) : null;
  return state;
}

/** Derives the session from its whole log. Throws DeriveError naming the first event that cannot be applied. */
export function deriveSession(records: readonly SessionEvent[], options: DeriveOptions = {}): DerivedSession {
  if (records.length === 0) throw new DeriveError(0, 'the log has no events');
  let state: DerivedSession | null = null;
  for (const record of records) state = applyRecord(state, record, options);
  return state!;
}

/** The fields of a session an exported file states beside its log, in a stable shape for comparison. */
export function statedFields(session: Session) {
  return {
    sessionId: session.sessionId,
    candidateName: session.candidateName,
    plan: session.plan,
    status: session.status,
    elapsedMs: session.elapsedMs,
    answers: session.answers,
    reflection: session.reflection ?? null,
    submittedAt: session.submittedAt ?? null,
    timeUpAt: session.timeUpAt ?? null,
    headHash: session.headHash ?? null,
    receipt: session.receipt ?? null,
  };
}
export type StatedFields = ReturnType<typeof statedFields>;
