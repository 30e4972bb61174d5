// Deno sandbox process: runs one candidate SQL statement at a time on a fresh sql.js copy of a dataset and answers
// over newline-delimited JSON. SQL cannot reach JavaScript, but the process is still locked down and memory-capped.
import type { SqlRunMessage, SqlSandboxResult } from '../sql-protocol';

interface DenoApi {
  args: string[];
  stdin: { readable: ReadableStream<Uint8Array> };
  stdout: { writeSync(p: Uint8Array): number };
  readTextFile(path: string): Promise<string>;
  readFile(path: string): Promise<Uint8Array>;
}
interface Statement {
  getColumnNames(): string[];
  step(): boolean;
  get(): unknown[];
  free(): void;
}
interface Database {
  exec(sql: string): unknown;
  export(): Uint8Array;
  close(): void;
  iterateStatements(sql: string): Iterator<Statement> & { getRemainingSQL(): string };
}
interface SqlJs {
  Database: new (data?: Uint8Array) => Database;
}
const Deno = (globalThis as unknown as { Deno: DenoApi }).Deno;

const dist = Deno.args[0] ?? '';
const token = Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, '0')).join('');
const encoder = new TextEncoder();

function send(message: Record<string, unknown>): void {
  const bytes = encoder.encode(JSON.stringify({ ...message, token }) + '\n');
  let offset = 0;
  while (offset < bytes.length) offset += Deno.stdout.writeSync(bytes.subarray(offset));
}

async function loadSqlJs(): Promise<SqlJs> {
  // The browser build: it needs no Node APIs, and the wasm bytes are handed over, so it never fetches anything.
  const text = await Deno.readTextFile(`${dist}/sql-wasm-browser.js`);
  const init = new Function(`${text}\nreturn initSqlJs;`)() as (opts: { wasmBinary: Uint8Array }) => Promise<SqlJs>;
  return init({ wasmBinary: await Deno.readFile(`${dist}/sql-wasm-browser.wasm`) });
}

/** Built databases as byte images: copying an image is far cheaper than replaying the INSERT script. */
const images = new Map<string, Uint8Array>();
const MAX_IMAGES = 32;

class MissingDataset extends Error {}

function imageFor(SQL: SqlJs, key: string, script: string | undefined): Uint8Array {
  const cached = images.get(key);
  if (cached) return cached;
  if (typeof script !== 'string') throw new MissingDataset(`dataset ${key} is not loaded in this sandbox`);
  const db = new SQL.Database();
  let image: Uint8Array;
  try {
    db.exec(script);
    image = db.export();
  } finally {
    db.close();
  }
  if (images.size >= MAX_IMAGES) images.delete(images.keys().next().value!);
  images.set(key, image);
  return image;
}

function hasMoreSql(rest: string): boolean {
  return rest.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/;/g, ' ').trim().length > 0;
}

function run(SQL: SqlJs, msg: SqlRunMessage): SqlSandboxResult {
  const db = new SQL.Database(imageFor(SQL, msg.datasetKey, msg.script));
  try {
    // The copy is already private; query_only also turns writes into clear errors instead of silent edits.
    db.exec('PRAGMA query_only = ON');
    send({ type: 'started', id: msg.id });
    const it = db.iterateStatements(msg.sql);
    const first = it.next();
    if (first.done) return { ok: false, error: 'The query is empty.', timedOut: false };
    const stmt = first.value;
    const ignoredExtraStatements = hasMoreSql(it.getRemainingSQL());
    try {
      const columns = stmt.getColumnNames();
      const rows: unknown[][] = [];
      let truncated = false;
      while (stmt.step()) {
        if (rows.length >= msg.maxRows) {
          truncated = true;
          break;
        }
        rows.push(stmt.get());
      }
      return { ok: true, columns, rows: rows as never, truncated, ignoredExtraStatements };
    } finally {
      stmt.free();
    }
  } finally {
    db.close();
  }
}

function answer(SQL: SqlJs, msg: SqlRunMessage): void {
  let result: SqlSandboxResult;
  try {
    result = run(SQL, msg);
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    result = { ok: false, timedOut: false, error: /out of memory/i.test(text) ? `The query ran out of memory (the grading sandbox caps it): ${text}` : text };
    // The host thought the image was cached but it was evicted: it will resend the script.
    if (err instanceof MissingDataset) result.missingDataset = true;
  }
  send({ type: 'result', id: msg.id, result });
}

async function main(): Promise<void> {
  send({ type: 'hello' });
  const SQL = await loadSqlJs();
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of Deno.stdin.readable) {
    buffered += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.trim()) answer(SQL, JSON.parse(line) as SqlRunMessage);
    }
  }
}

void main();
