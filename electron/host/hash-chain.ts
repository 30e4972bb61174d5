// Host (Node): the tamper-evident event log. Each event's hash covers the previous hash and the event itself.
import { createHash } from 'node:crypto';
import type { NewEvent } from '../../contract/host-api';
import type { IntegrityReport } from '../../contract/host-api';
import type { SessionEvent } from '../../contract/session';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the hash does not depend on property order after a round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashEvent(event: Omit<SessionEvent, 'hash'>): string {
  return createHash('sha256').update(event.prevHash).update(canonicalJson(event)).digest('hex');
}

export function appendEvent(events: readonly SessionEvent[], next: NewEvent, at: Date): SessionEvent {
  const last = events.at(-1);
  const body: Omit<SessionEvent, 'hash'> = {
    seq: last ? last.seq + 1 : 0,
    at: at.toISOString(),
    type: next.type,
    ...(next.exerciseId ? { exerciseId: next.exerciseId } : {}),
    data: next.data,
    prevHash: last ? last.hash : GENESIS_HASH,
  };
  return { ...body, hash: hashEvent(body) };
}

export function verifyChain(events: readonly SessionEvent[]): IntegrityReport {
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const { hash, ...body } = event;
    const problem =
      event.seq !== index
        ? `event ${index} is numbered ${event.seq}: events were removed or reordered`
        : event.prevHash !== prevHash
          ? `event ${index} does not link to the event before it`
          : hashEvent(body) !== hash
            ? `event ${index} (${event.type}) was changed after it was recorded`
            : null;
    if (problem) {
      return { ok: false, eventCount: events.length, brokenAtSeq: index, message: `Hash chain breaks at ${problem}.` };
    }
    prevHash = hash;
  }
  return { ok: true, eventCount: events.length, brokenAtSeq: null, message: `Hash chain verified over ${events.length} events.` };
}
