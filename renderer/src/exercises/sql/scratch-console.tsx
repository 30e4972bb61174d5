// Renderer: the SQL exercise's scratch console: a second editor and result grid for exploring the data. Its runs
// are recorded as exploration (`purpose: 'scratch'`), are never graded as the answer and never redraw the tile.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { SQL_SCHEMA } from '../../../../exercises/sql';
import { SQL_TEXT_LIMIT } from '../../../../exercises/sql/answer';
import { useSessionState } from '../../state/session-state';
import type { SqlRunOutcome } from '../../workers/sql/sql-client';
import { QueryRunPanel } from '../query-run-panel';
import type { RunnerStatus } from '../use-sql-runner';

const CodeEditor = lazy(() => import('../../editor/code-editor'));
const STARTER = `-- Scratch: explore the data here. This is not your answer and does not change the tile.\nSELECT * FROM ${SQL_SCHEMA[0]!.name} LIMIT 20;\n`;

interface Props {
  status: RunnerStatus;
  run(sql: string, purpose: string): Promise<SqlRunOutcome | null>;
  changedNotice: ReactNode;
}

/** Kept in this browser's storage per session, so a reload does not lose exploration (it is not part of the answer). */
function storageKey(sessionId: string | undefined): string {
  return `dpe.sql-scratch.${sessionId ?? 'none'}`;
}

export function ScratchConsole({ status, run, changedNotice }: Props) {
  const sessionId = useSessionState((s) => s.session?.sessionId);
  const [sql, setSql] = useState(() => localStorage.getItem(storageKey(sessionId)) ?? STARTER);
  const [last, setLast] = useState<SqlRunOutcome | null>(null);

  useEffect(() => {
    try {
      localStorage.setItem(storageKey(sessionId), sql);
    } catch {
      // Storage full or disabled: the scratch text still lives in the editor for this visit.
    }
  }, [sql, sessionId]);

  const runScratch = async () => {
    const outcome = await run(sql, 'scratch');
    if (outcome) setLast(outcome);
  };

  return (
    <section className="scratch-console" aria-labelledby="scratch-title" data-testid="scratch-console">
      <h2 id="scratch-title">Scratch console</h2>
      <p className="muted small-text" id="scratch-hint">
        Explore freely: what you run here is recorded as exploration, is not graded as your answer and never redraws the tile.
      </p>
      <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
        <CodeEditor language="sql" value={sql} onChange={setSql} onRun={() => void runScratch()} ariaLabel="SQL editor: scratch console (not graded)" height="160px" testId="scratch-editor" maxLength={SQL_TEXT_LIMIT}
          onPaste={(p) => useSessionState.getState().record({ type: 'paste', exerciseId: 'sql', data: { ...p, target: 'scratch' } })}
          marker={last && !last.ok && last.position ? { ...last.position, message: last.message } : null} />
      </Suspense>
      <QueryRunPanel status={status} last={last} onRun={() => void runScratch()} caption="Scratch result" statusText="" testIdPrefix="scratch-" runLabel="Run scratch" changedNotice={changedNotice} />
    </section>
  );
}
