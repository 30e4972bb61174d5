// Host only: runs candidate SQL in a worker thread on a fresh database copy, with a time limit and restart on runaway.
import { Worker } from 'node:worker_threads';
import type { SqlCell } from '../../exercises/sql/compare-results';

export const DEFAULT_SQL_TIMEOUT_MS = 2000;
/** Tiles and checks never need more; a bigger result is cut and flagged instead of flooding memory. */
export const DEFAULT_MAX_ROWS = 5000;
/** Building a dataset (first use per worker) is ours, not the candidate's, so it gets a separate, generous limit. */
const SETUP_LIMIT_MS = 60_000;

export interface SqlRunRequest {
  /** Identifies the dataset; the worker caches one built image per key. */
  datasetKey: string;
  /** The dataset script, or a function producing it (only called when the worker lacks the dataset). */
  script: string | (() => string);
  sql: string;
}

export type SqlRunResult =
  | { ok: true; columns: string[]; rows: SqlCell[][]; truncated: boolean; ignoredExtraStatements: boolean }
  | { ok: false; error: string; timedOut: boolean };

export interface SqlSandboxOptions {
  timeoutMs?: number;
  maxRows?: number;
  /** Where the worker file is; the default suits running from source (vitest, tsx). Bundlers pass their copy. */
  workerUrl?: URL | string;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'started'; id: number }
  | { type: 'result'; id: number; result: SqlRunResult };

interface Pending {
  id: number;
  resolve: (r: SqlRunResult) => void;
  timer: NodeJS.Timeout;
}

function defaultWorkerUrl(): URL {
  // A CommonJS bundle has no import.meta.url; it must ship the worker file and pass its location.
  const base = (import.meta as { url?: string }).url;
  if (!base) throw new Error('SqlSandbox needs options.workerUrl here: copy rubrics/sql/sql-sandbox-worker.mjs beside the bundle and pass its path.');
  return new URL('./sql-sandbox-worker.mjs', base);
}

/**
 * One warm worker, used by one run at a time. A run that exceeds the limit gets the worker terminated
 * (sql.js is synchronous: there is no other way to stop it) and a fresh worker takes its place.
 */
export class SqlSandbox {
  private worker: Worker | undefined;
  private loadedKeys = new Set<string>();
  private pending: Pending | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxRows: number;
  private readonly workerUrl: URL | string;

  constructor(options: SqlSandboxOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SQL_TIMEOUT_MS;
    this.maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl();
  }

  /** Runs are serialised; each gets a fresh copy of its dataset, so no run can affect another. */
  run(request: SqlRunRequest): Promise<SqlRunResult> {
    if (this.closed) return Promise.reject(new Error('SqlSandbox is closed'));
    const next = this.queue.then(() => this.runNow(request));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await this.discardWorker();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl);
    worker.on('message', (msg: WorkerMessage) => this.onMessage(worker, msg));
    worker.on('error', (err) => this.failWorker(worker, `The SQL runner crashed: ${err.message}`));
    worker.on('exit', (code) => this.failWorker(worker, `The SQL runner stopped unexpectedly (exit code ${code}).`));
    worker.unref();
    this.worker = worker;
    this.loadedKeys = new Set();
    return worker;
  }

  private async runNow(request: SqlRunRequest): Promise<SqlRunResult> {
    const result = await this.runOnce(request);
    if (result.ok || !('missingDataset' in result)) return result;
    this.loadedKeys.delete(request.datasetKey);
    const retried = await this.runOnce(request);
    if (!retried.ok && 'missingDataset' in retried) return { ok: false, timedOut: false, error: retried.error };
    return retried;
  }

  private runOnce(request: SqlRunRequest): Promise<SqlRunResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const needsScript = !this.loadedKeys.has(request.datasetKey);
    const script = needsScript ? (typeof request.script === 'function' ? request.script() : request.script) : undefined;
    return new Promise<SqlRunResult>((resolve) => {
      const timer = setTimeout(() => this.onTimeout(id, SETUP_LIMIT_MS), SETUP_LIMIT_MS);
      this.pending = { id, resolve, timer };
      worker.postMessage({ id, datasetKey: request.datasetKey, script, sql: request.sql, maxRows: this.maxRows });
    }).then((result) => {
      if (needsScript && (result.ok || !result.timedOut)) this.loadedKeys.add(request.datasetKey);
      return result;
    });
  }

  private onMessage(worker: Worker, msg: WorkerMessage): void {
    if (worker !== this.worker || !this.pending) return;
    const pending = this.pending;
    if (msg.type === 'started' && msg.id === pending.id) {
      // The candidate's limit starts only once their statement is about to run on a ready copy.
      clearTimeout(pending.timer);
      pending.timer = setTimeout(() => this.onTimeout(pending.id, this.timeoutMs), this.timeoutMs);
    } else if (msg.type === 'result' && msg.id === pending.id) {
      this.settle({ ...msg.result });
    }
  }

  private onTimeout(id: number, limitMs: number): void {
    if (this.pending?.id !== id) return;
    this.settle({
      ok: false,
      timedOut: true,
      error: `Stopped after ${limitMs} ms: the query ran too long (a runaway recursive CTE or a huge cross join?).`,
    });
    void this.discardWorker();
  }

  private failWorker(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.settle({ ok: false, timedOut: false, error: message });
  }

  private settle(result: SqlRunResult): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(result);
  }

  private async discardWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.loadedKeys = new Set();
    if (worker) await worker.terminate();
  }
}
