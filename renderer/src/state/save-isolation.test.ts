// Unit test: one answer the host refuses does not hold back the others, and the message names which one and why.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../contract/session';
import { saveProgress } from '../../../test/unit-support/host-client-stub';

vi.mock('../host/host-client', () => import('../../../test/unit-support/host-client-stub'));

const { useSessionState, resetSessionState } = await import('./session-state');
const { HostCallError } = await import('../host/host-client');

const session = {
  sessionId: '00000000-0000-4000-8000-000000000001',
  status: 'in-progress',
  location: 'sql',
  elapsedMs: { sql: 1_000 },
  answers: {},
  updatedAt: '2026-01-01T09:00:00.000Z',
  plan: { exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'revenue-by-plan' }, { exerciseId: 'python', minutes: 45, variantId: 'orders-ingest' }], extraTimeMultiplier: 1 },
} as unknown as Session;
const reply = { savedAt: '2026-01-01T09:00:05.000Z', eventCount: 3, elapsedMs: { sql: 5_000 }, timeUpAt: null };
const store = () => useSessionState.getState();

beforeEach(() => {
  saveProgress.mockReset();
  resetSessionState();
  store().begin(session);
});

describe('session store: a refused answer', () => {
  it('saves the other exercise at once and names the refused one', async () => {
    const tooBig = { source: 'x'.repeat(10) };
    saveProgress.mockImplementation(async (input: { answers: Record<string, unknown> }) => {
      if ('python' in input.answers) throw new HostCallError('invalid-input', 'The answer is longer than the limit.');
      return reply;
    });
    store().setAnswer('sql', { query: 'SELECT 1', explanation: 'kept', checks: [] });
    store().setAnswer('python', tooBig);
    await store().flush();
    const sentAnswers = saveProgress.mock.calls.map((c) => Object.keys((c[0] as { answers: object }).answers));
    expect(sentAnswers).toContainEqual(['sql']);
    expect(store().dirty).toEqual(new Set(['python']));
    expect(store().save.status).toBe('error');
    expect(store().save.message).toContain('Python ingestion answer was not saved: The answer is longer than the limit.');
  });

});
