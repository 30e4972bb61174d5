// Pure: the Python harness that runs unittest tests or the candidate's module inside Pyodide (browser worker and Node alike) and returns a JSON report.
// The Python itself is exercises/python/py/harness.py (generated into py/generated/harness.ts).
import { HARNESS_PY } from './py/generated/harness';

/** Captured stdout and stderr are each cut at this many characters; the report then says `truncated: true`. */
export const DEFAULT_OUTPUT_CAP = 200_000;

/**
 * Defines `_dpe_run_tests` and `_dpe_run_module` in the interpreter's globals. The builders below append one call,
 * so `pyodide.runPython(code)` returns the JSON report as a string. Run it with `runPython` (not `runPythonAsync`),
 * so an interrupt surfaces once as KeyboardInterrupt.
 */
export const PYTHON_HARNESS = HARNESS_PY;

/** A Python expression that evaluates to `value` (JSON is decoded inside Python, so any string content is safe). */
export function pythonLiteral(value: unknown): string {
  return `json.loads(${JSON.stringify(JSON.stringify(value))})`;
}

export interface TestRunOptions {
  /** Workspace root in the virtual FS (absolute). */
  root: string;
  /** Test modules to import from the root, e.g. ['test_ingest']. */
  modules: string[];
  /** Only run tests whose method name is listed (used to give each hidden test its own time limit). */
  only?: string[];
  outputCap?: number;
}

/** Code for `pyodide.runPython`: returns the JSON test report (parse it with parsePythonTestReport). */
export function buildTestRunCode(o: TestRunOptions): string {
  const only = o.only ? pythonLiteral(o.only) : 'None';
  return `${PYTHON_HARNESS}\n_dpe_run_tests(${pythonLiteral(o.root)}, ${pythonLiteral(o.modules)}, ${only}, ${o.outputCap ?? DEFAULT_OUTPUT_CAP})\n`;
}

export interface ModuleRunOptions {
  root: string;
  /** Module file name without `.py`; default `ingest`. */
  module?: string;
  outputCap?: number;
  /** Environment for the run; the mock warehouse DSN is set by default so `main()` works. */
  env?: Record<string, string>;
}

/** Code for `pyodide.runPython`: runs the module as `__main__` and returns the JSON run report (parsePythonRunReport). */
export function buildModuleRunCode(o: ModuleRunOptions): string {
  const env = { WAREHOUSE_DSN: 'mock://loader@localhost/analytics', ...(o.env ?? {}) };
  return `${PYTHON_HARNESS}\n_dpe_run_module(${pythonLiteral(o.root)}, ${pythonLiteral(o.module ?? 'ingest')}, ${o.outputCap ?? DEFAULT_OUTPUT_CAP}, ${pythonLiteral(env)})\n`;
}
