// Renderer: the SQL debugging exercise: complaint, tile, schema, the query in Monaco, explanation and checks.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
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

const CodeEditor = lazy(() => import('../../editor/code-editor'));

export default function SqlExercise({ variantId }: { variantId: string }) {
  const variant = useMemo(() => getSqlVariant(variantId), [variantId]);
  const setupSql = useMemo(() => buildSqlDatabaseScript(variant.dataset), [variant]);
  const saved = useSessionState((s) => s.answers.sql as SqlAnswer | undefined);
  const answer = saved ?? sqlStarterAnswer(variant);
  const { status, startError, last, run, reset, databaseChanged } = useSqlRunner('sql', setupSql);
  const [rowCounts, setRowCounts] = useState<Record<string, number>>({});
  const [tileResult, setTileResult] = useState<SqlResultSet | null>(null);

  const setAnswer = (patch: Partial<SqlAnswer>) => useSessionState.getState().setAnswer('sql', { ...answer, ...patch });

  useEffect(() => {
    setSqlCompletions(SQL_SCHEMA.flatMap((t) => [{ label: t.name, detail: t.description, kind: 'table' as const }, ...t.columns.map((c) => ({ label: c.name, detail: `${t.name}.${c.name} ${c.type}`, kind: 'column' as const }))]));
  }, []);

  // Once SQLite is up: count rows for the schema browser and draw the tile from the current query.
  useEffect(() => {
    if (status !== 'ready' || Object.keys(rowCounts).length > 0) return;
    void (async () => {
      const counts: Record<string, number> = {};
      for (const t of SQL_SCHEMA) {
        const r = await run(`SELECT COUNT(*) FROM ${t.name}`, 'row-count', false);
        if (r?.ok) counts[t.name] = Number(r.results[0]?.rows[0]?.[0] ?? 0);
      }
      setRowCounts(counts);
      // Drawing the tile on arrival is the app's doing, not an attempt by the candidate: it is not recorded.
      await run(answer.query, 'query', false);
    })();
  }, [status, rowCounts, run, answer.query]);

  const lastResult = last?.ok ? (last.results.at(-1) ?? null) : null;
  useEffect(() => {
    if (lastResult) setTileResult(lastResult);
  }, [lastResult]);

  const runQuery = () => void run(answer.query, 'query');

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
            <h2 id="query-title">The query behind the tile</h2>
            <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
              <CodeEditor language="sql" value={answer.query} onChange={(query) => setAnswer({ query })} onRun={runQuery} ariaLabel="SQL editor: the tile's query" height="300px" testId="sql-editor"
                onPaste={(p) => useSessionState.getState().record({ type: 'paste', exerciseId: 'sql', data: { ...p, target: 'query' } })}
                marker={last && !last.ok && last.position ? { ...last.position, message: last.message } : null} />
            </Suspense>
            <ExtraStatementsWarning sql={answer.query} />
            <QueryRunPanel
              status={status}
              last={last}
              onRun={runQuery}
              caption="Query result"
              statusText={status === 'failed' ? (startError ?? '') : databaseChanged ? 'Your statements changed the data: Reset database restores it.' : status === 'ready' ? 'SQLite ready' : ''}
              actions={
                <button type="button" className="secondary" onClick={() => void reset()} disabled={status !== 'ready'} title="Reload the original data">
                  Reset database
                </button>
              }
            />
          </section>
          <section aria-labelledby="explanation-title">
            <h2 id="explanation-title">
              <label htmlFor="sql-explanation">Explain each bug you found</label>
            </h2>
            <p className="muted" id="explanation-hint">For each problem: what was wrong, why it produced the numbers the stakeholder saw, and how you fixed it.</p>
            <textarea id="sql-explanation" aria-describedby="explanation-hint" rows={8} value={answer.explanation} onChange={(e) => setAnswer({ explanation: e.target.value })} maxLength={50_000} data-testid="sql-explanation"
              onPaste={(e) => useSessionState.getState().record({ type: 'paste', exerciseId: 'sql', data: { chars: e.clipboardData.getData('text').length, target: 'explanation' } })} />
          </section>
          <ValidationChecks checks={answer.checks} onChange={(checks) => setAnswer({ checks })} run={run} disabled={status !== 'ready'} />
        </div>
      </div>
    </div>
  );
}
