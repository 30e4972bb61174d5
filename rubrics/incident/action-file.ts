// Host only: the bare action-log file `npm run grade -- --exercise incident --variant <scenario> actions.json` reads.
// Format (stable; docs/exercise-incident.md): {format, version, scenario?, actions: [action...], writeUp?: {...}}.
import { z } from 'zod';
import { IncidentActionSchema, type IncidentAction } from '../../exercises/incident/actions';
import { EMPTY_WRITE_UP, IncidentAnswerSchema, type IncidentAnswer } from '../../exercises/incident/answer';
import { describeIssues } from '../../contract/host-api';
import type { GradedEvent } from '../kit/rubric-module';

export const INCIDENT_ACTION_FILE_FORMAT = 'dpe-incident-actions';

const ActionFileSchema = z.object({
  format: z.literal(INCIDENT_ACTION_FILE_FORMAT),
  version: z.literal(1),
  /** When present, must match --variant, so a log is never graded against the wrong world. */
  scenario: z.string().optional(),
  actions: z.array(IncidentActionSchema).max(2000),
  writeUp: IncidentAnswerSchema.partial().optional(),
});
export type IncidentActionFile = z.infer<typeof ActionFileSchema>;

/** Synthetic log positions and times for a bare log: one event a minute from a fixed instant, in order. */
export function actionsToEvents(actions: readonly IncidentAction[], startIso = '2026-01-01T00:00:00.000Z'): GradedEvent[] {
  const start = Date.parse(startIso);
  return actions.map((action, i) => ({ seq: i + 1, at: new Date(start + i * 60_000).toISOString(), type: 'action', data: action as unknown as Record<string, unknown> }));
}

export function readIncidentActionFile(text: string, variantId?: string): { answer: IncidentAnswer; events: GradedEvent[] } {
  const raw: unknown = JSON.parse(text);
  const parsed = ActionFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`not an incident action log (${describeIssues(parsed.error)})`);
  if (variantId && parsed.data.scenario && parsed.data.scenario !== variantId) {
    throw new Error(`the log was recorded for scenario "${parsed.data.scenario}", not "${variantId}"`);
  }
  return { answer: { ...EMPTY_WRITE_UP, ...parsed.data.writeUp }, events: actionsToEvents(parsed.data.actions) };
}
