// Pure (all processes): public surface of the pipeline-incident exercise for the renderer, the rubric and the CLI.
export { IncidentActionSchema, INCIDENT_ACTION_KINDS, type IncidentAction, type IncidentActionKind } from './actions';
export { IncidentAnswerSchema, EMPTY_WRITE_UP, WRITE_UP_FIELDS, WRITE_UP_LIMIT, type IncidentAnswer } from './answer';
export { formatClock, formatPartition, formatCount, formatEuros, parseClock, partitionCount } from './clock';
export { INCIDENT_DEFINITION } from './definition';
export { incidentActionsFromEvents, type RecordedAction, type RecordedEvent } from './events';
export { checkReport, downstreamOf, latestPartitionId, reportQuality } from './pipeline';
export { INCIDENT_WRITE_UP_RATING, INCIDENT_WRITE_UP_SECTION } from './rated-criteria';
export { applyIncidentAction, finalIncidentState, reduceIncident, replayIncident } from './reducer';
export { ScenarioSchema, type IncidentScenario, type IncidentFact, type IncidentFix, type IncidentQuestion, type IncidentTask, type PartyId, type SchemaColumn } from './scenario-schema';
export { getIncidentScenario, listIncidentScenarios, loadIncidentScenarios, INCIDENT_SCENARIO_IDS, type IncidentScenarioId } from './scenarios';
export { initialIncidentState } from './state';
export type {
  ChannelMessage, IncidentState, JournalEntry, PartitionCheck, PartitionStatus, Publication, ReportQuality, TaskInstance, TaskState,
} from './state';
export { ESCALATIONS_BEFORE_PUSHBACK } from './talk-actions';
export { checkTask, freshness, nominalMinutes, offeredQuestions, publishTask, QUESTION_MINUTES, schemaDiff, type ColumnDiff, type OfferedQuestion } from './views';
export { correctBy } from './world-events';
