// Host only: the rubric registry, one line per exercise. Definitions are registered in assessment/exercise-registry.ts
// and renderer parts in renderer/src/exercises/registry.ts; test/conformance checks the three agree.
import { INCIDENT_RUBRIC } from './incident/rubric';
import type { ExerciseRubric } from './kit/rubric-module';
import { PRACTICE_RUBRIC } from './practice/rubric';
import { PR_REVIEW_RUBRIC } from './pr-review/rubric';
import { PYTHON_RUBRIC } from './python/rubric';
import { SQL_RUBRIC } from './sql/rubric';

export const EXERCISE_RUBRICS: readonly ExerciseRubric[] = [PRACTICE_RUBRIC, SQL_RUBRIC, INCIDENT_RUBRIC, PYTHON_RUBRIC, PR_REVIEW_RUBRIC] as readonly ExerciseRubric[];

export function findRubric(exerciseId: string): ExerciseRubric | undefined {
  return EXERCISE_RUBRICS.find((r) => r.exerciseId === exerciseId);
}

/** Every rubric's strings that must never reach the candidate bundle, with which rubric they belong to. */
export function allRubricSecretStrings(): Array<{ exerciseId: string; needle: string }> {
  return EXERCISE_RUBRICS.flatMap((r) => r.secretStrings().map((needle) => ({ exerciseId: r.exerciseId, needle })));
}
