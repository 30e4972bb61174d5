// Pure: the practice question's answer (unscored warm-up).
import { z } from 'zod';

export const PracticeAnswerSchema = z.object({ query: z.string().max(50_000) });
export type PracticeAnswer = z.infer<typeof PracticeAnswerSchema>;
