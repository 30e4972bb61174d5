// Unit test: the replay's pure model: the answer at a moment and the run markers a reviewer clicks.
import { describe, expect, it } from 'vitest';
import type { Session, SessionEvent } from '../../../../contract/session';
import { answerAtSeq, offsetLabel, runMarkers } from './replay-model';

const ev = (seq: number, type: SessionEvent['type'], data: Record<string, unknown>, exerciseId?: 'sql' | 'python'): SessionEvent => ({
  seq,
  at: new Date(Date.UTC(2026, 0, 1, 9, 0, seq * 30)).toISOString(),
  type,
  ...(exerciseId ? { exerciseId } : {}),
  data,
  prevHash: '0'.repeat(64),
  hash: '0'.repeat(64),
});

const session = {
  plan: { exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'revenue-by-plan' }] },
  createdAt: '2026-01-01T09:00:00.000Z',
  events: [
    ev(0, 'session-started', {}),
    ev(1, 'run', { purpose: 'query', ok: true, rowCount: 4 }, 'sql'),
    ev(2, 'autosave', { answer: { query: 'SELECT 1', explanation: '', checks: [] } }, 'sql'),
    ev(3, 'run', { purpose: 'query', ok: false, error: 'near "x": syntax error' }, 'sql'),
    ev(4, 'autosave', { answer: { query: 'SELECT 2', explanation: 'fixed', checks: [] } }, 'sql'),
    ev(5, 'run', { purpose: 'tests', ok: false, counts: { passed: 3, total: 5 } }, 'python'),
  ],
} as unknown as Session;
const sqlEvents = session.events.filter((e) => e.exerciseId === 'sql');

describe('replay model', () => {
  it('has no saved answer before the first save (the view shows the starter), then each saved answer from its moment on', () => {
    expect(answerAtSeq(sqlEvents, 1)).toBeUndefined();
    expect(answerAtSeq(sqlEvents, 3)).toMatchObject({ query: 'SELECT 1' });
    expect(answerAtSeq(sqlEvents, 4)).toMatchObject({ query: 'SELECT 2', explanation: 'fixed' });
    // A moment marked by another exercise's event still shows this exercise as last saved.
    expect(answerAtSeq(sqlEvents, 5)).toMatchObject({ query: 'SELECT 2' });
  });

  it('marks every run with its outcome, in the exercise\u2019s own words, and the time since the start', () => {
    expect(runMarkers(session).map((m) => [m.index, m.ok, m.label])).toEqual([
      [1, true, 'SQL query: 4 rows'],
      [3, false, 'SQL query: near "x": syntax error'],
      [5, false, 'public test run: 3/5 passed'],
    ]);
    expect(offsetLabel(session, 4)).toBe('+2:00');
  });
});
