// Renderer (pure): which planned exercises still hold no work of the candidate's (no answer, or the starter as given).
import type { AssessmentPlan } from '../../../contract/session';
import { findExerciseDefinition } from '../../../assessment/exercise-registry';

export function untouchedExercises(plan: AssessmentPlan, answers: Readonly<Record<string, unknown>>): string[] {
  return plan.exercises
    .filter((e) => {
      const answer = answers[e.exerciseId];
      if (answer === undefined) return true;
      const definition = findExerciseDefinition(e.exerciseId);
      if (!definition) return false;
      try {
        return JSON.stringify(answer) === JSON.stringify(definition.starterAnswer(e.variantId ?? ''));
      } catch {
        return false; // a variant the definition cannot build a starter for: do not call it untouched
      }
    })
    .map((e) => e.exerciseId);
}
