// Host only: the one grade every rubric returns when it cannot grade: each criterion at 0 (reviewer-rated ones stay
// pending for the reviewer) with the reason as evidence, so the scorecard shows why instead of dropping the exercise.
import type { CriterionDefinition, ExerciseGrade, GradedPart } from '../../contract/scoring';

export function errorGrade(input: { exerciseId: GradedPart; variantId: string; criteria: readonly CriterionDefinition[]; error: string }): ExerciseGrade {
  return {
    exerciseId: input.exerciseId,
    variantId: input.variantId,
    error: input.error,
    signals: [],
    criteria: input.criteria.map((c) => ({
      criterionId: c.criterionId,
      exerciseId: input.exerciseId,
      title: c.title,
      score: c.ratingAnchors ? null : 0,
      evidence: [{ kind: 'note', label: 'Grading failed', detail: input.error }],
      source: c.ratingAnchors ? 'reviewer' : 'auto',
    })),
  };
}

/** The message of anything thrown, for evidence a reviewer reads. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));
