// Pure (all processes): compares two query results the way a dashboard reader would; the diff doubles as grading evidence.

import type { SqlCell } from './sql-cell';

export type { SqlCell };

export interface ResultSet {
  columns: string[];
  rows: SqlCell[][];
}

export interface Tolerance {
  absolute: number;
  relative: number;
}

export interface CompareOptions {
  /** When false, rows are compared as multisets (the tile sorts them itself). */
  ordered: boolean;
  tolerance?: Tolerance;
  /** How many missing/unexpected rows to keep in the diff (the counts stay exact). */
  maxDiffRows?: number;
}

export interface ResultDiff {
  equal: boolean;
  columnCountMismatch?: { expected: number; actual: number };
  expectedRowCount: number;
  actualRowCount: number;
  missingRowCount: number;
  unexpectedRowCount: number;
  /** Expected rows with no counterpart in the actual result (first few). */
  missingRows: SqlCell[][];
  /** Actual rows with no counterpart in the expected result (first few). */
  unexpectedRows: SqlCell[][];
  /** Set when the same rows came back in a different order and order matters. */
  orderDiffers?: boolean;
  summary: string;
}

export const DEFAULT_TOLERANCE: Tolerance = { absolute: 0.005, relative: 1e-9 };
const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
/** Beyond this, fuzzy matching would be quadratic; such results are far from any tile anyway. */
const FUZZY_LIMIT = 3000;

function asNumber(cell: SqlCell): number | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && NUMERIC_TEXT.test(cell)) return Number(cell);
  return undefined;
}

export function cellsEqual(a: SqlCell, b: SqlCell, tol: Tolerance = DEFAULT_TOLERANCE): boolean {
  if (a === null || b === null) return a === b;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (typeof a === 'string' && typeof b === 'string' && a === b) return true;
  // Numbers compare numerically, including numbers a query returned as text (e.g. printf('%.2f', ...)).
  const x = asNumber(a);
  const y = asNumber(b);
  if (x === undefined || y === undefined) return false;
  if (typeof a === 'string' && typeof b === 'string') return false;
  const diff = Math.abs(x - y);
  return diff <= tol.absolute + 1e-12 || diff <= tol.relative * Math.max(Math.abs(x), Math.abs(y));
}

function rowsEqual(a: readonly SqlCell[], b: readonly SqlCell[], tol: Tolerance): boolean {
  return a.length === b.length && a.every((cell, i) => cellsEqual(cell, b[i] ?? null, tol));
}

/** Exact key; numbers are rounded so most tolerance-equal rows meet in the fast path. */
function rowKey(row: readonly SqlCell[]): string {
  return JSON.stringify(
    row.map((c) => {
      const n = c instanceof Uint8Array ? undefined : asNumber(c);
      if (n !== undefined) return ['n', Math.round(n * 100) / 100];
      return c instanceof Uint8Array ? ['b', Array.from(c)] : c;
    }),
  );
}

function describe(diff: Omit<ResultDiff, 'summary'>): string {
  if (diff.columnCountMismatch) {
    return `Expected ${diff.columnCountMismatch.expected} columns, got ${diff.columnCountMismatch.actual}.`;
  }
  if (diff.equal) return `Results match (${diff.actualRowCount} rows).`;
  if (diff.orderDiffers) return 'Same rows, but not in the required order.';
  return `${diff.missingRowCount} expected row(s) missing, ${diff.unexpectedRowCount} unexpected row(s) (expected ${diff.expectedRowCount} rows, got ${diff.actualRowCount}).`;
}

function finish(partial: Omit<ResultDiff, 'summary'>): ResultDiff {
  return { ...partial, summary: describe(partial) };
}

function multisetDiff(expected: SqlCell[][], actual: SqlCell[][], tol: Tolerance): { missing: SqlCell[][]; unexpected: SqlCell[][] } {
  const buckets = new Map<string, SqlCell[][]>();
  for (const row of actual) {
    const key = rowKey(row);
    const list = buckets.get(key);
    if (list) list.push(row);
    else buckets.set(key, [row]);
  }
  let missing: SqlCell[][] = [];
  for (const row of expected) {
    const list = buckets.get(rowKey(row));
    const idx = list ? list.findIndex((r) => rowsEqual(row, r, tol)) : -1;
    if (list && idx >= 0) list.splice(idx, 1);
    else missing.push(row);
  }
  let unexpected = [...buckets.values()].flat();
  // Rounding can put tolerance-equal numbers in different buckets; pair the leftovers pairwise.
  if (missing.length > 0 && unexpected.length > 0 && missing.length * unexpected.length <= FUZZY_LIMIT * FUZZY_LIMIT) {
    const stillMissing: SqlCell[][] = [];
    for (const row of missing) {
      const idx = unexpected.findIndex((r) => rowsEqual(row, r, tol));
      if (idx >= 0) unexpected = unexpected.filter((_, i) => i !== idx);
      else stillMissing.push(row);
    }
    missing = stillMissing;
  }
  return { missing, unexpected };
}

/** Columns are matched by position (names are free); rows as multisets unless `ordered`. */
export function compareResultSets(expected: ResultSet, actual: ResultSet, options: CompareOptions): ResultDiff {
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const cap = options.maxDiffRows ?? 5;
  const base = { expectedRowCount: expected.rows.length, actualRowCount: actual.rows.length };
  if (expected.columns.length !== actual.columns.length) {
    return finish({
      ...base, equal: false, columnCountMismatch: { expected: expected.columns.length, actual: actual.columns.length },
      missingRowCount: expected.rows.length, unexpectedRowCount: actual.rows.length, missingRows: [], unexpectedRows: [],
    });
  }
  const { missing, unexpected } = multisetDiff(expected.rows, actual.rows, tol);
  const sameMultiset = missing.length === 0 && unexpected.length === 0;
  if (options.ordered && sameMultiset) {
    const inOrder = expected.rows.every((row, i) => rowsEqual(row, actual.rows[i] ?? [], tol));
    if (!inOrder) {
      const first = expected.rows.findIndex((row, i) => !rowsEqual(row, actual.rows[i] ?? [], tol));
      return finish({
        ...base, equal: false, orderDiffers: true, missingRowCount: 0, unexpectedRowCount: 0,
        missingRows: [expected.rows[first] ?? []], unexpectedRows: [actual.rows[first] ?? []],
      });
    }
  }
  return finish({
    ...base, equal: sameMultiset, missingRowCount: missing.length, unexpectedRowCount: unexpected.length,
    missingRows: missing.slice(0, cap), unexpectedRows: unexpected.slice(0, cap),
  });
}

/** One-line rendering of a row for evidence text. */
export function formatRow(row: readonly SqlCell[]): string {
  return `(${row.map((c) => (c === null ? 'NULL' : c instanceof Uint8Array ? `<blob ${c.length} bytes>` : typeof c === 'string' ? `'${c}'` : String(c))).join(', ')})`;
}
