// Pure (all processes): the one SQL execution contract the candidate's sql.js worker and the grader's sandbox share:
// which statement of a query runs, whether the data may change, how many rows come back, and how results compare.
// Both sides call `statementToRun` on the candidate's text, so "what ran for me" and "what was graded" cannot differ.
import { compareResultSets, DEFAULT_TOLERANCE, type CompareOptions, type ResultSet, type ResultDiff } from './compare-results';

export type { SqlCell } from './sql-cell';

export const SQL_EXECUTION = {
  /** Only the first statement of a query or check runs, in the candidate's editor and when grading alike. */
  statements: 'first',
  /**
   * The grader's data is read-only (SQLite's query_only, on a fresh copy per statement): a write is an error. The
   * candidate's data may change (their editor says so and Reset database restores it), because a destructive
   * statement run during the session is itself evidence the rubric reads (`databaseChanged` on the run event).
   */
  graderReadOnly: true,
  candidateReadOnly: false,
  /** What the candidate's result grid receives; the rest is counted, not sent. */
  candidateRowCap: 1_000,
  /** What the grader reads of a result; a bigger result is cut and flagged (no tile or check needs more). */
  graderRowCap: 5_000,
} as const;

/** Run on every fresh grading database after its data is loaded. */
export const READ_ONLY_PRAGMA = 'PRAGMA query_only = ON';

/** What either side answers when the text holds no statement at all (only comments or blank lines). */
export const NO_STATEMENT_MESSAGE = 'There is no statement to run: the editor holds only comments or blank lines.';

export interface SqlStatementSpan {
  /**
   * The statement's text with its terminating semicolon when it has one (comments inside it kept), so SQLite reports
   * an error in it exactly as it would in the whole text (`WHERE;` is 'near ";": syntax error', not 'incomplete input').
   */
  text: string;
  /** Offsets into the candidate's text: [start, end). */
  start: number;
  end: number;
}

/** True when a piece of SQL holds nothing SQLite would execute (only whitespace and comments). */
function isBlank(text: string): boolean {
  return text.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ').trim() === '';
}

/**
 * Splits SQL into statements at semicolons outside string literals ('…'), quoted identifiers ("…", `…`, […]) and
 * comments (-- and /* *\/), dropping pieces that hold only whitespace or comments. Trigger bodies (BEGIN … END with
 * inner semicolons) are not recognised: they are writes, which the read-only contract refuses anyway.
 */
export function splitSqlStatements(sql: string): SqlStatementSpan[] {
  const spans: SqlStatementSpan[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = sql.slice(start, end);
    if (!isBlank(text.replace(/;$/, ''))) spans.push({ text, start, end });
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`') {
      // A doubled quote inside is an escaped quote; an unterminated literal runs to the end (SQLite reports it).
      i++;
      while (i < sql.length) {
        if (sql[i] === c) {
          if (sql[i + 1] === c) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === '[') {
      const close = sql.indexOf(']', i + 1);
      i = close < 0 ? sql.length : close + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i + 2);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === ';') {
      push(i + 1);
      start = i + 1;
      i++;
    } else i++;
  }
  push(sql.length);
  return spans;
}

export interface StatementToRun {
  /** The statement that runs, or null when the text holds none. */
  statement: SqlStatementSpan | null;
  /** Further statements, which do not run (the editor warns about them). */
  ignored: SqlStatementSpan[];
}

/** Which part of a candidate's query runs, here and in grading: the first statement, nothing else. */
export function statementToRun(sql: string): StatementToRun {
  const [statement = null, ...ignored] = splitSqlStatements(sql);
  return { statement, ignored };
}

/** The warning the editor shows when a query holds more than one statement, or null when it holds at most one. */
export function extraStatementsWarning(sql: string): string | null {
  const { ignored } = statementToRun(sql);
  if (ignored.length === 0) return null;
  const n = ignored.length + 1;
  return `This editor holds ${n} statements. Only the first one runs, here and when your answer is graded; remove the others (a WITH clause can hold the steps of one query).`;
}

/** SQLite's refusal of a write on read-only data, in words a reviewer can read as evidence; others pass through. */
export function explainSqlError(message: string): string {
  return /attempt to write a readonly database/i.test(message)
    ? 'The data is read-only when grading: only queries run (SELECT, or WITH … SELECT); INSERT, UPDATE, DELETE or CREATE are refused.'
    : message;
}

/** How a candidate's result is judged against the expected one: columns by position, rows as a multiset unless the variant says order matters, numbers within a small tolerance. */
export function compareQueryResults(expected: ResultSet, actual: ResultSet, resultOrderMatters: boolean, options: Omit<CompareOptions, 'ordered'> = {}): ResultDiff {
  return compareResultSets(expected, actual, { tolerance: DEFAULT_TOLERANCE, ...options, ordered: resultOrderMatters });
}
