// Renderer: each exercise's final answer, read-only and highlighted, plus the closing reflection.
import { lazy, Suspense } from 'react';
import type { Session } from '../../../../contract/session';
import { exerciseInfo } from '../../../../assessment/catalog';
import type { SqlAnswer } from '../../../../exercises/sql/answer';
import type { PythonAnswer } from '../../../../exercises/python/answer';

const CodeEditor = lazy(() => import('../../editor/code-editor'));

export function AnswersPanel({ session }: { session: Session }) {
  const sql = session.answers.sql as SqlAnswer | undefined;
  const python = session.answers.python as PythonAnswer | undefined;
  return (
    <div className="answers" data-testid="answers">
      <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
        {session.plan.exercises.map(({ exerciseId, variantId }) => (
          <section key={exerciseId} aria-labelledby={`answer-${exerciseId}`}>
            <h2 id={`answer-${exerciseId}`}>
              {exerciseInfo(exerciseId).title} <span className="muted small-text">variant {variantId}</span>
            </h2>
            {exerciseId === 'sql' && sql ? (
              <>
                <h3>Fixed query</h3>
                <CodeEditor language="sql" value={sql.query} readOnly ariaLabel="Final SQL query (read-only)" height="260px" />
                <h3>Explanation</h3>
                <pre className="answer-text">{sql.explanation || '(empty)'}</pre>
                <h3>Validation checks ({sql.checks.length})</h3>
                {sql.checks.map((c) => (
                  <div key={c.checkId} className="check-readonly">
                    <strong>{c.name || c.checkId}</strong>
                    <CodeEditor language="sql" value={c.sql} readOnly ariaLabel={`Check ${c.name || c.checkId} (read-only)`} height="110px" />
                  </div>
                ))}
              </>
            ) : exerciseId === 'python' && python ? (
              <CodeEditor language="python" value={python.source} readOnly ariaLabel="Final ingest.py (read-only)" height="480px" />
            ) : exerciseId === 'practice' ? (
              <pre className="answer-text">{(session.answers.practice as { query?: string } | undefined)?.query ?? '(not attempted)'}</pre>
            ) : (
              <p className="muted">No answer saved.</p>
            )}
          </section>
        ))}
      </Suspense>
      <section aria-labelledby="answer-reflection">
        <h2 id="answer-reflection">Closing reflection</h2>
        <pre className="answer-text">{session.reflection?.trim() || '(left empty)'}</pre>
      </section>
    </div>
  );
}
