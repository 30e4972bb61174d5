// Host only: what a red flag does to the scorecard: which dimensions it caps, at what rating, until a reviewer clears it.
import type { DimensionId, GradedPart, Signal } from '../../contract/scoring';
import { FALLBACK_DIMENSION } from './criterion-definitions';

/** A dimension a red flag speaks to is rated at most this, and the flagged exercise's criteria score at most its share. */
export const RED_FLAG_CAP_RATING = 2;
export const RED_FLAG_CAP_SCORE = (RED_FLAG_CAP_RATING - 1) / 4;

/**
 * The dimension(s) each known red flag speaks to. A flag not listed here (a rubric added later) caps its exercise's
 * natural dimension, so a new red flag is never silently ignored.
 */
export const RED_FLAG_DIMENSIONS: Readonly<Record<string, readonly DimensionId[]>> = {
  'sql.destructive-statement': ['sql-data', 'operations'],
  'sql.database-changed': ['operations'],
  'sql.query.hard-coded': ['sql-data'],
  'python.hardcoded-secret': ['security'],
  'python.executes-input': ['security', 'python-scripting'],
  'python.fs-write': ['pipelines', 'security'],
  'python.runtime-fs-writes': ['pipelines', 'security'],
  'python.special-cases-sample': ['python-scripting', 'pipelines'],
  'python.bypasses-validation': ['python-scripting', 'pipelines'],
  'python.hardcoded-result': ['python-scripting', 'pipelines'],
  'incident.red-flag.marked-success': ['operations', 'pipelines'],
  'incident.red-flag.disabled-check': ['operations'],
  'incident.red-flag.secret-in-code': ['security'],
  'pr-review.approved-with-secret': ['security'],
  'pr-review.conceded-secret': ['security'],
  'pr-review.defensive-reply': ['communication'],
};

export function cappedDimensions(signal: Pick<Signal, 'signalId' | 'exerciseId'>): readonly DimensionId[] {
  return RED_FLAG_DIMENSIONS[signal.signalId] ?? [FALLBACK_DIMENSION[signal.exerciseId as GradedPart]];
}
