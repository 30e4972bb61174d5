// Renderer: the Run button, runner status, SQLite's error with its position, and the result grid, shared by the
// practice question, the SQL exercise's tile query and its scratch console.
import type { ReactNode } from 'react';
import { ResultGrid } from '../components/result-grid';
import type { SqlRunOutcome } from '../workers/sql/sql-client';
import type { RunnerStatus } from './use-sql-runner';

interface Props {
  status: RunnerStatus;
  statusText: string;
  last: SqlRunOutcome | null;
  onRun(): void;
  caption: string;
  /** Extra toolbar buttons (e.g. Reset database). */
  actions?: ReactNode;
  /** Shown under the result when the last run changed the data (a notice with a Reset button). */
  changedNotice?: ReactNode;
  /** Test ids are `${testIdPrefix}run-query` etc., so two panels on one screen stay distinguishable. */
  testIdPrefix?: string;
  runLabel?: string;
}

export function QueryRunPanel({ status, statusText, last, onRun, caption, actions, changedNotice, testIdPrefix = '', runLabel = 'Run' }: Props) {
  const result = last?.ok ? last.results.at(-1) : undefined;
  return (
    <>
      <div className="toolbar">
        <button type="button" className="primary" onClick={onRun} disabled={status !== 'ready'} data-testid={`${testIdPrefix}run-query`}>
          {status === 'running' ? 'Running…' : status === 'starting' ? 'Starting SQLite…' : runLabel} <kbd>Ctrl+Enter</kbd>
        </button>
        {actions}
        <span className="muted" data-testid={`${testIdPrefix}sql-status`} data-status={status}>
          {statusText}
        </span>
      </div>
      {last && !last.ok && (
        <p className="query-error" role="alert" data-testid={`${testIdPrefix}query-error`}>
          {last.message}
          {last.position && ` (line ${last.position.line}, column ${last.position.column})`}
        </p>
      )}
      {last?.ok && last.databaseChanged && changedNotice}
      {result && <ResultGrid result={result} ms={last?.ok ? last.ms : undefined} caption={caption} testId={`${testIdPrefix}result-grid`} />}
      {last?.ok && !result && (
        <p className="muted" data-testid={`${testIdPrefix}no-result-set`}>
          The statement ran. It is not a query, so there are no rows to show.
        </p>
      )}
    </>
  );
}
