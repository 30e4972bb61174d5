// Host only: finds statements that would change or destroy warehouse data, in any position of the query or a check,
// and runs during the session that changed the database (recorded as `databaseChanged` in run events).
import type { ValidationCheck } from '../../exercises/sql/answer';
import type { Evidence } from '../../contract/scoring';

export interface SqlStatement {
  text: string;
  /** 1-based line of the statement's first character in the text it came from. */
  line: number;
}

export interface DestructiveStatement {
  verb: string;
  /** `the fixed query` or `check "name"`. */
  where: string;
  index: number;
  total: number;
  statement: SqlStatement;
}

/** Minimal view of a recorded run event (the rubric seam's GradedEvent fits it). */
export interface SqlRunEventLike {
  at: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * Splits on top-level semicolons, skipping string literals, quoted identifiers and comments, so a `;` or a `DELETE`
 * inside a string never counts. Comments and strings are blanked in the returned text, which only the verb scan reads.
 */
export function splitSqlStatements(sql: string): { text: string; scan: string; line: number }[] {
  const out: { text: string; scan: string; line: number }[] = [];
  let start = 0;
  let scan = '';
  let i = 0;
  const push = (end: number) => {
    const text = sql.slice(start, end);
    if (scan.replace(/;/g, '').trim()) {
      const lead = text.length - text.trimStart().length;
      out.push({ text: text.trim(), scan, line: sql.slice(0, start + lead).split('\n').length });
    }
    start = end + 1;
    scan = '';
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      scan += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end === -1 ? sql.length : end + 2;
      scan += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let j = i + 1;
      while (j < sql.length && !(sql[j] === close && sql[j + 1] !== close)) j += sql[j] === close ? 2 : 1;
      scan += c === "'" ? "''" : ' x ';
      i = j + 1;
    } else if (c === ';') {
      push(i);
      i++;
    } else {
      scan += c;
      i++;
    }
  }
  push(sql.length);
  return out;
}

/** The verb that makes a statement change data, or null for a read. `replace(...)` the function is a read. */
export function destructiveVerb(scan: string): string | null {
  const words = scan.toUpperCase().match(/[A-Z_][A-Z0-9_]*|\(/g) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (['DELETE', 'DROP', 'UPDATE', 'INSERT', 'ALTER', 'TRUNCATE'].includes(w)) return w;
    // REPLACE opens a statement (REPLACE INTO ...); followed by "(" it is the string function.
    if (w === 'REPLACE' && words[k + 1] !== '(') return w;
  }
  return null;
}

function scanText(where: string, sql: string): DestructiveStatement[] {
  const statements = splitSqlStatements(sql);
  return statements.flatMap((s, index) => {
    const verb = destructiveVerb(s.scan);
    return verb ? [{ verb, where, index: index + 1, total: statements.length, statement: { text: s.text, line: s.line } }] : [];
  });
}

export function findDestructiveStatements(query: string, checks: readonly ValidationCheck[]): DestructiveStatement[] {
  return [...scanText('the fixed query', query), ...checks.flatMap((c) => scanText(`check "${c.name || c.checkId}"`, c.sql))];
}

export function destructiveEvidence(found: DestructiveStatement): Evidence {
  const text = found.statement.text.replace(/\s+/g, ' ');
  return {
    kind: 'code-line',
    label: `${found.verb} in ${found.where} (statement ${found.index} of ${found.total})`,
    line: found.statement.line,
    detail: text.length > 300 ? `${text.slice(0, 300)}…` : text,
  };
}

/** Runs the candidate made that changed the database, with the SQL they ran and when. */
export function databaseChangingRuns(events: readonly SqlRunEventLike[]): Evidence[] {
  return events
    .filter((e) => e.type === 'run' && e.data.databaseChanged === true)
    .map((e) => {
      const sql = typeof e.data.sql === 'string' ? e.data.sql.replace(/\s+/g, ' ').trim() : '';
      const purpose = typeof e.data.purpose === 'string' ? e.data.purpose : 'run';
      return {
        kind: 'action' as const,
        label: `A ${purpose} run at ${e.at.slice(11, 19)} UTC changed the database`,
        detail: sql ? (sql.length > 300 ? `${sql.slice(0, 300)}…` : sql) : 'The run event does not carry its SQL.',
      };
    });
}
