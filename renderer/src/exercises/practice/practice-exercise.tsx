// Renderer: the practice question: a tiny table, a Monaco SQL editor, a result grid. Not scored.
import { lazy, Suspense, useEffect } from 'react';
import { PRACTICE_CONTENT } from '../../../../exercises/practice/practice-content';
import type { PracticeAnswer } from '../../../../exercises/practice/answer';
import { useSessionState } from '../../state/session-state';
import { useSqlRunner } from '../use-sql-runner';
import { QueryRunPanel } from '../query-run-panel';
import { ExtraStatementsWarning } from '../extra-statements-warning';
import { setSqlCompletions } from '../../editor/monaco-setup';

const CodeEditor = lazy(() => import('../../editor/code-editor'));

export default function PracticeExercise() {
  const saved = useSessionState((s) => s.answers.practice as PracticeAnswer | undefined);
  const query = saved?.query ?? PRACTICE_CONTENT.starterQuery;
  const { status, startError, last, run } = useSqlRunner('practice', PRACTICE_CONTENT.setupSql);

  useEffect(() => {
    setSqlCompletions(['pipeline_runs', 'run_id', 'pipeline', 'started_at', 'status', 'rows_loaded'].map((label, i) => ({ label, detail: i === 0 ? 'table' : 'pipeline_runs column', kind: i === 0 ? 'table' : 'column' })));
  }, []);

  const setQuery = (value: string) => useSessionState.getState().setAnswer('practice', { query: value } satisfies PracticeAnswer);
  const result = last?.ok ? last.results.at(-1) : undefined;
  const matches =
    result &&
    result.rows.length === PRACTICE_CONTENT.expectedRows.length &&
    result.rows.every((row, i) => row[0] === PRACTICE_CONTENT.expectedRows[i]?.[0] && Number(row[1]) === PRACTICE_CONTENT.expectedRows[i]?.[1]);

  return (
    <div className="exercise practice" data-testid="practice-exercise">
      <div className="exercise-head">
        <h1>{PRACTICE_CONTENT.title}</h1>
        <span className="pill">Not scored</span>
      </div>
      <p className="lead">{PRACTICE_CONTENT.prompt}</p>
      <details className="schema-note">
        <summary>Table: pipeline_runs</summary>
        <p>run_id INTEGER, pipeline TEXT, started_at TEXT, status TEXT (success, failed, running), rows_loaded INTEGER</p>
      </details>
      <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
        <CodeEditor language="sql" value={query} onChange={setQuery} onRun={() => void run(query)} ariaLabel="SQL editor for the practice question" height="220px" testId="practice-editor"
          onPaste={(p) => useSessionState.getState().record({ type: 'paste', exerciseId: 'practice', data: p })}
          marker={last && !last.ok && last.position ? { ...last.position, message: last.message } : null} />
      </Suspense>
      <ExtraStatementsWarning sql={query} />
      <QueryRunPanel status={status} last={last} onRun={() => void run(query)} caption="Practice query result" statusText={status === 'ready' ? 'SQLite ready' : status === 'failed' ? (startError ?? '') : ''} />
      {result && (
        <p className={matches ? 'form-notice' : 'muted'} role="status" data-testid="practice-feedback">
          {matches ? 'That matches the expected answer. You are ready for the real exercises.' : 'Not quite the expected result yet; this is practice, so try again or move on.'}
        </p>
      )}
    </div>
  );
}
