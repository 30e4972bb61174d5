// Renderer (shared by the SQL worker and its client): the messages between them. Types only.
import type { SqlCell } from '../../../../exercises/sql/sql-execution';

export type { SqlCell };

export interface SqlResultSet {
  columns: string[];
  rows: SqlCell[][];
  /** Rows beyond the display cap are counted but not sent. */
  rowCount: number;
  truncated: boolean;
}

export interface SqlErrorPosition {
  line: number;
  column: number;
}

export type SqlWorkerRequest =
  | { type: 'init'; id: number; wasmUrl: string; setupSql: string }
  /** `sql` is the candidate's whole text; the worker runs only the statement the SQL execution contract picks. */
  | { type: 'exec'; id: number; sql: string; maxRows: number }
  | { type: 'reset'; id: number };

export type SqlWorkerResponse =
  | { type: 'ready'; id: number; ms: number }
  | { type: 'result'; id: number; results: SqlResultSet[]; ms: number; databaseChanged: boolean }
  | { type: 'error'; id: number; message: string; position: SqlErrorPosition | null };
