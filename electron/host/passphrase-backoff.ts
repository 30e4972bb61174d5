// Host (Node, pure): how long a wrong reviewer passphrase makes the next try wait, and how that is said.
import { z } from 'zod';

/** Wrong passphrases allowed before any wait; then 30 s, doubling per failure, at most an hour. */
export const FREE_FAILURES = 5;
export const FIRST_WAIT_MS = 30_000;
export const MAX_WAIT_MS = 60 * 60 * 1000;

export const AttemptRecordSchema = z.object({
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.string().nullable(),
  nextTryAt: z.string().nullable(),
});
export type AttemptRecord = z.infer<typeof AttemptRecordSchema>;

export const NO_FAILURES: AttemptRecord = { failures: 0, lastFailureAt: null, nextTryAt: null };

/** The wait that follows the `failures`-th wrong passphrase in a row. */
export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - FREE_FAILURES, 20));
}

export function recordFailure(record: AttemptRecord, at: Date): AttemptRecord {
  const failures = record.failures + 1;
  const wait = waitAfter(failures);
  return { failures, lastFailureAt: at.toISOString(), nextTryAt: wait > 0 ? new Date(at.getTime() + wait).toISOString() : null };
}

/** Null when a try is allowed now, else the refusal to show, saying when the next try is allowed. */
export function tooSoon(record: AttemptRecord, now: Date): string | null {
  if (!record.nextTryAt) return null;
  const next = new Date(record.nextTryAt);
  const left = next.getTime() - now.getTime();
  if (!(left > 0)) return null;
  const clock = next.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return `Too many wrong passphrases (${record.failures} in a row). The next try is allowed at ${clock} (in ${describeWait(left)}).`;
}

export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
