import { describe, expect, it } from 'vitest';
import type { Session, SessionEvent } from '../../../../contract/session';
import { answerAt, offsetLabel, runMarkers } from './replay-model';

const ev = (seq: number, type: SessionEvent['type'], data: Record<string, unknown>, exerciseId?: 'sql'): SessionEvent => ({
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
  ],
} as unknown as Session;

describe('replay model', () => {
  it('shows the starter before the first save, then each saved answer from its moment on', () => {
    expect((answerAt(session, 'sql', 1) as { query: string }).query).toContain('SUM(pay.amount_cents) / 100');
    expect(answerAt(session, 'sql', 3)).toMatchObject({ query: 'SELECT 1' });
    expect(answerAt(session, 'sql', 4)).toMatchObject({ query: 'SELECT 2', explanation: 'fixed' });
  });

  it('marks every run with its outcome and the time since the start', () => {
    expect(runMarkers(session).map((m) => [m.index, m.ok, m.label])).toEqual([
      [1, true, 'sql query: 4 rows'],
      [3, false, 'sql query: near "x": syntax error'],
    ]);
    expect(offsetLabel(session, 4)).toBe('+2:00');
  });
});
