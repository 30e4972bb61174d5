// Pure (all processes): the exercise registry: one line per exercise, in the order the overview and plans list them.
// Its renderer part registers in renderer/src/exercises/registry.ts and its rubric in rubrics/registry.ts.
import type { ExerciseDefinition } from '../contract/exercise-definition';
import type { ExerciseId } from '../contract/exercise-ids';
import { INCIDENT_DEFINITION } from '../exercises/incident/definition';
import { PRACTICE_DEFINITION } from '../exercises/practice/definition';
import { PR_REVIEW_DEFINITION } from '../exercises/pr-review/definition';
import { PYTHON_DEFINITION } from '../exercises/python/definition';
import { SQL_DEFINITION } from '../exercises/sql/definition';

/**
 * Every exercise this version of the app knows. An exercise id that is not here (the incident and PR-review
 * exercises until their three parts exist) is unknown to the app: hidden from candidates and refused in plans.
 */
export const EXERCISE_DEFINITIONS: readonly ExerciseDefinition[] = [
  PRACTICE_DEFINITION,
  SQL_DEFINITION,
  INCIDENT_DEFINITION,
  PYTHON_DEFINITION,
  PR_REVIEW_DEFINITION,
] as readonly ExerciseDefinition[];

export function findExerciseDefinition(exerciseId: string): ExerciseDefinition | undefined {
  return EXERCISE_DEFINITIONS.find((d) => d.exerciseId === exerciseId);
}

export function exerciseDefinition(exerciseId: string): ExerciseDefinition {
  const definition = findExerciseDefinition(exerciseId);
  if (!definition) throw new Error(`Unknown exercise "${exerciseId}"; this version knows ${EXERCISE_DEFINITIONS.map((d) => d.exerciseId).join(', ')}.`);
  return definition;
}

/** The exercise's title, or its id when this version does not know it (a session file from a newer app). */
export function exerciseTitle(exerciseId: string): string {
  return findExerciseDefinition(exerciseId)?.title ?? exerciseId;
}

/** What a reviewer may put in a plan and what the default assessment runs: registered and finished. */
export function plannableExercises(): ExerciseDefinition[] {
  return EXERCISE_DEFINITIONS.filter((d) => d.available);
}

export function isPlannable(exerciseId: ExerciseId | string): boolean {
  return findExerciseDefinition(exerciseId)?.available === true;
}

export function variantIds(definition: ExerciseDefinition): string[] {
  return definition.variants.map((v) => v.variantId);
}
