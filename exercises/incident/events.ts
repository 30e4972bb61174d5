// Pure (all processes): the incident's actions as recorded in the session log, read back for replay and grading.
import { IncidentActionSchema, type IncidentAction } from './actions';

export interface RecordedEvent {
  type: string;
  exerciseId?: string;
  seq?: number;
  at?: string;
  data: Record<string, unknown>;
}

export interface RecordedAction {
  /** The event's place in the log, when known (evidence and replay point at it). */
  seq: number | null;
  action: IncidentAction;
}

/**
 * The incident's `action` events in log order. Events that do not parse are left out (the host validates on save,
 * so this only happens with a file edited by hand); `rejected` counts them so the caller can say so.
 */
export function incidentActionsFromEvents(events: readonly RecordedEvent[]): { actions: RecordedAction[]; rejected: number } {
  const actions: RecordedAction[] = [];
  let rejected = 0;
  for (const e of events) {
    if (e.type !== 'action' || (e.exerciseId !== undefined && e.exerciseId !== 'incident')) continue;
    const parsed = IncidentActionSchema.safeParse(e.data);
    if (parsed.success) actions.push({ seq: e.seq ?? null, action: parsed.data });
    else rejected += 1;
  }
  return { actions, rejected };
}
