// Host (Node, also the grading CLI): the hash chain of a session log. Format 2 binds the genesis link to the
// session id, the plan's hash and the candidate; legacy format 1 started from 64 zeros and stored each prevHash.
import { createHash } from 'node:crypto';
import type { SessionEvent, SessionEventType } from '../../../contract/session';
import type { ExerciseId } from '../../../contract/exercise-ids';

export const LEGACY_GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the hash does not depend on property order after a round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The link before the first record: a log cannot be moved to another session, plan or candidate. */
export function genesisLink(binding: { sessionId: string; planHash: string; candidateName: string }): string {
  return sha256(`dpe-session-genesis\n${canonicalJson(binding)}`);
}

export type RecordBody = Omit<SessionEvent, 'hash' | 'prevHash'>;

export function hashRecord(prevHash: string, body: RecordBody): string {
  return sha256(`${prevHash}\n${canonicalJson(body)}`);
}

export interface RecordInput {
  type: SessionEventType;
  exerciseId?: ExerciseId | undefined;
  data: Record<string, unknown>;
}

/** The next format-2 record after `head` (the previous record's hash, or the genesis link). */
export function makeRecord(head: string, seq: number, at: Date, el: number, input: RecordInput): SessionEvent {
  const body: RecordBody = {
    seq,
    at: at.toISOString(),
    el: Math.round(el),
    type: input.type,
    ...(input.exerciseId ? { exerciseId: input.exerciseId } : {}),
    data: input.data,
  };
  return { ...body, hash: hashRecord(head, body) };
}

export interface ChainCheck {
  ok: boolean;
  /** Index of the first record that does not verify. */
  brokenAt: number | null;
  message: string;
}

/** Verifies a format-2 log from its genesis link; the genesis record itself names what the link binds. */
export function verifyRecords(records: readonly SessionEvent[]): ChainCheck {
  const first = records[0];
  if (!first) return { ok: false, brokenAt: null, message: 'The log has no events, so there is nothing to verify.' };
  if (first.type !== 'session-started') return { ok: false, brokenAt: 0, message: 'The log does not begin with the start of a session.' };
  const g = first.data as { sessionId?: unknown; planHash?: unknown; candidateName?: unknown };
  if (typeof g.sessionId !== 'string' || typeof g.planHash !== 'string' || typeof g.candidateName !== 'string') {
    return { ok: false, brokenAt: 0, message: 'The first event does not name the session, plan and candidate it belongs to.' };
  }
  let prev = genesisLink({ sessionId: g.sessionId, planHash: g.planHash, candidateName: g.candidateName });
  for (const [index, record] of records.entries()) {
    const { hash, prevHash: _ignored, ...body } = record;
    const problem =
      record.seq !== index
        ? `event ${index} is numbered ${record.seq}: events were removed or reordered`
        : hashRecord(prev, body) !== hash
          ? `event ${index} (${record.type}) was changed after it was recorded, or does not follow the event before it`
          : null;
    if (problem) return { ok: false, brokenAt: index, message: `Hash chain breaks at ${problem}.` };
    prev = hash;
  }
  return { ok: true, brokenAt: null, message: `Hash chain verified over ${records.length} events.` };
}

/** Legacy format 1: `hash = sha256(prevHash + canonical(event without hash))` from 64 zeros. */
export function verifyLegacyChain(events: readonly SessionEvent[]): ChainCheck {
  if (events.length === 0) return { ok: false, brokenAt: null, message: 'The log has no events, so there is nothing to verify.' };
  let prevHash = LEGACY_GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const { hash, ...body } = event;
    const problem =
      event.seq !== index
        ? `event ${index} is numbered ${event.seq}: events were removed or reordered`
        : event.prevHash !== prevHash
          ? `event ${index} does not link to the event before it`
          : createHash('sha256').update(prevHash).update(canonicalJson(body)).digest('hex') !== hash
            ? `event ${index} (${event.type}) was changed after it was recorded`
            : null;
    if (problem) return { ok: false, brokenAt: index, message: `Hash chain breaks at ${problem}.` };
    prevHash = hash;
  }
  return { ok: true, brokenAt: null, message: `Hash chain verified over ${events.length} events.` };
}

/** Builds a legacy format-1 event (tests and fixtures that prove old files still import). */
export function legacyEvent(events: readonly SessionEvent[], next: RecordInput, at: Date): SessionEvent {
  const last = events.at(-1);
  const body = {
    seq: last ? last.seq + 1 : 0,
    at: at.toISOString(),
    type: next.type,
    ...(next.exerciseId ? { exerciseId: next.exerciseId } : {}),
    data: next.data,
    prevHash: last ? last.hash : LEGACY_GENESIS_HASH,
  };
  return { ...body, hash: createHash('sha256').update(body.prevHash).update(canonicalJson(body)).digest('hex') };
}
