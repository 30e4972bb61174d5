// Unit test: a window that lost the session lease: saves carry the lease, a refusal turns the window read-only with the
// host's words, nothing more is sent or changed, and taking the session over loads the host's copy with a new lease.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../contract/session';
import { getActiveSession, saveProgress } from '../../../test/unit-support/host-client-stub';

vi.mock('../host/host-client', () => import('../../../test/unit-support/host-client-stub'));

const { useSessionState, resetSessionState, hasUnsavedWork } = await import('./session-state');
const { HostCallError } = await import('../host/host-client');

const LEASE = '00000000-0000-4000-8000-0000000000a1';
const NEWER = '00000000-0000-4000-8000-0000000000b2';
const session = {
  sessionId: '00000000-0000-4000-8000-000000000001',
  status: 'in-progress',
  location: 'sql',
  elapsedMs: { sql: 1_000 },
  answers: { sql: { query: 'SELECT 1', explanation: '', checks: [] } },
  updatedAt: '2026-01-01T09:00:00.000Z',
  plan: { exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1 },
} as unknown as Session;
const store = () => useSessionState.getState();
const refusedMessage = 'This session is open in another window or tab, which now holds it: this copy is read-only and this change was not saved.';

beforeEach(() => {
  saveProgress.mockReset();
  getActiveSession.mockReset();
  resetSessionState();
  store().begin(session, LEASE);
});

describe('session store: the lease', () => {
  it('sends its lease with every save', async () => {
    saveProgress.mockResolvedValue({ savedAt: '2026-01-01T09:00:05.000Z', eventCount: 2, elapsedMs: { sql: 2_000 }, timeUpAt: null });
    store().setAnswer('sql', { query: 'SELECT 2', explanation: '', checks: [] });
    await store().flush();
    expect((saveProgress.mock.calls[0]![0] as { leaseId: string }).leaseId).toBe(LEASE);
  });

  it('turns read-only when the host refuses the lease: says why, keeps the unsaved change marked, sends and accepts nothing more', async () => {
    saveProgress.mockRejectedValue(new HostCallError('lease-lost', refusedMessage));
    store().setAnswer('sql', { query: 'SELECT 2', explanation: '', checks: [] });
    await store().flush();
    expect(store().readOnly).toBe(true);
    expect(store().save).toMatchObject({ status: 'error', message: refusedMessage });
    expect(hasUnsavedWork(store())).toBe(true);

    store().setAnswer('sql', { query: 'SELECT 3', explanation: '', checks: [] });
    store().record({ type: 'run', exerciseId: 'sql', data: { purpose: 'query', ok: true } });
    await store().flush();
    expect(saveProgress).toHaveBeenCalledTimes(1);
    expect(store().answers.sql).toEqual({ query: 'SELECT 2', explanation: '', checks: [] });
    await expect(store().submit('done')).rejects.toThrow('open in another window');
  });

  it('"Continue here" loads the host\u2019s copy with a new lease and writes again', async () => {
    store().markReadOnly();
    const newer = { ...session, answers: { sql: { query: 'SELECT 42', explanation: '', checks: [] } } } as unknown as Session;
    getActiveSession.mockResolvedValue({ session: newer, leaseId: NEWER });
    await store().takeLease();
    expect(store()).toMatchObject({ readOnly: false, leaseId: NEWER, answers: { sql: { query: 'SELECT 42' } } });
    saveProgress.mockResolvedValue({ savedAt: '2026-01-01T09:00:06.000Z', eventCount: 3, elapsedMs: { sql: 3_000 }, timeUpAt: null });
    store().setAnswer('sql', { query: 'SELECT 43', explanation: '', checks: [] });
    await store().flush();
    expect((saveProgress.mock.calls[0]![0] as { leaseId: string }).leaseId).toBe(NEWER);
  });
});
