// Renderer: owns the SQL worker: request ids, time limits, and a fresh worker when a query runs away.
import { SQL_EXECUTION } from '../../../../exercises/sql/sql-execution';
import type { SqlResultSet, SqlWorkerRequest, SqlWorkerResponse, SqlErrorPosition } from './sql-protocol';

export const QUERY_TIME_LIMIT_MS = 5_000;
export const MAX_DISPLAY_ROWS = SQL_EXECUTION.candidateRowCap;

export type SqlRunOutcome =
  | { ok: true; results: SqlResultSet[]; ms: number; databaseChanged: boolean }
  | { ok: false; message: string; position: SqlErrorPosition | null; stopped: boolean; ms: number };

type Pending = { resolve: (r: SqlWorkerResponse) => void; timer: ReturnType<typeof setTimeout> | null };

export class SqlClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private ready: Promise<void> | null = null;

  constructor(
    private readonly setupSql: string,
    private readonly wasmUrl = new URL('runtime/sql-wasm.wasm', document.baseURI).href,
  ) {}

  /** Starts (or restarts) the worker and loads the exercise's database. */
  start(): Promise<void> {
    this.ready ??= this.boot();
    return this.ready;
  }

  private async boot(): Promise<void> {
    const worker = new Worker(new URL('./sql.worker.ts', import.meta.url), { type: 'module', name: 'sql' });
    worker.onmessage = (e: MessageEvent<SqlWorkerResponse>) => {
      const entry = this.pending.get(e.data.id);
      if (!entry) return;
      if (entry.timer) clearTimeout(entry.timer);
      this.pending.delete(e.data.id);
      entry.resolve(e.data);
    };
    this.worker = worker;
    const bootStarted = performance.now();
    const reply = await this.request({ type: 'init', id: 0, wasmUrl: this.wasmUrl, setupSql: this.setupSql }, null);
    performance.measure('sql-worker-start', { start: bootStarted, end: performance.now() });
    if (reply.type === 'error') throw new Error(`The database could not be loaded: ${reply.message}`);
  }

  private request(message: SqlWorkerRequest, timeoutMs: number | null): Promise<SqlWorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = timeoutMs === null ? null : setTimeout(() => this.stopRunaway(id, timeoutMs), timeoutMs);
      this.pending.set(id, { resolve, timer });
      this.worker?.postMessage({ ...message, id });
    });
  }

  /** SQLite cannot be interrupted from outside, so a runaway query costs the worker; a new one loads at once. */
  private stopRunaway(id: number, timeoutMs: number): void {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    for (const other of this.pending.values()) if (other.timer) clearTimeout(other.timer);
    this.pending.clear();
    entry?.resolve({
      type: 'error',
      id,
      message: `Stopped after ${timeoutMs / 1000} s: the query ran too long (an endless recursive CTE or a huge cross join?). The database was reloaded; you can run again.`,
      position: null,
    });
    void this.start();
  }

  async run(sql: string, timeoutMs = QUERY_TIME_LIMIT_MS): Promise<SqlRunOutcome> {
    await this.start();
    const started = performance.now();
    const reply = await this.request({ type: 'exec', id: 0, sql, maxRows: MAX_DISPLAY_ROWS }, timeoutMs);
    const ms = performance.now() - started;
    performance.measure('sql-round-trip', { start: started, end: started + ms });
    if (reply.type === 'result') return { ok: true, results: reply.results, ms, databaseChanged: reply.databaseChanged };
    if (reply.type === 'error') return { ok: false, message: reply.message, position: reply.position, stopped: reply.message.startsWith('Stopped after'), ms };
    return { ok: false, message: 'Unexpected reply from the SQL worker.', position: null, stopped: false, ms };
  }

  async reset(): Promise<void> {
    await this.start();
    await this.request({ type: 'reset', id: 0 }, null);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }
}
