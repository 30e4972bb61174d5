// Host only: public surface of incident grading for the registry, the CLI, the bench and tests.
export { INCIDENT_RUBRIC } from './rubric';
export { INCIDENT_CRITERIA, INCIDENT_CRITERION_IDS, INCIDENT_SIGNAL_IDS } from './criteria';
export { gradeIncidentLog } from './grade-incident';
export { readIncidentActionFile, actionsToEvents, INCIDENT_ACTION_FILE_FORMAT } from './action-file';
export { incidentReferenceAnswers, incidentReferenceLog } from './references';
