// Pure: the shape of a candidate's Python-ingestion answer, as autosaved and graded.
import { z } from 'zod';

export const PYTHON_SOURCE_LIMIT = 200_000;

export const PythonAnswerSchema = z.object({
  /** The candidate's module (`ingest.py`), the only file they edit. */
  source: z.string().max(PYTHON_SOURCE_LIMIT),
});
export type PythonAnswer = z.infer<typeof PythonAnswerSchema>;
