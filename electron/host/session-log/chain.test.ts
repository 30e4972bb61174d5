// Unit test (Node): the chain binds the log to its session, plan and candidate; any change or move breaks it.
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../contract/session';
import { canonicalJson, genesisLink, makeRecord, verifyRecords } from './chain';

const binding = { sessionId: '0b7c6a52-8d43-4f8e-9a51-1f0f3d1c2b3a', planHash: 'a'.repeat(64), candidateName: 'Ada' };

function log(n: number, b = binding): SessionEvent[] {
  const records: SessionEvent[] = [makeRecord(genesisLink(b), 0, new Date(Date.UTC(2026, 0, 1)), 0, { type: 'session-started', data: { ...b } })];
  for (let i = 1; i < n; i++) records.push(makeRecord(records.at(-1)!.hash, i, new Date(Date.UTC(2026, 0, 1, 0, 0, i)), i * 1000, { type: 'tick', data: {} }));
  return records;
}

describe('hash chain (format 2)', () => {
  it('verifies an untouched log, also after a JSON round trip with reordered keys', () => {
    const roundTripped = JSON.parse(JSON.stringify(log(5).map((e) => Object.fromEntries(Object.entries(e).reverse())))) as SessionEvent[];
    expect(verifyRecords(roundTripped)).toMatchObject({ ok: true, brokenAt: null });
  });

  it('names the first changed, removed or reordered event', () => {
    const edited = log(5);
    edited[2] = { ...edited[2]!, el: 999_999 };
    expect(verifyRecords(edited)).toMatchObject({ ok: false, brokenAt: 2, message: expect.stringContaining('event 2 (tick) was changed') });
    const cut = log(4);
    expect(verifyRecords([cut[0]!, cut[2]!, cut[3]!]).brokenAt).toBe(1);
  });

  it('breaks when the log is moved to another candidate, even with the genesis data rewritten', () => {
    const records = log(3);
    const renamed = { ...records[0]!, data: { ...records[0]!.data, candidateName: 'Mallory' } };
    expect(verifyRecords([renamed, ...records.slice(1)]).brokenAt).toBe(0);
    expect(verifyRecords([])).toMatchObject({ ok: false, message: expect.stringContaining('no events') });
  });

  it('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, 1] } })).toBe('{"a":{"c":[2,1]},"b":1}');
  });
});
