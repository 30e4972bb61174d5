// Renderer: the exercise renderer parts, one line per exercise. The pure definitions are registered in
// assessment/exercise-registry.ts and the rubrics in rubrics/registry.ts; test/conformance checks all three agree.
import type { ExerciseRendererPart } from './exercise-screen';
import { INCIDENT_PART } from './incident/incident-part';
import { PRACTICE_PART } from './practice/practice-part';
import { PR_REVIEW_PART } from './pr-review/pr-review-part';
import { PYTHON_PART } from './python/python-part';
import { SQL_PART } from './sql/sql-part';

export const EXERCISE_PARTS: readonly ExerciseRendererPart[] = [PRACTICE_PART, SQL_PART, INCIDENT_PART, PYTHON_PART, PR_REVIEW_PART];

export function findExercisePart(exerciseId: string): ExerciseRendererPart | undefined {
  return EXERCISE_PARTS.find((p) => p.exerciseId === exerciseId);
}
