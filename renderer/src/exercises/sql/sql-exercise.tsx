// Renderer: the SQL debugging exercise: complaint, tile, schema, the tile query in Monaco, a scratch console,
// explanation and checks.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { buildSqlDatabaseScript, getSqlVariant, sqlStarterAnswer, SQL_SCHEMA, type SqlAnswer } from '../../../../exercises/sql';
import { setSqlCompletions } from '../../editor/monaco-setup';
import { useSessionState } from '../../state/session-state';
import type { SqlResultSet } from '../../workers/sql/sql-protocol';
import { useSqlRunner } from '../use-sql-runner';
import { QueryRunPanel } from '../query-run-panel';
import { ExtraStatementsWarning } from '../extra-statements-warning';
import { DashboardTile } from './dashboard-tile';
import { SchemaBrowser } from './schema-browser';
import { ValidationChecks } from './validation-checks';
import { ScratchConsole } from './scratch-console';
import { SQL_TEXT_LIMIT } from '../../../../exercises/sql/answer';
import { LimitedTextarea } from '../../editor/limited-textarea';
import './sql-exercise.css';

const CodeEditor = lazy(() => import('../../editor/code-editor'));

export default function SqlExercise({ variantId }: { variantId: string }) {
  const variant = useMemo(() => getSqlVariant(variantId), [variantId]);
  const setupSql = useMemo(() => buildSqlDatabaseScript(variant.dataset), [variant]);
  const saved = useSessionState((s) => s.answers.sql as SqlAnswer | undefined);
  const answer = saved ?? sqlStarterAnswer(variant);
  const { status, startError, last, run, reset, databaseChanged, dataVersion } = useSqlRunner('sql', setupSql);
  const [rowCounts, setRowCounts] = useState<Record<string, number | null>>({});
  const countedVersion = useRef(-1);
  const [tileResult, setTileResult] = useState<SqlResultSet | null>(null);

  const setAnswer = (patch: Partial<SqlAnswer>) => useSessionState.getState().setAnswer('sql', { ...answer, ...patch });

  useEffect(() => {
    setSqlCompletions(SQL_SCHEMA.flatMap((t) => [{ label: t.name, detail: t.description, kind: 'table' as const }, ...t.columns.map((c) => ({ label: c.name, detail: `${t.name}.${c.name} ${c.type}`, kind: 'column' as const }))]));
  }, []);

  // Once SQLite is up, and again whenever a run changed the data or it was reset: count rows for the schema browser
  // (a table that no longer answers was dropped). The tile is drawn from the saved query on arrival only.
  useEffect(() => {
    if (status !== 'ready' || countedVersion.current === dataVersion) return;
    const firstCount = countedVersion.current < 0;
    countedVersion.current = dataVersion;
    void (async () => {
      const counts: Record<string, number | null> = {};
      for (const t of SQL_SCHEMA) {
        const r = await run(`SELECT COUNT(*) FROM ${t.name}`, 'row-count', false);
        counts[t.name] = r?.ok ? Number(r.results[0]?.rows[0]?.[0] ?? 0) : null;
      }
      setRowCounts(counts);
      // Drawing the tile on arrival is the app's doing, not an attempt by the candidate: it is not recorded.
      if (firstCount) await run(answer.query, 'query', false);
    })();
  }, [status, dataVersion, run, answer.query]);

  const lastResult = last?.ok ? (last.results.at(-1) ?? null) : null;
  useEffect(() => {
    if (lastResult) setTileResult(lastResult);
  }, [lastResult]);

  const runQuery = () => void run(answer.query, 'query');
  const changedNotice = (
    <div className="banner warning data-changed" role="alert" data-testid="data-changed-notice">
      <p>
        That statement changed the exercise data (rows or tables), so results from now on differ from what the stakeholder's dashboard reads. The schema
        list shows the current state. Your graded query always runs on the original data.
      </p>
      <button type="button" className="secondary small" onClick={() => void reset()} disabled={status !== 'ready'}>
        Reset database
      </button>
    </div>
  );

  return (
    <div className="exercise sql-exercise" data-testid="sql-exercise">
      <div className="exercise-head">
        <h1>{variant.title}</h1>
      </div>
      <div className="sql-layout">
        <div className="sql-context">
          <article className="message-card" aria-label="Message from the stakeholder">
            <header>
              <strong>{variant.complaint.from.name}</strong> <span className="muted">· {variant.complaint.from.role} · {variant.complaint.channel}</span>
              <div className="message-subject">{variant.complaint.subject}</div>
            </header>
            <p className="message-body">{variant.complaint.body}</p>
          </article>
          <DashboardTile tile={variant.tile} result={tileResult} stale={!!last && !last.ok && !!tileResult} />
          <SchemaBrowser rowCounts={rowCounts} />
        </div>
        <div className="sql-work">
          <section aria-labelledby="task-title">
            <h2 id="task-title">Your task</h2>
            <p className="task-text">{variant.prompt}</p>
          </section>
          <section aria-labelledby="query-title">
            <h2 id="query-title">The query behind the tile (your answer)</h2>
            <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
              <CodeEditor language="sql" value={answer.query} onChange={(query) => setAnswer({ query })} onRun={runQuery} ariaLabel="SQL editor: the tile's query" height="300px" testId="sql-editor" maxLength={SQL_TEXT_LIMIT}
                onPaste={(p) => useSessionState.getState().record({ type: 'paste', exerciseId: 'sql', data: { ...p, target: 'query' } })}
                marker={last && !last.ok && last.position ? { ...last.position, message: last.message } : null} />
            </Suspense>
            <ExtraStatementsWarning sql={answer.query} />
            <QueryRunPanel
              status={status}
              last={last}
              onRun={runQuery}
              caption="Query result"
              changedNotice={changedNotice}
              statusText={status === 'failed' ? (startError ?? '') : databaseChanged ? 'Your statements changed the data: Reset database restores it.' : status === 'ready' ? 'SQLite ready' : ''}
              actions={
                <button type="button" className="secondary" onClick={() => void reset()} disabled={status !== 'ready'} title="Reload the original data">
                  Reset database
                </button>
              }
            />
          </section>
          <ScratchConsole status={status} run={run} changedNotice={changedNotice} />
          <section aria-labelledby="explanation-title">
            <h2 id="explanation-title">
              <label htmlFor="sql-explanation">Explain each bug you found</label>
            </h2>
            <p className="muted" id="explanation-hint">For each problem: what was wrong, why it produced the numbers the stakeholder saw, and how you fixed it.</p>
            <LimitedTextarea id="sql-explanation" aria-describedby="explanation-hint" rows={8} value={answer.explanation} onText={(explanation) => setAnswer({ explanation })} maxLength={SQL_TEXT_LIMIT} data-testid="sql-explanation"
              onPasted={(chars) => useSessionState.getState().record({ type: 'paste', exerciseId: 'sql', data: { chars, target: 'explanation' } })} />
          </section>
          <ValidationChecks checks={answer.checks} onChange={(checks) => setAnswer({ checks })} run={run} disabled={status !== 'ready'} />
        </div>
      </div>
    </div>
  );
}
