// Unit test: the candidate store's autosave queue against a stubbed host: what a save sends, and that nothing the
// candidate typed or did is lost when a save fails, is refused, or races a newer edit.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../contract/session';
import { saveProgress } from '../../../test/unit-support/host-client-stub';

vi.mock('../host/host-client', () => import('../../../test/unit-support/host-client-stub'));

const { useSessionState, resetSessionState, hasUnsavedWork } = await import('./session-state');
const { HostCallError } = await import('../host/host-client');

const session = {
  sessionId: '00000000-0000-4000-8000-000000000001',
  status: 'in-progress',
  location: 'sql',
  elapsedMs: { sql: 1_000 },
  answers: { python: { source: 'print(1)' } },
  updatedAt: '2026-01-01T09:00:00.000Z',
  plan: { exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1 },
} as unknown as Session;

const saved = (elapsed: Record<string, number> = { sql: 5_000 }) => ({ savedAt: '2026-01-01T09:00:05.000Z', eventCount: 3, elapsedMs: elapsed, timeUpAt: null });
const sent = (call: number) => saveProgress.mock.calls[call]![0] as { answers: Record<string, unknown>; events: unknown[]; location: string };
const store = () => useSessionState.getState();

beforeEach(() => {
  saveProgress.mockReset();
  resetSessionState();
  store().begin(session);
});

describe('session store: flush', () => {
  it('sends only the changed answers and the queued events, then shows saved with the host\u2019s clock', async () => {
    saveProgress.mockResolvedValue(saved({ sql: 7_000 }));
    store().setAnswer('sql', { query: 'SELECT 1', explanation: '', checks: [] });
    store().record({ type: 'run', exerciseId: 'sql', data: { purpose: 'query', ok: true } });
    await store().flush();
    expect(saveProgress).toHaveBeenCalledTimes(1);
    expect(sent(0).answers).toEqual({ sql: { query: 'SELECT 1', explanation: '', checks: [] } });
    expect(sent(0).events).toEqual([{ type: 'run', exerciseId: 'sql', data: { purpose: 'query', ok: true } }]);
    expect(store().save).toMatchObject({ status: 'saved', lastSavedAt: '2026-01-01T09:00:05.000Z' });
    expect(store().elapsedMs).toEqual({ sql: 7_000 });
    expect(hasUnsavedWork(store())).toBe(false);
  });

  it('keeps everything when the host cannot be reached, says so, and the next flush sends it again', async () => {
    saveProgress.mockRejectedValueOnce(new HostCallError('unreachable', 'The assessment host is not responding.'));
    store().setAnswer('sql', { query: 'SELECT 2', explanation: '', checks: [] });
    store().record({ type: 'paste', exerciseId: 'sql', data: { chars: 10 } });
    await store().flush();
    expect(store().save).toMatchObject({ status: 'error', message: 'The assessment host is not responding.' });
    expect(hasUnsavedWork(store())).toBe(true);

    saveProgress.mockResolvedValueOnce(saved());
    await store().flush();
    expect(sent(1).answers).toEqual({ sql: { query: 'SELECT 2', explanation: '', checks: [] } });
    expect(sent(1).events).toEqual([{ type: 'paste', exerciseId: 'sql', data: { chars: 10 } }]);
    expect(store().save.status).toBe('saved');
    expect(hasUnsavedWork(store())).toBe(false);
  });

  it('an edit made while a save is in flight that then fails is retried with the newest text, events in order', async () => {
    let fail!: (e: unknown) => void;
    saveProgress.mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)));
    store().setAnswer('sql', { query: 'old', explanation: '', checks: [] });
    store().record({ type: 'run', exerciseId: 'sql', data: { n: 1 } });
    const inFlight = store().flush();
    store().setAnswer('sql', { query: 'newest', explanation: '', checks: [] });
    store().record({ type: 'run', exerciseId: 'sql', data: { n: 2 } });
    fail(new HostCallError('unreachable', 'offline'));
    await inFlight;

    saveProgress.mockResolvedValueOnce(saved());
    await store().flush();
    expect(sent(1).answers).toEqual({ sql: { query: 'newest', explanation: '', checks: [] } });
    expect(sent(1).events).toEqual([{ type: 'run', exerciseId: 'sql', data: { n: 1 } }, { type: 'run', exerciseId: 'sql', data: { n: 2 } }]);
  });

  it('an edit made while a successful save is in flight stays queued for the next save', async () => {
    let succeed!: (v: unknown) => void;
    saveProgress.mockImplementationOnce(() => new Promise((resolve) => (succeed = resolve)));
    store().setAnswer('sql', { query: 'first', explanation: '', checks: [] });
    const inFlight = store().flush();
    store().setAnswer('sql', { query: 'second', explanation: '', checks: [] });
    succeed(saved());
    await inFlight;
    expect(hasUnsavedWork(store())).toBe(true);
    saveProgress.mockResolvedValueOnce(saved());
    await store().flush();
    expect(sent(1).answers).toEqual({ sql: { query: 'second', explanation: '', checks: [] } });
  });

  it('runs one save at a time: a flush while one is in flight waits for it instead of sending twice', async () => {
    let succeed!: (v: unknown) => void;
    saveProgress.mockImplementationOnce(() => new Promise((resolve) => (succeed = resolve)));
    store().setAnswer('sql', { query: 'x', explanation: '', checks: [] });
    const a = store().flush();
    const b = store().flush();
    succeed(saved());
    await Promise.all([a, b]);
    expect(saveProgress).toHaveBeenCalledTimes(1);
  });

  it('drops events the host refuses as invalid (they would be refused forever) but keeps the answer for the retry', async () => {
    saveProgress.mockRejectedValueOnce(new HostCallError('invalid-input', 'An event is not in the expected shape.'));
    store().setAnswer('sql', { query: 'kept', explanation: '', checks: [] });
    store().record({ type: 'run', exerciseId: 'sql', data: { bad: true } });
    await store().flush();
    expect(store().save.status).toBe('error');
    saveProgress.mockResolvedValueOnce(saved());
    await store().flush();
    expect(sent(1).answers).toEqual({ sql: { query: 'kept', explanation: '', checks: [] } });
    expect(sent(1).events).toEqual([]);
  });
});
