// Host only: every criterion the rubrics can produce, and the dimension a criterion falls back to when undeclared.
import type { CriterionDefinition, DimensionId, GradedPart } from '../../contract/scoring';
import { LEARNING_CRITERIA } from '../learning/criteria';
import { PYTHON_CRITERIA } from '../python/criteria';
import { SQL_CRITERIA } from '../sql/criteria';

export function allCriterionDefinitions(): CriterionDefinition[] {
  return [...SQL_CRITERIA, ...PYTHON_CRITERIA, ...LEARNING_CRITERIA];
}

/**
 * Where a criterion without a definition lands (weight 1), so a rubric added later still counts somewhere sensible
 * instead of silently vanishing from the scorecard.
 */
export const FALLBACK_DIMENSION: Record<GradedPart, DimensionId> = {
  practice: 'learning',
  sql: 'sql-data',
  python: 'python-scripting',
  incident: 'operations',
  'pr-review': 'communication',
  assessment: 'learning',
};
