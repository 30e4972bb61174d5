// Pure (all processes): the stable ids of the exercises an assessment can contain.
import { z } from 'zod';

/** `practice` is an unscored warm-up; the other four are the scored exercises. */
export const ExerciseIdSchema = z.enum(['practice', 'sql', 'incident', 'python', 'pr-review']);
export type ExerciseId = z.infer<typeof ExerciseIdSchema>;

export const SCORED_EXERCISE_IDS = ['sql', 'incident', 'python', 'pr-review'] as const satisfies readonly ExerciseId[];
