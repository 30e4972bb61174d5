// Host only: the Python grading runtime: candidate code runs in a Deno sandbox process (see rubrics/sandbox/), a fresh
// interpreter per job; this keeps the API the rubric, the CLI and the tests use.
import { PythonSandbox, type JobOptions, type JobResult } from '../sandbox/python-sandbox';
import { STATIC_ANALYZER_PRELUDE } from './static-signals';
import type { SandboxBoot, SandboxFile, SandboxRun, SandboxRunOutcome } from '../sandbox/python-protocol';

export type FsFile = SandboxFile;
export type RunOutcome = SandboxRunOutcome;
export type BootInfo = SandboxBoot;

export interface GradingRuntimeOptions {
  /** Boot interpreters from a memory snapshot made inside the sandbox; falls back to a cold boot on any failure. */
  useSnapshot?: boolean;
  /** Where the sandbox scripts (rubrics/sandbox/deno/) were shipped when the host is bundled (Electron). */
  workerDir?: string;
  /** How long SIGINT is re-sent before the interpreter is thrown away (loops inside C ignore interrupts). */
  interruptGraceMs?: number;
  /** Test hook: boot the next interpreters from a snapshot that cannot load, to exercise the cold-boot fallback. */
  corruptSnapshot?: boolean;
}

export class GradingRuntime {
  private readonly sandbox: PythonSandbox;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: GradingRuntimeOptions = {}) {
    this.sandbox = new PythonSandbox({
      ...(opts.workerDir ? { workerDir: opts.workerDir } : {}),
      ...(opts.useSnapshot === false ? { useSnapshot: false } : {}),
      ...(opts.interruptGraceMs !== undefined ? { interruptGraceMs: opts.interruptGraceMs } : {}),
      // Every interpreter holds the static analyser already, so the analysis run only calls it.
      prelude: STATIC_ANALYZER_PRELUDE,
    });
  }

  /** How the last job's interpreter was made; tests and the CLI report it. */
  get lastBoot(): BootInfo | null {
    return this.sandbox.lastBoot;
  }

  /** Starts the sandbox process (and its snapshot) before the first grading needs it. */
  warmUp(): void {
    this.sandbox.warmUp();
  }

  /** Runs `fn` with the runtime to itself, so concurrent gradings queue instead of interleaving jobs. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Runs a whole job (files, then runs in order) in one fresh interpreter. */
  job(files: FsFile[], runs: SandboxRun[], options: Omit<JobOptions, 'corruptSnapshot'> = {}): Promise<JobResult> {
    return this.sandbox.job(files, runs, { ...options, ...(this.opts.corruptSnapshot ? { corruptSnapshot: true } : {}) });
  }

  /** Every job already gets a fresh interpreter; this boots one and reports how (snapshot or cold). */
  async fresh(): Promise<BootInfo> {
    const result = await this.job([], [{ kind: 'code', code: '1 + 1', limitMs: 10_000 }]);
    if (!result.boot) throw new Error(`the Python sandbox could not start: ${describe(result.outcomes[0])}`);
    return result.boot;
  }

  /** Writes `files`, runs `code` in a fresh interpreter and returns the value of its last expression as a string. */
  async run(files: FsFile[], code: string, timeoutMs: number): Promise<RunOutcome> {
    const result = await this.job(files, [{ kind: 'code', code, limitMs: timeoutMs }]);
    return result.outcomes[0]!;
  }

  async close(): Promise<void> {
    await this.sandbox.close();
  }
}

function describe(outcome: RunOutcome | undefined): string {
  return !outcome ? 'no result' : outcome.ok ? 'ok' : outcome.error;
}

let shared: GradingRuntime | null = null;
let sharedOptions: GradingRuntimeOptions = {};

/** The process-wide grading runtime (created on first use). */
export function getGradingRuntime(opts?: GradingRuntimeOptions): GradingRuntime {
  if (opts) sharedOptions = opts;
  if (!shared) shared = new GradingRuntime(sharedOptions);
  return shared;
}

/** Ends the grading sandbox process; the CLI and tests call it so the process can exit. */
export async function closeGradingRuntime(): Promise<void> {
  const runtime = shared;
  shared = null;
  if (runtime) await runtime.close();
}
