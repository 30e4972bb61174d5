import { describe, expect, it } from 'vitest';
import { appendEvent, canonicalJson, verifyChain } from './hash-chain';
import type { SessionEvent } from '../../contract/session';

function chain(n: number): SessionEvent[] {
  const events: SessionEvent[] = [];
  for (let i = 0; i < n; i++) events.push(appendEvent(events, { type: 'run', exerciseId: 'sql', data: { i, sql: `SELECT ${i}` } }, new Date(Date.UTC(2026, 0, 1, 9, 0, i))));
  return events;
}

describe('hash chain', () => {
  it('verifies an untouched log and survives a JSON round trip with reordered keys', () => {
    const events = chain(5);
    const roundTripped = JSON.parse(JSON.stringify(events.map((e) => Object.fromEntries(Object.entries(e).reverse())))) as SessionEvent[];
    expect(verifyChain(roundTripped)).toMatchObject({ ok: true, eventCount: 5, brokenAtSeq: null });
  });

  it('reports the first altered event', () => {
    const events = chain(5);
    (events[2]!.data as { sql: string }).sql = 'SELECT 999';
    const report = verifyChain(events);
    expect(report.ok).toBe(false);
    expect(report.brokenAtSeq).toBe(2);
    expect(report.message).toContain('event 2 (run) was changed');
  });

  it('detects a removed event and a re-hashed forgery that no longer links', () => {
    const events = chain(4);
    expect(verifyChain([events[0]!, events[2]!, events[3]!]).brokenAtSeq).toBe(1);
    const forged = appendEvent([], { type: 'run', data: { forged: true } }, new Date());
    expect(verifyChain([events[0]!, { ...forged, seq: 1 }]).ok).toBe(false);
  });

  it('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, 1] } })).toBe('{"a":{"c":[2,1]},"b":1}');
  });
});
