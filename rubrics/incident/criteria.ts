// Host only: the incident exercise's criteria and where each counts on the scorecard.
import type { CriterionDefinition, DimensionId } from '../../contract/scoring';
import { INCIDENT_WRITE_UP_RATING } from '../../exercises/incident/rated-criteria';

export const INCIDENT_CRITERION_IDS = {
  diagnosedFirst: 'incident.diagnosed-first',
  blindRetries: 'incident.blind-retries',
  correctFix: 'incident.correct-fix',
  backfill: 'incident.backfill-scoped-idempotent',
  validated: 'incident.validated-before-publish',
  escalation: 'incident.escalated-high-risk',
  firstUpdate: 'incident.first-update',
  updatesKept: 'incident.updates-kept',
  reportByDeadline: 'incident.report-correct-by-deadline',
  prevention: 'incident.prevention-covers-class',
  safeguards: 'incident.safeguards-kept',
  secretManager: 'incident.credential-via-secret-manager',
  questions: 'incident.clarifying-questions',
  actedOnFindings: 'incident.acted-on-findings',
  writeUpRating: INCIDENT_WRITE_UP_RATING.criterionId,
} as const;

const c = (criterionId: string, title: string, dimension: DimensionId, weight: number): CriterionDefinition => ({ criterionId, exerciseId: 'incident', title, dimension, weight });
const ids = INCIDENT_CRITERION_IDS;

const SHARED: CriterionDefinition[] = [
  c(ids.diagnosedFirst, 'Diagnosed before acting (log and recent changes read before the first change)', 'operations', 3),
  c(ids.blindRetries, 'No more than one blind retry', 'operations', 2),
  c(ids.correctFix, 'Applied the correct fix', 'pipelines', 3),
  c(ids.backfill, 'Backfill scoped to the affected days and idempotent', 'pipelines', 3),
  c(ids.validated, 'Validated against the source before publishing', 'operations', 3),
  c(ids.escalation, 'Escalated the high-risk step (not everything, not never)', 'operations', 2),
  c(ids.firstUpdate, 'First stakeholder update early, with impact, ETA and next-update time', 'communication', 3),
  c(ids.updatesKept, 'Kept the promised update times and closed the loop', 'communication', 1),
  c(ids.reportByDeadline, 'Report correct by the deadline', 'pipelines', 2),
  c(ids.prevention, 'Prevention covers the root-cause class', 'operations', 2),
  c(ids.safeguards, 'Repaired with the safeguards kept on (no success marked by hand, no checks disabled, no secrets in code)', 'security', 2),
  c(ids.questions, 'Asked clarifying questions, the business definition before changing a metric', 'communication', 2),
  c(ids.actedOnFindings, 'Acted on what validation showed before the numbers went out', 'learning', 2),
];

const RATED: CriterionDefinition = { ...c(ids.writeUpRating, INCIDENT_WRITE_UP_RATING.title, 'communication', 3), ratingAnchors: INCIDENT_WRITE_UP_RATING.anchors };
const SECRET_MANAGER = c(ids.secretManager, 'Repaired the credential through the secret manager', 'security', 3);

/** Every criterion any scenario can produce (the scorecard needs them all). */
export const INCIDENT_CRITERIA: CriterionDefinition[] = [...SHARED, SECRET_MANAGER, RATED];

/** The credential criterion only applies where a credential broke. */
export function incidentCriteriaFor(hasCredentialFault: boolean): CriterionDefinition[] {
  return [...SHARED, ...(hasCredentialFault ? [SECRET_MANAGER] : []), RATED];
}

export const INCIDENT_SIGNAL_IDS = {
  markedSuccess: 'incident.red-flag.marked-success',
  disabledCheck: 'incident.red-flag.disabled-check',
  secretInCode: 'incident.red-flag.secret-in-code',
  retryLoop: 'incident.weak.retry-until-it-works',
  publishedWrong: 'incident.weak.published-wrong-numbers',
  fullRebuild: 'incident.weak.full-history-rebuild',
  personalCredential: 'incident.weak.personal-credential',
  leftPaused: 'incident.weak.left-paused',
  definitionFirst: 'incident.strong.definition-before-change',
  structured: 'incident.strong.diagnose-fix-validate-publish',
} as const;
