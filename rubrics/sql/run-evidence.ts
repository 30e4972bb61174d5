// Host only: turns sandbox runs and result diffs into reviewer-readable evidence.
import type { Evidence } from '../../contract/scoring';
import { formatRow, type ResultDiff } from '../../exercises/sql/compare-results';
import type { SqlRunResult } from './sql-sandbox';

export function diffDetail(diff: ResultDiff): string {
  const parts = [diff.summary];
  if (diff.missingRows.length > 0) parts.push(`Missing: ${diff.missingRows.map(formatRow).join(', ')}`);
  if (diff.unexpectedRows.length > 0) parts.push(`Unexpected: ${diff.unexpectedRows.map(formatRow).join(', ')}`);
  return parts.join(' ');
}

export function runNotes(result: SqlRunResult): string {
  if (!result.ok) return '';
  const notes: string[] = [];
  if (result.ignoredExtraStatements) notes.push('Only the first statement was run; the rest was ignored.');
  if (result.truncated) notes.push('The result was cut off at the row limit.');
  return notes.length ? ` ${notes.join(' ')}` : '';
}

export function queryEvidence(
  kind: Evidence['kind'],
  label: string,
  result: SqlRunResult,
  diff: ResultDiff | undefined,
): Evidence {
  if (!result.ok) return { kind, label, passed: false, detail: `The query failed: ${result.error}` };
  return { kind, label, passed: diff?.equal ?? false, detail: `${diff ? diffDetail(diff) : ''}${runNotes(result)}`.trim() };
}

export function stripSqlComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}

export function normaliseSql(sql: string): string {
  return stripSqlComments(sql).replace(/\s+/g, ' ').replace(/\s*;\s*$/, '').trim().toLowerCase();
}
