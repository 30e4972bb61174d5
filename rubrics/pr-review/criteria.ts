// Host only: the PR-review exercise's criteria and where each counts on the scorecard.
import type { CriterionDefinition } from '../../contract/scoring';
import { PR_REVIEW_TONE_RATING } from '../../exercises/pr-review/rated-criteria';

export const PR_REVIEW_CRITERION_IDS = {
  foundSecurity: 'pr-review.found.security',
  foundPipelines: 'pr-review.found.pipelines',
  foundPython: 'pr-review.found.python',
  precision: 'pr-review.precision',
  severity: 'pr-review.severity',
  verdict: 'pr-review.verdict',
  tone: 'pr-review.tone',
  replies: 'pr-review.replies',
  toneRating: 'pr-review.tone.rating',
} as const;

/** The rating's anchors live with the definition (reviewer screens show them); the scorecard reads them here. */
export const TONE_RATING_ANCHORS = PR_REVIEW_TONE_RATING.anchors;

const ids = PR_REVIEW_CRITERION_IDS;

/** Finding the issues counts where the issue lives (security, pipelines, Python); how the review is written counts in communication. */
export const PR_REVIEW_CRITERIA: CriterionDefinition[] = [
  { criterionId: ids.foundSecurity, exerciseId: 'pr-review', title: 'Finds the security issues (secret, personal data), severity-weighted', dimension: 'security', weight: 3 },
  { criterionId: ids.verdict, exerciseId: 'pr-review', title: 'Verdict fits the risk (request changes on a PR with a committed secret)', dimension: 'security', weight: 1 },
  { criterionId: ids.foundPipelines, exerciseId: 'pr-review', title: 'Finds the pipeline issues (idempotency, logical date, retries, SELECT *), severity-weighted', dimension: 'pipelines', weight: 2 },
  { criterionId: ids.foundPython, exerciseId: 'pr-review', title: 'Finds the Python issues (error handling, paths, names, tests), severity-weighted', dimension: 'python-scripting', weight: 1 },
  { criterionId: ids.precision, exerciseId: 'pr-review', title: 'Comments point at real problems (precision)', dimension: 'communication', weight: 1 },
  { criterionId: ids.severity, exerciseId: 'pr-review', title: 'Severity of found issues is calibrated', dimension: 'communication', weight: 1 },
  { criterionId: ids.tone, exerciseId: 'pr-review', title: 'Comments name the risk, suggest a fix and ask rather than blame', dimension: 'communication', weight: 2 },
  { criterionId: ids.replies, exerciseId: 'pr-review', title: 'Replies: open to the author\u2019s valid points, firm on real risk', dimension: 'communication', weight: 2 },
  {
    criterionId: ids.toneRating, exerciseId: 'pr-review', title: PR_REVIEW_TONE_RATING.title,
    dimension: 'communication', weight: 2, ratingAnchors: TONE_RATING_ANCHORS,
  },
];

export const PR_REVIEW_SIGNAL_IDS = {
  approvedSecret: 'pr-review.approved-with-secret',
  concededSecret: 'pr-review.conceded-secret',
  hostile: 'pr-review.hostile-tone',
  nitpickOnly: 'pr-review.nitpick-only',
  defensive: 'pr-review.defensive-reply',
  thorough: 'pr-review.found-every-blocker',
} as const;
