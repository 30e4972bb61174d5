// Host only: runs candidate SQL in the Deno grading sandbox (sql.js in a locked-down, memory-capped process) on a
// fresh database copy, with a time limit; a runaway statement gets the process killed and a new one takes its place.
import { join } from 'node:path';
import type { SqlCell } from '../../exercises/sql/compare-results';
import { denoBinaryPath, sandboxScriptDir, sqlJsDistDir, type SandboxLocation } from '../sandbox/deno-command';
import { SandboxProcess } from '../sandbox/sandbox-process';
import { SqlReplySchema, type SqlReply, type SqlSandboxResult } from '../sandbox/sql-protocol';

export const DEFAULT_SQL_TIMEOUT_MS = 2000;
/** Tiles and checks never need more; a bigger result is cut and flagged instead of flooding memory. */
export const DEFAULT_MAX_ROWS = 5000;
/** Starting the process and building a dataset (first use) are ours, not the candidate's: a separate, generous limit. */
const SETUP_LIMIT_MS = 60_000;

export interface SqlRunRequest {
  /** Identifies the dataset; the sandbox caches one built image per key. */
  datasetKey: string;
  /** The dataset script, or a function producing it (only called when the sandbox lacks the dataset). */
  script: string | (() => string);
  sql: string;
}

export type SqlRunResult =
  | { ok: true; columns: string[]; rows: SqlCell[][]; truncated: boolean; ignoredExtraStatements: boolean }
  | { ok: false; error: string; timedOut: boolean };

export interface SqlSandboxOptions extends SandboxLocation {
  timeoutMs?: number;
  maxRows?: number;
}

interface Pending {
  id: number;
  resolve: (r: SqlSandboxResult) => void;
  timer: NodeJS.Timeout;
}

/** JSON carries a BLOB cell as an object of byte values; give it back its bytes. */
function cell(value: string | number | null | Record<string, number>): SqlCell {
  return value !== null && typeof value === 'object' ? Uint8Array.from(Object.values(value)) : value;
}

/**
 * One warm sandbox process, used by one run at a time. A run that exceeds the limit gets the process killed
 * (sql.js is synchronous: there is no other way to stop it) and a fresh process takes its place.
 */
export class SqlSandbox {
  private proc: SandboxProcess<SqlReply> | undefined;
  private loadedKeys = new Set<string>();
  private pending: Pending | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxRows: number;

  constructor(private readonly options: SqlSandboxOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SQL_TIMEOUT_MS;
    this.maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
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
    this.discardProcess();
  }

  private ensureProcess(): SandboxProcess<SqlReply> {
    if (this.proc?.alive) return this.proc;
    const scripts = sandboxScriptDir(this.options);
    const dist = sqlJsDistDir(this.options);
    const proc: SandboxProcess<SqlReply> = new SandboxProcess<SqlReply>({
      deno: denoBinaryPath(this.options),
      entry: join(scripts, 'sql-runner.ts'),
      readPaths: [join(dist, 'sql-wasm-browser.js'), join(dist, 'sql-wasm-browser.wasm'), join(scripts, 'sql-runner.ts')],
      args: [dist],
      schema: SqlReplySchema,
      onReply: (reply) => this.onReply(proc, reply),
      onExit: (reason) => this.onExit(proc, reason),
    });
    proc.unref();
    this.proc = proc;
    this.loadedKeys = new Set();
    return proc;
  }

  private async runNow(request: SqlRunRequest): Promise<SqlRunResult> {
    const result = await this.runOnce(request);
    if (result.ok || !result.missingDataset) return this.toResult(result);
    this.loadedKeys.delete(request.datasetKey);
    return this.toResult(await this.runOnce(request));
  }

  private toResult(result: SqlSandboxResult): SqlRunResult {
    if (!result.ok) return { ok: false, error: result.error, timedOut: result.timedOut };
    return { ...result, rows: result.rows.map((row) => row.map(cell)) };
  }

  private runOnce(request: SqlRunRequest): Promise<SqlSandboxResult> {
    const proc = this.ensureProcess();
    const id = this.nextId++;
    const needsScript = !this.loadedKeys.has(request.datasetKey);
    const script = needsScript ? (typeof request.script === 'function' ? request.script() : request.script) : undefined;
    return new Promise<SqlSandboxResult>((resolve) => {
      const timer = setTimeout(() => this.onTimeout(id, SETUP_LIMIT_MS), SETUP_LIMIT_MS);
      this.pending = { id, resolve, timer };
      proc.ref();
      try {
        proc.send({ id, datasetKey: request.datasetKey, ...(script !== undefined ? { script } : {}), sql: request.sql, maxRows: this.maxRows });
      } catch (e) {
        this.settle({ ok: false, timedOut: false, error: `The SQL sandbox is not running: ${(e as Error).message}` });
      }
    }).then((result) => {
      if (needsScript && (result.ok || !result.timedOut)) this.loadedKeys.add(request.datasetKey);
      return result;
    });
  }

  private onReply(proc: SandboxProcess<SqlReply>, reply: SqlReply): void {
    const pending = this.pending;
    if (proc !== this.proc || !pending || !('id' in reply) || reply.id !== pending.id) return;
    if (reply.type === 'started') {
      // The candidate's limit starts only once their statement is about to run on a ready copy.
      clearTimeout(pending.timer);
      pending.timer = setTimeout(() => this.onTimeout(pending.id, this.timeoutMs), this.timeoutMs);
    } else if (reply.type === 'result') {
      this.settle(reply.result);
    }
  }

  private onTimeout(id: number, limitMs: number): void {
    if (this.pending?.id !== id) return;
    this.settle({ ok: false, timedOut: true, error: `Stopped after ${limitMs} ms: the query ran too long (a runaway recursive CTE or a huge cross join?).` });
    this.discardProcess();
  }

  private onExit(proc: SandboxProcess<SqlReply>, reason: string): void {
    if (proc !== this.proc) return;
    this.proc = undefined;
    this.loadedKeys = new Set();
    this.settle({ ok: false, timedOut: false, error: `The SQL sandbox stopped unexpectedly: ${reason}` });
  }

  private settle(result: SqlSandboxResult): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    this.proc?.unref();
    pending.resolve(result);
  }

  private discardProcess(): void {
    const proc = this.proc;
    this.proc = undefined;
    this.loadedKeys = new Set();
    proc?.kill();
  }
}
