// Renderer: the candidate's incident actions for this page load. Seeded once per session from the session's action
// events (so a reload continues at the same simulated time), then appended as the candidate acts; each action is
// also recorded as one `action` event, which is what the host seals and the grader replays.
import { useMemo } from 'react';
import { create } from 'zustand';
import { finalIncidentState, IncidentActionSchema, incidentActionsFromEvents, type IncidentAction, type IncidentState } from '../../../../exercises/incident';
import { useSessionState } from '../../state/session-state';

interface IncidentLog {
  sessionId: string | null;
  actions: IncidentAction[];
  seed(sessionId: string, actions: IncidentAction[]): void;
  append(action: IncidentAction): void;
}

export const useIncidentLog = create<IncidentLog>()((set, get) => ({
  sessionId: null,
  actions: [],
  seed: (sessionId, actions) => set({ sessionId, actions }),
  append: (action) => set({ actions: [...get().actions, action] }),
}));

/**
 * Seeds the log once per session from the events the host returned with it (the candidate's own action events).
 * Seeding always happens before this page records its first incident action, so nothing pending can be missed.
 */
function ensureSeeded(): void {
  const { session } = useSessionState.getState();
  if (!session || useIncidentLog.getState().sessionId === session.sessionId) return;
  useIncidentLog.getState().seed(session.sessionId, incidentActionsFromEvents(session.events).actions.map((a) => a.action));
}

/** Validates, records as an event, and applies. Invalid input never reaches the log (the form shows why). */
export function actOnIncident(action: IncidentAction): void {
  ensureSeeded();
  const parsed = IncidentActionSchema.parse(action);
  useSessionState.getState().record({ type: 'action', exerciseId: 'incident', data: parsed as unknown as Record<string, unknown> });
  useIncidentLog.getState().append(parsed);
}

/** The world after the candidate's actions, rebuilt with the same pure reducer the grader uses. */
export function useIncidentWorld(scenarioId: string): IncidentState {
  ensureSeeded();
  const actions = useIncidentLog((s) => s.actions);
  return useMemo(() => finalIncidentState(scenarioId, actions), [scenarioId, actions]);
}
