// Renderer (Web Worker): runs candidate SQL against an in-memory SQLite (sql.js), off the UI thread.
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import type { SqlResultSet, SqlWorkerRequest, SqlWorkerResponse } from './sql-protocol';
import { locateSqlError } from './sql-error-position';
import { NO_STATEMENT_MESSAGE, statementToRun } from '../../../../exercises/sql/sql-execution';

let SQL: SqlJsStatic | null = null;
let db: Database | null = null;
let setupSql = '';
let baselineChanges = 0;
let baselineSchema = 0;

const post = (message: SqlWorkerResponse) => (self as unknown as Worker).postMessage(message);

function freshDatabase(): Database {
  if (!SQL) throw new Error('SQLite is not initialised');
  db?.close();
  const next = new SQL.Database();
  next.exec(setupSql);
  baselineChanges = totalChanges(next);
  baselineSchema = schemaVersion(next);
  return next;
}

/** DDL (DROP TABLE, ALTER, CREATE) does not count in total_changes(); SQLite bumps schema_version for it. */
function schemaVersion(database: Database): number {
  return Number(database.exec('PRAGMA schema_version')[0]?.values[0]?.[0] ?? 0);
}

function totalChanges(database: Database): number {
  return Number(database.exec('SELECT total_changes()')[0]?.values[0]?.[0] ?? 0);
}

/**
 * Steps the statement itself rather than `db.exec`, which drops a SELECT that matched no rows: the candidate must
 * still see its columns and "0 rows". Rows past `maxRows` are counted, not copied. No columns: not a query.
 */
function runStatement(database: Database, sql: string, maxRows: number): SqlResultSet[] {
  const statement = database.prepare(sql);
  try {
    const columns = statement.getColumnNames();
    const rows: SqlResultSet['rows'] = [];
    let rowCount = 0;
    while (statement.step()) {
      if (rowCount < maxRows) rows.push(statement.get() as SqlResultSet['rows'][number]);
      rowCount++;
    }
    return columns.length === 0 ? [] : [{ columns, rows, rowCount, truncated: rowCount > maxRows }];
  } finally {
    statement.free();
  }
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
      const results = runStatement(db, statement.text, request.maxRows);
      const databaseChanged = totalChanges(db) !== baselineChanges || schemaVersion(db) !== baselineSchema;
      post({ type: 'result', id: request.id, results, ms: performance.now() - started, databaseChanged });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', id: request.id, message, position: request.type === 'exec' ? locateSqlError(request.sql, message) : null });
  }
};
