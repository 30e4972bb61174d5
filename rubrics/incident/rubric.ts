// Host only: the incident exercise's rubric on the seam: replays the action log with the engine the candidate used,
// grades it with its evidence, and names its reference logs and the strings that must never reach candidates.
import type { IncidentAnswer } from '../../exercises/incident/answer';
import { getIncidentScenario, listIncidentScenarios } from '../../exercises/incident/scenarios';
import type { ExerciseRubric } from '../kit/rubric-module';
import { contentText, longestPrivateLine } from '../kit/secret-strings';
import { readIncidentActionFile } from './action-file';
import { INCIDENT_CRITERIA, incidentCriteriaFor } from './criteria';
import { gradeIncidentLog } from './grade-incident';
import { INCIDENT_KEYS } from './keys';
import { incidentReferenceAnswers } from './references';

export const INCIDENT_RUBRIC: ExerciseRubric<IncidentAnswer> = {
  exerciseId: 'incident',
  criteria: INCIDENT_CRITERIA,
  criteriaFor: (variantId) => incidentCriteriaFor(getIncidentScenario(variantId).fault.kind === 'expired-credential'),
  grade: async ({ answer, events, variantId }) => gradeIncidentLog(answer, events, variantId),
  referenceAnswers: incidentReferenceAnswers,
  readAnswerFile: (text, _fileName, variantId) => readIncidentActionFile(text, variantId),
  secretStrings: () => {
    // The scenarios run in the candidate's renderer, so everything in them is public; the grading notes are not.
    const publicText = contentText(listIncidentScenarios());
    const notes = INCIDENT_KEYS.flatMap((k) => [k.prevention.rootCause.label, k.prevention.detection.label]);
    const writeUps = incidentReferenceAnswers().filter((r) => r.level === 'strong').flatMap((r) => [r.answer.rootCause, r.answer.prevention]);
    return [...notes, ...writeUps].map((text) => longestPrivateLine(text, publicText)).filter((needle) => needle !== '');
  },
};
