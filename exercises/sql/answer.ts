// Pure: the shape of a candidate's SQL-debugging answer, as autosaved and graded.
import { z } from 'zod';

export const SQL_TEXT_LIMIT = 50_000;

export const ValidationCheckSchema = z.object({
  /** Stable within the answer so edits and grading evidence line up. */
  checkId: z.string().min(1).max(40),
  name: z.string().max(200),
  sql: z.string().max(SQL_TEXT_LIMIT),
});
export type ValidationCheck = z.infer<typeof ValidationCheckSchema>;

export const SqlAnswerSchema = z.object({
  query: z.string().max(SQL_TEXT_LIMIT),
  explanation: z.string().max(SQL_TEXT_LIMIT),
  checks: z.array(ValidationCheckSchema).max(20),
});
export type SqlAnswer = z.infer<typeof SqlAnswerSchema>;
