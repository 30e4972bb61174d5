// Pure (all processes): the stable ids of the exercises an assessment can contain.
import { z } from 'zod';

/** Every id an exercise may ever have; which are built, and which are scored, the exercise registry says. */
export const ExerciseIdSchema = z.enum(['practice', 'sql', 'incident', 'python', 'pr-review']);
export type ExerciseId = z.infer<typeof ExerciseIdSchema>;
