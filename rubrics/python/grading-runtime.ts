// Host only: owns the grading Pyodide worker: fresh interpreters per submission, time limits, interrupts and restarts.
import { Worker } from 'node:worker_threads';

export interface FsFile {
  /** Absolute path in the interpreter's virtual FS. */
  path: string;
  content: string;
}

export type RunOutcome =
  | { ok: true; value: string }
  | { ok: false; reason: 'error' | 'timeout' | 'crashed'; error: string; /** true when the worker had to be killed (interpreter lost). */ terminated: boolean };

export interface GradingRuntimeOptions {
  /** Boot interpreters from a memory snapshot (private pyodide API); falls back to a cold boot on any failure. */
  useSnapshot?: boolean;
  /** Where grading-worker.mjs lives; needed when this module is bundled (import.meta.url then no longer points here). */
  workerUrl?: URL | string;
  /** How long SIGINT is re-sent before the worker is terminated (loops inside C ignore interrupts). */
  interruptGraceMs?: number;
  /** Test hook: hand the worker a snapshot that cannot load, to exercise the cold-boot fallback. */
  corruptSnapshot?: boolean;
}

export interface BootInfo {
  mode: 'snapshot' | 'cold';
  snapshotError?: string;
}

interface Pending {
  worker: Worker;
  resolve: (msg: WorkerReply) => void;
  reject: (err: Error) => void;
}

interface WorkerReply {
  type: string;
  id: number;
  ok?: boolean;
  value?: string;
  error?: string;
  mode?: 'snapshot' | 'cold';
  snapshotError?: string;
  madeSnapshot?: Uint8Array;
}

function defaultWorkerUrl(): URL {
  return new URL('./grading-worker.mjs', import.meta.url);
}

export class GradingRuntime {
  private worker: Worker | null = null;
  private readonly interrupt = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private snapshot: Uint8Array | null = null;
  private hasInterpreter = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** How the last interpreter was made; tests and the CLI report it. */
  lastBoot: BootInfo | null = null;

  constructor(private readonly opts: GradingRuntimeOptions = {}) {}

  /** Runs `fn` with the runtime to itself, so concurrent gradings never share an interpreter. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private spawn(): Worker {
    const worker = new Worker(this.opts.workerUrl ?? defaultWorkerUrl(), { workerData: { interruptBuffer: this.interrupt.buffer } });
    worker.on('message', (msg: WorkerReply) => {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        if (this.pending.size === 0) worker.unref();
        p.resolve(msg);
      }
    });
    const fail = (err: Error) => {
      if (this.worker === worker) {
        this.worker = null;
        this.hasInterpreter = false;
      }
      // Only this worker's requests fail: a replacement may already be serving new ones.
      for (const [id, p] of this.pending) {
        if (p.worker !== worker) continue;
        this.pending.delete(id);
        p.reject(err);
      }
    };
    worker.on('error', (err) => fail(err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => fail(new Error(`grading worker exited (code ${code})`)));
    // Referenced only while a request is pending, so an idle runtime never keeps the process alive.
    worker.unref();
    return worker;
  }

  private request(msg: Record<string, unknown>): { id: number; reply: Promise<WorkerReply> } {
    const worker = this.worker ?? (this.worker = this.spawn());
    const id = this.nextId++;
    const reply = new Promise<WorkerReply>((resolve, reject) => this.pending.set(id, { worker, resolve, reject }));
    worker.ref();
    worker.postMessage({ ...msg, id });
    return { id, reply };
  }

  /** Replaces the interpreter with a fresh one: nothing from an earlier submission survives. */
  async fresh(): Promise<BootInfo> {
    const useSnapshot = this.opts.useSnapshot ?? true;
    const { reply } = this.request({ type: 'fresh', useSnapshot, snapshot: this.snapshot ?? undefined, corruptSnapshot: this.opts.corruptSnapshot ?? false });
    const msg = await reply;
    if (msg.type !== 'fresh-done') throw new Error(`grading worker could not start Pyodide: ${msg.error ?? 'unknown error'}`);
    if (msg.madeSnapshot) this.snapshot = msg.madeSnapshot;
    if (msg.snapshotError) this.snapshot = null;
    this.hasInterpreter = true;
    this.lastBoot = { mode: msg.mode ?? 'cold', ...(msg.snapshotError ? { snapshotError: msg.snapshotError } : {}) };
    return this.lastBoot;
  }

  /**
   * Writes `files`, runs `code` with `runPython` and returns the value of its last expression as a string.
   * Past `timeoutMs` it re-sends SIGINT every 100 ms; if the run still has not returned after the grace period the
   * worker is terminated (call `fresh()` before the next run).
   */
  async run(files: FsFile[], code: string, timeoutMs: number): Promise<RunOutcome> {
    if (!this.hasInterpreter || !this.worker) await this.fresh();
    Atomics.store(this.interrupt, 0, 0);
    const { id, reply } = this.request({ type: 'run', files, code });
    let timer: NodeJS.Timeout | undefined;
    let ticker: NodeJS.Timeout | undefined;
    let timedOut = false;
    const grace = this.opts.interruptGraceMs ?? 3000;
    const killed = new Promise<RunOutcome>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        const started = Date.now();
        // A single SIGINT write is occasionally missed; repeating it until the run returns is reliable.
        Atomics.store(this.interrupt, 0, 2);
        ticker = setInterval(() => {
          if (Date.now() - started < grace) {
            Atomics.store(this.interrupt, 0, 2);
            return;
          }
          clearInterval(ticker);
          this.pending.delete(id);
          void this.kill();
          resolve({ ok: false, reason: 'timeout', error: `still running after ${timeoutMs} ms and did not stop when interrupted`, terminated: true });
        }, 100);
      }, timeoutMs);
    });
    try {
      const result = await Promise.race([
        reply.then(
          (msg): RunOutcome =>
            msg.ok
              ? { ok: true, value: msg.value ?? '' }
              : timedOut
                ? { ok: false, reason: 'timeout', error: `stopped after ${timeoutMs} ms (interrupted)`, terminated: false }
                : { ok: false, reason: 'error', error: msg.error ?? 'unknown error', terminated: false },
          (err: Error): RunOutcome => ({ ok: false, reason: 'crashed', error: err.message, terminated: true }),
        ),
        killed,
      ]);
      return result;
    } finally {
      clearTimeout(timer);
      clearInterval(ticker);
      Atomics.store(this.interrupt, 0, 0);
    }
  }

  private async kill(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.hasInterpreter = false;
    if (worker) await worker.terminate();
  }

  async close(): Promise<void> {
    await this.kill();
  }
}

let shared: GradingRuntime | null = null;
let sharedOptions: GradingRuntimeOptions = {};

/** The process-wide grading runtime (created on first use). */
export function getGradingRuntime(opts?: GradingRuntimeOptions): GradingRuntime {
  if (opts) sharedOptions = opts;
  if (!shared) shared = new GradingRuntime(sharedOptions);
  return shared;
}

/** Ends the grading worker; the CLI and tests call it so the process can exit. */
export async function closeGradingRuntime(): Promise<void> {
  const runtime = shared;
  shared = null;
  if (runtime) await runtime.close();
}
