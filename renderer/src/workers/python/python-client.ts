// Renderer: owns the Pyodide worker: background boot (from the build's memory snapshot when it loads), streamed
// output, Stop and the time limit (interrupt first, replace the worker when the interrupt does not land), one run at a time.
import type { PythonBootSource, PythonWorkerRequest, PythonWorkerResponse, WorkspaceFileData } from './python-protocol';
import { PYTHON_SNAPSHOT_FILE } from './warm-imports';

export const PYTHON_TIME_LIMIT_MS = 10_000;
/** How long re-sent interrupts may take before the worker is replaced (a loop inside C ignores them). */
const INTERRUPT_GRACE_MS = 1_500;

export type StopReason = 'user' | 'limit';

export type PythonRunOutcome =
  | { ok: true; output: string; ms: number }
  | { ok: false; stopped: null; message: string; ms: number }
  /** `restarted`: the interrupt did not land, so the worker was replaced and a fresh interpreter is booting. */
  | { ok: false; stopped: StopReason; restarted: boolean; message: string; ms: number };

export interface PythonRun {
  outcome: Promise<PythonRunOutcome>;
  /** Ends the run now: the interpreter is interrupted, or replaced if it does not stop. Output already streamed stays. */
  stop(): void;
}

export type OutputListener = (stream: 'stdout' | 'stderr', text: string) => void;

export interface RuntimeState {
  status: 'loading' | 'ready' | 'failed';
  stage: string;
  bootMs?: number;
  bootSource?: PythonBootSource;
}
export type RuntimeListener = (state: RuntimeState) => void;

/** The line a candidate reads after a stop: who stopped it, after how long, and whether Python is usable now. */
export function stopMessage(reason: StopReason, ms: number, restarted: boolean, limitMs = PYTHON_TIME_LIMIT_MS): string {
  const head = reason === 'user' ? `Stopped by you after ${(ms / 1000).toFixed(1)} s.` : `Stopped after the ${limitMs / 1000} s limit: your code ran too long (an endless loop?).`;
  const tail = restarted ? ' Python did not respond to the stop, so it is restarting with a fresh interpreter; run again when it says ready.' : ' Python is ready: you can run again now.';
  return head + tail;
}

export class PythonClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (r: PythonWorkerResponse) => void>();
  private readonly outputs = new Map<number, OutputListener>();
  private booting: Promise<void> | null = null;
  private interrupt: Int32Array | null = null;
  private listeners = new Set<RuntimeListener>();

  constructor(
    private readonly indexURL = new URL('runtime/pyodide/', document.baseURI).href,
    private readonly snapshotURL: string | null = new URL(PYTHON_SNAPSHOT_FILE, document.baseURI).href,
  ) {}

  onState(listener: RuntimeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(state: RuntimeState): void {
    for (const l of this.listeners) l(state);
  }

  start(restart = false): Promise<void> {
    this.booting ??= this.boot(restart).catch((error: unknown) => {
      this.booting = null;
      this.emit({ status: 'failed', stage: error instanceof Error ? error.message : String(error) });
      throw error;
    });
    return this.booting;
  }

  private async boot(restart: boolean): Promise<void> {
    const worker = new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'python' });
    worker.onmessage = (e: MessageEvent<PythonWorkerResponse>) => {
      const m = e.data;
      if (m.type === 'progress') return this.emit({ status: 'loading', stage: restart ? `Restarting Python: ${m.stage.toLowerCase()}` : m.stage });
      if (m.type === 'output') return this.outputs.get(m.id)?.(m.stream, m.text);
      const resolve = this.pending.get(m.id);
      this.pending.delete(m.id);
      resolve?.(m);
    };
    worker.onerror = (e) => this.emit({ status: 'failed', stage: e.message || 'The Python worker failed to start.' });
    this.worker = worker;
    // SharedArrayBuffer exists only when the page is cross-origin isolated (COOP/COEP from the host).
    const buffer = globalThis.crossOriginIsolated ? new SharedArrayBuffer(4) : null;
    this.interrupt = buffer ? new Int32Array(buffer) : null;
    this.emit({ status: 'loading', stage: restart ? 'Restarting Python' : 'Starting Python' });
    const started = performance.now();
    const reply = await this.send({ type: 'init', id: 0, indexURL: this.indexURL, snapshotURL: this.snapshotURL, interruptBuffer: buffer });
    if (reply.type !== 'ready') throw new Error(reply.type === 'error' ? `Python could not start: ${reply.message}` : 'Python could not start.');
    if (reply.snapshotNote) console.info(`[python] ${reply.snapshotNote}`);
    const bootMs = performance.now() - started;
    performance.measure('pyodide-boot', { start: started, end: started + bootMs });
    this.emit({ status: 'ready', stage: 'Python ready', bootMs, bootSource: reply.source });
  }

  private send(message: PythonWorkerRequest, onOutput?: OutputListener): Promise<PythonWorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (r) => {
        this.outputs.delete(id);
        resolve(r);
      });
      if (onOutput) this.outputs.set(id, onOutput);
      this.worker?.postMessage({ ...message, id });
    });
  }

  run(root: string, files: WorkspaceFileData[], code: string, options: { onOutput?: OutputListener; timeLimitMs?: number } = {}): PythonRun {
    const timeLimitMs = options.timeLimitMs ?? PYTHON_TIME_LIMIT_MS;
    let stopRequested: StopReason | null = null;
    let halt: (reason: StopReason) => void = (reason) => (stopRequested ??= reason);
    const outcome = (async (): Promise<PythonRunOutcome> => {
      await this.start();
      const started = performance.now();
      if (stopRequested) return { ok: false, stopped: stopRequested, restarted: false, message: stopMessage(stopRequested, 0, false, timeLimitMs), ms: 0 };
      if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
      const reply = this.send({ type: 'run', id: 0, root, files, code }, options.onOutput);
      let stoppedBy: StopReason | null = null;
      let restarted = false;
      halt = (reason) => {
        if (stoppedBy) return;
        stoppedBy = reason;
        if (!this.interrupt) {
          // Not cross-origin isolated: no interrupt buffer, so the only way to stop is a new worker.
          restarted = true;
          return this.replaceWorker();
        }
        // One SIGINT can be missed; re-signal until the run returns, then give up on the worker.
        Atomics.store(this.interrupt, 0, 2);
        const resignal = setInterval(() => this.interrupt && Atomics.store(this.interrupt, 0, 2), 100);
        const giveUp = setTimeout(() => {
          restarted = true;
          this.replaceWorker();
        }, INTERRUPT_GRACE_MS);
        void reply.finally(() => {
          clearInterval(resignal);
          clearTimeout(giveUp);
        });
      };
      const limit = setTimeout(() => halt('limit'), timeLimitMs);
      const result = await reply;
      clearTimeout(limit);
      const ms = performance.now() - started;
      performance.measure('python-run', { start: started, end: started + ms });
      if (stoppedBy) return { ok: false, stopped: stoppedBy, restarted, message: stopMessage(stoppedBy, ms, restarted, timeLimitMs), ms };
      if (result.type === 'result') return { ok: true, output: result.output, ms };
      return { ok: false, stopped: null, message: result.type === 'error' ? result.message : 'Unexpected reply from Python.', ms };
    })();
    return { outcome, stop: () => halt('user') };
  }

  /** The interrupt did not land (a loop inside C): drop the worker, answer the waiting run, boot a fresh one. */
  private replaceWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.booting = null;
    for (const [id, resolve] of this.pending) resolve({ type: 'error', id, message: 'terminated', interrupted: true });
    this.pending.clear();
    this.outputs.clear();
    void this.start(true).catch(() => undefined);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.booting = null;
  }
}
