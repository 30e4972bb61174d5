// Host only: the client of one Python sandbox process (Deno + Pyodide): sends a job, times each run on the host's
// clock from the supervisor's markers, enforces an overall deadline (kill, and a new process for the next job).
import { join } from 'node:path';
import { denoBinaryPath, pyodidePackageDir, sandboxScriptDir, type SandboxLocation } from './deno-command';
import { PythonReplySchema, type PythonReply, type SandboxBoot, type SandboxFile, type SandboxRun, type SandboxRunOutcome } from './python-protocol';
import { SandboxProcess } from './sandbox-process';

export interface PythonSandboxOptions extends SandboxLocation {
  /** Boot interpreters from a memory snapshot made inside the sandbox (falls back to a cold boot on any failure). */
  useSnapshot?: boolean;
  /** How long SIGINT is re-sent after a limit before the interpreter is thrown away (loops inside C ignore it). */
  interruptGraceMs?: number;
  /** Trusted Python every interpreter holds before a job (see PythonSetupRequest). */
  prelude?: string;
}

export interface JobOptions {
  maxTimeouts?: number;
  corruptSnapshot?: boolean;
}

export interface JobResult {
  outcomes: SandboxRunOutcome[];
  /** Wall-clock milliseconds of each run, measured by the host between the supervisor's start and end markers. */
  elapsedMs: (number | null)[];
  /** CPU milliseconds the sandbox process spent on each run (supervisor's measure, independent of machine load). */
  cpuMs: (number | null)[];
  boot: SandboxBoot | null;
  /** Lines on the sandbox's output that were not the supervisor's (e.g. code printing fake replies). */
  foreignLines: number;
}

/** Boot (and the one-time snapshot) is ours, not the candidate's: it gets its own generous allowance. */
const BOOT_ALLOWANCE_MS = 60_000;

interface ActiveJob {
  id: number;
  files: SandboxFile[];
  runs: SandboxRun[];
  options: JobOptions;
  outcomes: (SandboxRunOutcome | null)[];
  started: (number | null)[];
  elapsed: (number | null)[];
  cpu: (number | null)[];
  resolve: (r: JobResult) => void;
  boot: SandboxBoot | null;
  timer: NodeJS.Timeout;
}

export class PythonSandbox {
  private proc: SandboxProcess<PythonReply> | null = null;
  private active: ActiveJob | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  lastBoot: SandboxBoot | null = null;
  /** Processes ended because a job left work running in them. */
  retired = 0;

  constructor(private readonly opts: PythonSandboxOptions = {}) {}

  /** Starts the process (and its snapshot) ahead of the first job. */
  warmUp(): void {
    if (!this.closed) this.process();
  }

  private process(): SandboxProcess<PythonReply> {
    if (this.proc?.alive) return this.proc;
    const scripts = sandboxScriptDir(this.opts);
    const pyodide = pyodidePackageDir(this.opts);
    const proc: SandboxProcess<PythonReply> = new SandboxProcess<PythonReply>({
      deno: denoBinaryPath(this.opts),
      entry: join(scripts, 'python-supervisor.ts'),
      readPaths: [pyodide, join(scripts, 'python-supervisor.ts'), join(scripts, 'python-worker.ts'), join(scripts, 'driver.py')],
      args: [pyodide.endsWith('/') ? pyodide : `${pyodide}/`, ...(this.opts.useSnapshot === false ? ['--no-snapshot'] : [])],
      schema: PythonReplySchema,
      onReply: (reply) => this.onReply(reply),
      onExit: (reason) => this.onExit(proc, reason),
    });
    proc.unref();
    if (this.opts.prelude) proc.send({ type: 'setup', prelude: this.opts.prelude });
    this.proc = proc;
    return proc;
  }

  /** Runs the job's runs in order in one fresh interpreter; jobs on one sandbox are serialised. */
  job(files: SandboxFile[], runs: SandboxRun[], options: JobOptions = {}): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('the Python sandbox is closed'));
    const next = this.queue.then(() => this.jobNow(files, runs, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private jobNow(files: SandboxFile[], runs: SandboxRun[], options: JobOptions): Promise<JobResult> {
    const proc = this.process();
    const id = this.nextId++;
    const grace = this.opts.interruptGraceMs ?? 3000;
    const deadline = BOOT_ALLOWANCE_MS + runs.reduce((sum, r) => sum + r.limitMs + grace + 2000, 0);
    return new Promise<JobResult>((resolve) => {
      const timer = setTimeout(() => {
        // The supervisor did not finish in time (stuck, or flooded): the whole process goes.
        this.finish('timeout', 'the sandbox did not finish the job in time and was stopped');
        proc.kill();
      }, deadline);
      this.active = { id, files, runs, options, outcomes: runs.map(() => null), started: runs.map(() => null), elapsed: runs.map(() => null), cpu: runs.map(() => null), resolve, boot: null, timer };
      proc.ref();
      try {
        proc.send({
          id, type: 'job', files, runs, maxTimeouts: options.maxTimeouts ?? 2, interruptGraceMs: grace,
          ...(options.corruptSnapshot ? { corruptSnapshot: true } : {}),
        });
      } catch (e) {
        this.finish('crashed', (e as Error).message);
      }
    });
  }

  private onReply(reply: PythonReply): void {
    const job = this.active;
    if (!job || !('id' in reply) || reply.id !== job.id) return;
    const now = performance.now();
    if (reply.type === 'run-start' && reply.index < job.started.length) {
      job.started[reply.index] = now;
    } else if (reply.type === 'run-end' && reply.index < job.outcomes.length && !job.outcomes[reply.index]) {
      job.outcomes[reply.index] = reply.outcome;
      const started = job.started[reply.index];
      job.elapsed[reply.index] = started === null || started === undefined ? null : now - started;
      job.cpu[reply.index] = reply.cpuMs ?? null;
    } else if (reply.type === 'job-done') {
      job.boot = reply.boot;
      this.lastBoot = reply.boot;
      this.finish('crashed', 'the sandbox reported the job done without a result for this run');
      if (reply.retire) this.replaceProcess();
    } else if (reply.type === 'retire') {
      this.retryInNewProcess(job);
    } else if (reply.type === 'fatal') {
      this.finish('crashed', `the sandbox could not run the job: ${reply.error}`);
      this.proc?.kill();
    }
  }

  /** Settles the active job; runs without an outcome get `reason` (the process died or overran). */
  private finish(reason: 'timeout' | 'crashed', error: string): void {
    const job = this.active;
    if (!job) return;
    this.active = null;
    clearTimeout(job.timer);
    this.proc?.unref();
    const outcomes = job.outcomes.map((o) => o ?? { ok: false as const, reason, error, terminated: true });
    job.resolve({ outcomes, elapsedMs: job.elapsed, cpuMs: job.cpu, boot: job.boot, foreignLines: this.proc?.foreignLines ?? 0 });
  }

  /** Ends the process and what still runs in it (see the supervisor's strayWorkRunning); the next job starts a new one. */
  private replaceProcess(): void {
    const proc = this.proc;
    this.proc = null;
    this.retired++;
    proc?.kill();
  }

  /**
   * Work that an earlier job may have left ran beside this job: its results are not this submission's alone. Runs the
   * job again in a new process, where it is the first job (a second 'retire' cannot come from there).
   */
  private retryInNewProcess(job: ActiveJob): void {
    this.replaceProcess();
    this.active = null;
    clearTimeout(job.timer);
    void this.jobNow(job.files, job.runs, job.options).then(job.resolve);
  }

  private onExit(proc: SandboxProcess<PythonReply>, reason: string): void {
    // A process already replaced (retired) must not end the job its successor is running.
    if (this.proc !== proc) return;
    this.proc = null;
    this.finish('crashed', reason);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    this.proc?.kill();
    this.proc = null;
  }
}
