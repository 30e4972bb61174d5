// Renderer (Web Worker): runs candidate SQL against an in-memory SQLite (sql.js), off the UI thread.
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import type { SqlResultSet, SqlWorkerRequest, SqlWorkerResponse } from './sql-protocol';
import { locateSqlError } from './sql-error-position';
import { NO_STATEMENT_MESSAGE, statementToRun } from '../../../../exercises/sql/sql-execution';

let SQL: SqlJsStatic | null = null;
let db: Database | null = null;
let setupSql = '';
let baselineChanges = 0;

const post = (message: SqlWorkerResponse) => (self as unknown as Worker).postMessage(message);

function freshDatabase(): Database {
  if (!SQL) throw new Error('SQLite is not initialised');
  db?.close();
  const next = new SQL.Database();
  next.exec(setupSql);
  baselineChanges = totalChanges(next);
  return next;
}

function totalChanges(database: Database): number {
  return Number(database.exec('SELECT total_changes()')[0]?.values[0]?.[0] ?? 0);
}

self.onmessage = async (event: MessageEvent<SqlWorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  try {
    if (request.type === 'init') {
      SQL = await initSqlJs({ locateFile: () => request.wasmUrl });
      setupSql = request.setupSql;
      db = freshDatabase();
      post({ type: 'ready', id: request.id, ms: performance.now() - started });
    } else if (request.type === 'reset') {
      db = freshDatabase();
      post({ type: 'ready', id: request.id, ms: performance.now() - started });
    } else {
      if (!db) throw new Error('The database is not ready yet.');
      // The first statement only, exactly as the grader runs it (exercises/sql/sql-execution.ts).
      const { statement } = statementToRun(request.sql);
      if (!statement) throw new Error(NO_STATEMENT_MESSAGE);
      const results: SqlResultSet[] = db.exec(statement.text).map((r) => ({
        columns: r.columns,
        rows: r.values.slice(0, request.maxRows) as SqlResultSet['rows'],
        rowCount: r.values.length,
        truncated: r.values.length > request.maxRows,
      }));
      const databaseChanged = totalChanges(db) !== baselineChanges;
      post({ type: 'result', id: request.id, results, ms: performance.now() - started, databaseChanged });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', id: request.id, message, position: request.type === 'exec' ? locateSqlError(request.sql, message) : null });
  }
};
