// Host (Node, also the grading CLI): the exercise-specific checks the log derivation calls: an answer's shape and an
// action's payload, both from the exercise's definition (assessment/exercise-registry.ts).
import type { ExerciseId } from '../../../contract/exercise-ids';
import { describeIssues } from '../../../contract/host-api';
import { MAX_EVENT_DATA_CHARS } from '../../../contract/session-events';
import { findExerciseDefinition } from '../../../assessment/exercise-registry';
import type { DeriveOptions } from './derive-session';

export function checkAnswer(exerciseId: ExerciseId, answer: unknown): string | null {
  const definition = findExerciseDefinition(exerciseId);
  if (!definition) return `this version of the app does not know the exercise "${exerciseId}"`;
  const result = definition.answerSchema.safeParse(answer);
  return result.success ? null : describeIssues(result.error);
}

export function checkAction(exerciseId: ExerciseId, data: Record<string, unknown>): string | null {
  const definition = findExerciseDefinition(exerciseId);
  if (!definition?.actionSchema) return `the exercise "${exerciseId}" records no actions`;
  if (JSON.stringify(data).length > MAX_EVENT_DATA_CHARS) return `the action is larger than ${MAX_EVENT_DATA_CHARS} characters`;
  const result = definition.actionSchema.safeParse(data);
  return result.success ? null : describeIssues(result.error);
}

export const deriveOptions: DeriveOptions = { checkAnswer, checkAction };
