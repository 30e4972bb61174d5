// Host only: reads the candidate's runs out of the session event log and follows each failure to its fix (or not).
import { findExerciseDefinition } from '../../assessment/exercise-registry';
import type { SessionEvent } from '../../contract/session';

export interface RunRecord {
  exerciseId: string;
  at: string;
  /** `query`, `check:<id>` (SQL); `run`, `tests` (Python). */
  purpose: string;
  ok: boolean;
  error?: string;
  /** Names of failing public tests, present only when a test run completed and reported. */
  failing?: string[];
}

/** One thing that went wrong (a query, a check, a named public test) and when, if ever, it was put right. */
export interface FailureThread {
  exerciseId: string;
  key: string;
  label: string;
  testName?: string;
  firstFailedAt: string;
  lastFailedAt: string;
  firstError?: string;
  /** Set when the latest outcome after the last failure is a success; a later failure clears it again. */
  resolvedAt: string | null;
}

// Resetting the database is housekeeping, not an attempt.
const NOT_ATTEMPTS = new Set(['reset-database']);

/** Runs in an unscored warm-up (the practice question) or an exercise this version does not know are not judged. */
const judged = (exerciseId: string) => findExerciseDefinition(exerciseId)?.scored === true;

const firstLine = (text: unknown): string | undefined => (typeof text === 'string' && text.trim() ? text.trim().split('\n')[0]!.slice(0, 160) : undefined);

export function candidateRuns(events: readonly SessionEvent[]): RunRecord[] {
  const runs: RunRecord[] = [];
  for (const event of events) {
    if (event.type !== 'run' || !event.exerciseId || !judged(event.exerciseId)) continue;
    // Only runs the candidate started are attempts; the app's own runs (e.g. drawing a tile) are recorded as `app`.
    if (event.data.startedBy === 'app') continue;
    const purpose = typeof event.data.purpose === 'string' ? event.data.purpose : 'run';
    if (NOT_ATTEMPTS.has(purpose)) continue;
    const failing = Array.isArray(event.data.failing) ? event.data.failing.filter((n): n is string => typeof n === 'string') : undefined;
    const error = firstLine(event.data.error);
    runs.push({ exerciseId: event.exerciseId, at: event.at, purpose, ok: event.data.ok === true, ...(error ? { error } : {}), ...(failing ? { failing } : {}) });
  }
  return runs.sort((a, b) => a.at.localeCompare(b.at));
}

/** What the run was, in its exercise's words ("SQL query", "public test run"). */
function purposeLabel(exerciseId: string, purpose: string): string {
  return findExerciseDefinition(exerciseId)?.describeRunPurpose?.(purpose) ?? `${exerciseId} ${purpose}`;
}

/** Follows every failure to its latest outcome, so a reviewer sees what broke, when, and whether it was fixed. */
export function failureThreads(runs: readonly RunRecord[]): FailureThread[] {
  const threads = new Map<string, FailureThread>();
  const fail = (run: RunRecord, key: string, label: string, testName?: string, error?: string) => {
    const id = `${run.exerciseId}|${key}`;
    const thread = threads.get(id);
    if (thread) {
      thread.lastFailedAt = run.at;
      thread.resolvedAt = null;
    } else {
      threads.set(id, { exerciseId: run.exerciseId, key, label, ...(testName ? { testName } : {}), firstFailedAt: run.at, lastFailedAt: run.at, ...(error ? { firstError: error } : {}), resolvedAt: null });
    }
  };
  const succeed = (run: RunRecord, key: string) => {
    const thread = threads.get(`${run.exerciseId}|${key}`);
    if (thread && thread.resolvedAt === null) thread.resolvedAt = run.at;
  };
  for (const run of runs) {
    if (run.purpose === 'tests' && run.failing) {
      // A completed test run: each named failing test is its own thread; every earlier failing test not named now passes.
      const failingNow = new Set(run.failing);
      for (const name of failingNow) fail(run, `test:${name}`, `public test ${name}`, name);
      for (const thread of threads.values()) {
        if (thread.exerciseId === run.exerciseId && thread.testName !== undefined && !failingNow.has(thread.testName)) succeed(run, thread.key);
      }
      // A run that reports failure without naming a test (e.g. the module would not import) is a failure of the run itself.
      if (!run.ok && failingNow.size === 0) fail(run, 'tests', purposeLabel(run.exerciseId, 'tests'), undefined, run.error);
      else succeed(run, 'tests');
      continue;
    }
    if (run.ok) succeed(run, run.purpose);
    else fail(run, run.purpose, purposeLabel(run.exerciseId, run.purpose), undefined, run.error);
  }
  return [...threads.values()];
}

/** Evidence times are wall-clock UTC, as recorded in the tamper-evident log, so they can be matched against it. */
export const clock = (iso: string): string => `${iso.slice(11, 19)} UTC`;
