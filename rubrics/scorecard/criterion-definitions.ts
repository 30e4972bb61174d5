// Host only: every criterion the rubrics can produce, and the dimension a criterion falls back to when undeclared.
import type { CriterionDefinition, DimensionId, GradedPart } from '../../contract/scoring';
import { LEARNING_CRITERIA } from '../learning/criteria';
import { EXERCISE_RUBRICS } from '../registry';

/** Every registered rubric's criteria, then the assessment-wide learning-agility criteria. */
export function allCriterionDefinitions(): CriterionDefinition[] {
  return [...EXERCISE_RUBRICS.flatMap((r) => r.criteria), ...LEARNING_CRITERIA];
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
