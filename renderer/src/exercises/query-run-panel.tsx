// Renderer: the Run button, runner status, SQLite's error with its position, and the result grid, shared by the
// practice question and the SQL exercise.
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
}

export function QueryRunPanel({ status, statusText, last, onRun, caption, actions }: Props) {
  const result = last?.ok ? last.results.at(-1) : undefined;
  return (
    <>
      <div className="toolbar">
        <button type="button" className="primary" onClick={onRun} disabled={status !== 'ready'} data-testid="run-query">
          {status === 'running' ? 'Running…' : status === 'starting' ? 'Starting SQLite…' : 'Run'} <kbd>Ctrl+Enter</kbd>
        </button>
        {actions}
        <span className="muted" data-testid="sql-status" data-status={status}>
          {statusText}
        </span>
      </div>
      {last && !last.ok && (
        <p className="query-error" role="alert" data-testid="query-error">
          {last.message}
          {last.position && ` (line ${last.position.line}, column ${last.position.column})`}
        </p>
      )}
      {result && <ResultGrid result={result} ms={last?.ok ? last.ms : undefined} caption={caption} />}
      {last?.ok && !result && <p className="muted">The statement ran and returned no result set.</p>}
    </>
  );
}
