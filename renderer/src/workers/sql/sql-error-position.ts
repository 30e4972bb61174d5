// Renderer: turn SQLite's `near "X": syntax error` into a line and column in the candidate's text.
import type { SqlErrorPosition } from './sql-protocol';

export function locateSqlError(sql: string, message: string): SqlErrorPosition | null {
  const near = /near "([^"]+)"/.exec(message)?.[1];
  const column = /no such column: ([\w.]+)/.exec(message)?.[1];
  const table = /no such table: ([\w.]+)/.exec(message)?.[1];
  const needle = near ?? column ?? table;
  if (!needle) return null;
  const offset = sql.indexOf(needle);
  if (offset < 0) return null;
  const before = sql.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
