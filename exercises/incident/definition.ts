// Pure (all processes): the pipeline-incident exercise's definition: scenarios, the write-up answer, the action payloads.
import type { AnswerSection, ExerciseDefinition } from '../../contract/exercise-definition';
import { IncidentActionSchema } from './actions';
import { EMPTY_WRITE_UP, IncidentAnswerSchema, WRITE_UP_FIELDS, type IncidentAnswer } from './answer';
import { INCIDENT_WRITE_UP_RATING, INCIDENT_WRITE_UP_SECTION } from './rated-criteria';
import { listIncidentScenarios } from './scenarios';

function describeIncidentAnswer(answer: IncidentAnswer): AnswerSection[] {
  const body = WRITE_UP_FIELDS.map((f) => `${f.title}\n${answer[f.field].trim() || '(left empty)'}`).join('\n\n');
  return [{ title: INCIDENT_WRITE_UP_SECTION, kind: 'text', text: body }];
}

export const INCIDENT_DEFINITION: ExerciseDefinition<IncidentAnswer> = {
  exerciseId: 'incident',
  title: 'Pipeline incident',
  summary: 'A nightly pipeline failed and a report is due at 09:00. Work the incident in a simulated control room, then write a short review.',
  defaultMinutes: 40,
  scored: true,
  available: true,
  variants: listIncidentScenarios().map((s) => ({ variantId: s.scenarioId, title: s.title })),
  answerSchema: IncidentAnswerSchema,
  starterAnswer: () => ({ ...EMPTY_WRITE_UP }),
  actionSchema: IncidentActionSchema,
  hasRuns: false,
  describeAnswer: describeIncidentAnswer,
  ratedCriteria: [INCIDENT_WRITE_UP_RATING],
};
