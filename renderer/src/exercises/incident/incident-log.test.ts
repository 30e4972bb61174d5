// Unit test: the incident screen's action log: seeded from the session's own action events (so a reload continues at
// the same simulated time), each new action recorded as exactly one `action` event, and bad input recorded as none.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, SessionEvent } from '../../../../contract/session';

vi.mock('../../host/host-client', () => ({
  HostCallError: class extends Error {},
  host: { saveProgress: async () => ({}), getActiveSession: async () => ({ session: null }) },
  errorMessage: (e: unknown) => String(e),
}));

const { useSessionState, resetSessionState } = await import('../../state/session-state');
const { actOnIncident, useIncidentLog } = await import('./incident-log');
const { finalIncidentState } = await import('../../../../exercises/incident');

const event = (seq: number, exerciseId: string, data: Record<string, unknown>): SessionEvent => ({ seq, at: '2026-01-01T09:00:00.000Z', type: 'action', exerciseId: exerciseId as never, data, hash: 'a'.repeat(64) });
const session = (id: string, events: SessionEvent[]) => ({ sessionId: id, status: 'in-progress', location: 'incident', elapsedMs: {}, answers: {}, events, plan: { exercises: [] } }) as unknown as Session;

beforeEach(() => {
  resetSessionState();
  useIncidentLog.setState({ sessionId: null, actions: [] });
});

describe('incident action log (renderer)', () => {
  it('resumes from the session\u2019s incident action events only, so the world is where the candidate left it', () => {
    useSessionState.setState({
      session: session('00000000-0000-4000-8000-000000000001', [
        event(3, 'incident', { kind: 'read-log', partition: '2026-03-08', taskId: 'load_orders_raw' }),
        event(4, 'pr-review', { kind: 'comment', text: 'not ours' }),
        event(5, 'incident', { kind: 'check-changes' }),
        event(6, 'incident', { kind: 'no-such-action' }),
      ]),
    });
    actOnIncident({ kind: 'diff-schema' });
    expect(useIncidentLog.getState().actions.map((a) => a.kind)).toEqual(['read-log', 'check-changes', 'diff-schema']);
    expect(finalIncidentState('orders-amount-rename', useIncidentLog.getState().actions).clock).toBe(6 * 60 + 40 + 3 + 4 + 6);
  });

  it('records each action as one `action` event for the incident, and refuses malformed input without recording it', () => {
    useSessionState.setState({ session: session('00000000-0000-4000-8000-000000000002', []) });
    actOnIncident({ kind: 'validate' });
    expect(useSessionState.getState().pendingEvents).toEqual([{ type: 'action', exerciseId: 'incident', data: { kind: 'validate' } }]);
    expect(() => actOnIncident({ kind: 'post-update', message: 'x', impact: '', eta: 'soon', nextUpdate: '' })).toThrow();
    expect(useSessionState.getState().pendingEvents).toHaveLength(1);
    expect(useIncidentLog.getState().actions).toHaveLength(1);
  });

  it('a new session starts from its own log, not the previous candidate\u2019s', () => {
    useSessionState.setState({ session: session('00000000-0000-4000-8000-000000000003', [event(2, 'incident', { kind: 'validate' })]) });
    actOnIncident({ kind: 'check-changes' });
    useSessionState.setState({ session: session('00000000-0000-4000-8000-000000000004', []) });
    actOnIncident({ kind: 'diff-schema' });
    expect(useIncidentLog.getState().actions.map((a) => a.kind)).toEqual(['diff-schema']);
  });
});
