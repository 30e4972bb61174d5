// Renderer: owns the Pyodide worker: background boot with progress, time limits (interrupt first, replace the
// worker when the interrupt does not land), and one run at a time.
import type { PythonWorkerRequest, PythonWorkerResponse, WorkspaceFileData } from './python-protocol';

export const PYTHON_TIME_LIMIT_MS = 10_000;
/** How long re-sent interrupts may take before the worker is replaced (a loop inside C ignores them). */
const INTERRUPT_GRACE_MS = 2_000;

export type PythonRunOutcome =
  | { ok: true; output: string; ms: number }
  | { ok: false; message: string; stopped: boolean; ms: number };

export type RuntimeListener = (state: { status: 'loading' | 'ready' | 'failed'; stage: string; bootMs?: number }) => void;

export class PythonClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (r: PythonWorkerResponse) => void>();
  private booting: Promise<void> | null = null;
  private interrupt: Int32Array | null = null;
  private listeners = new Set<RuntimeListener>();

  constructor(private readonly indexURL = new URL('runtime/pyodide/', document.baseURI).href) {}

  onState(listener: RuntimeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(state: Parameters<RuntimeListener>[0]): void {
    for (const l of this.listeners) l(state);
  }

  start(): Promise<void> {
    this.booting ??= this.boot().catch((error: unknown) => {
      this.booting = null;
      this.emit({ status: 'failed', stage: error instanceof Error ? error.message : String(error) });
      throw error;
    });
    return this.booting;
  }

  private async boot(): Promise<void> {
    const worker = new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'python' });
    worker.onmessage = (e: MessageEvent<PythonWorkerResponse>) => {
      if (e.data.type === 'progress') return this.emit({ status: 'loading', stage: e.data.stage });
      const resolve = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      resolve?.(e.data);
    };
    worker.onerror = (e) => this.emit({ status: 'failed', stage: e.message || 'The Python worker failed to start.' });
    this.worker = worker;
    // SharedArrayBuffer exists only when the page is cross-origin isolated (COOP/COEP from the host).
    const buffer = globalThis.crossOriginIsolated ? new SharedArrayBuffer(4) : null;
    this.interrupt = buffer ? new Int32Array(buffer) : null;
    this.emit({ status: 'loading', stage: 'Starting Python' });
    const started = performance.now();
    const reply = await this.send({ type: 'init', id: 0, indexURL: this.indexURL, interruptBuffer: buffer });
    if (reply.type !== 'ready') throw new Error(reply.type === 'error' ? `Python could not start: ${reply.message}` : 'Python could not start.');
    const bootMs = performance.now() - started;
    performance.measure('pyodide-boot', { start: started, end: started + bootMs });
    this.emit({ status: 'ready', stage: 'Python ready', bootMs });
  }

  private send(message: PythonWorkerRequest): Promise<PythonWorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker?.postMessage({ ...message, id });
    });
  }

  async run(root: string, files: WorkspaceFileData[], code: string, timeLimitMs = PYTHON_TIME_LIMIT_MS): Promise<PythonRunOutcome> {
    await this.start();
    const started = performance.now();
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    const reply = this.send({ type: 'run', id: 0, root, files, code });
    let stoppedByLimit = false;
    let replaced = false;
    const limit = setTimeout(() => {
      stoppedByLimit = true;
      // One SIGINT can be missed; re-signal until the run returns, then give up on the worker.
      const resignal = setInterval(() => this.interrupt && Atomics.store(this.interrupt, 0, 2), 100);
      if (this.interrupt) Atomics.store(this.interrupt, 0, 2);
      const giveUp = setTimeout(() => {
        replaced = true;
        this.replaceWorker();
      }, INTERRUPT_GRACE_MS);
      void reply.finally(() => {
        clearInterval(resignal);
        clearTimeout(giveUp);
      });
    }, timeLimitMs);
    const result = await reply;
    clearTimeout(limit);
    const ms = performance.now() - started;
    performance.measure('python-run', { start: started, end: started + ms });
    if (stoppedByLimit) {
      return {
        ok: false,
        stopped: true,
        ms,
        message: `Stopped after ${timeLimitMs / 1000} s: your code ran too long (an endless loop?). ${replaced ? 'Python was restarted; ' : ''}You can run again now.`,
      };
    }
    if (result.type === 'result') return { ok: true, output: result.output, ms };
    return { ok: false, stopped: false, message: result.type === 'error' ? result.message : 'Unexpected reply from Python.', ms };
  }

  /** The interrupt did not land (a loop inside C): drop the worker, answer the waiting run, boot a fresh one. */
  private replaceWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.booting = null;
    for (const [id, resolve] of this.pending) resolve({ type: 'error', id, message: 'terminated', interrupted: true });
    this.pending.clear();
    void this.start().catch(() => undefined);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.booting = null;
  }
}
