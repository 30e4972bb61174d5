// Pure: zod schemas and parsers for the JSON reports the Python harness prints (test runs and module runs).
import { z } from 'zod';

export const PythonFrameSchema = z.object({
  /** Path relative to the workspace root, e.g. `ingest.py`. */
  file: z.string(),
  /** 1-based line in that file: for ingest.py, the editor's line. */
  line: z.number().int().nonnegative(),
  function: z.string(),
  code: z.string(),
});
export type PythonFrame = z.infer<typeof PythonFrameSchema>;

export const PythonErrorInfoSchema = z.object({
  /** The module that failed to import, for collection errors. */
  label: z.string(),
  message: z.string(),
  traceback: z.string(),
  frames: z.array(PythonFrameSchema),
});
export type PythonErrorInfo = z.infer<typeof PythonErrorInfoSchema>;

export const PythonTestResultSchema = z.object({
  /** unittest id, e.g. `test_ingest.PublicIngestTests.test_summary_adds_up`. */
  id: z.string(),
  /** Test method name. */
  name: z.string(),
  description: z.string(),
  status: z.enum(['pass', 'fail', 'error', 'skip']),
  message: z.string(),
  traceback: z.string(),
  frames: z.array(PythonFrameSchema),
  durationMs: z.number(),
});
export type PythonTestResult = z.infer<typeof PythonTestResultSchema>;

const OutputSchema = {
  stdout: z.string(),
  stderr: z.string(),
  truncated: z.boolean(),
  durationMs: z.number(),
};

export const PythonTestReportSchema = z.object({
  kind: z.literal('tests'),
  /** True when every test passed and every test module imported. */
  ok: z.boolean(),
  counts: z.object({ total: z.number(), passed: z.number(), failed: z.number(), errors: z.number(), skipped: z.number() }),
  tests: z.array(PythonTestResultSchema),
  /** Test modules that could not be imported (e.g. a syntax error in ingest.py). */
  collectionErrors: z.array(PythonErrorInfoSchema),
  ...OutputSchema,
});
export type PythonTestReport = z.infer<typeof PythonTestReportSchema>;

export const PythonRunReportSchema = z.object({
  kind: z.literal('run'),
  status: z.enum(['ok', 'error', 'exit']),
  exitCode: z.number().int(),
  error: PythonErrorInfoSchema.nullable(),
  ...OutputSchema,
});
export type PythonRunReport = z.infer<typeof PythonRunReportSchema>;

function parseWith<T>(schema: z.ZodType<T>, json: string, what: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`The Python ${what} report is not JSON: ${(e as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new Error(`The Python ${what} report has an unexpected shape: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

/** Parses what `buildTestRunCode` returns; throws a clear Error if it is not a valid report. */
export function parsePythonTestReport(json: string): PythonTestReport {
  return parseWith(PythonTestReportSchema, json, 'test');
}

/** Parses what `buildModuleRunCode` returns; throws a clear Error if it is not a valid report. */
export function parsePythonRunReport(json: string): PythonRunReport {
  return parseWith(PythonRunReportSchema, json, 'run');
}
