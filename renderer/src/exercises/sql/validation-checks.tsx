// Renderer: the candidate's validation checks: SQL that returns rows when something is wrong. Each runs on its own.
import { lazy, Suspense, useState } from 'react';
import type { ValidationCheck } from '../../../../exercises/sql';
import type { SqlRunOutcome } from '../../workers/sql/sql-client';
import { useSessionState } from '../../state/session-state';
import { ExtraStatementsWarning } from '../extra-statements-warning';
import { ResultGrid } from '../../components/result-grid';
import { SQL_TEXT_LIMIT } from '../../../../exercises/sql/answer';

const CodeEditor = lazy(() => import('../../editor/code-editor'));
const MAX_CHECKS = 20;

interface Props {
  checks: ValidationCheck[];
  onChange(checks: ValidationCheck[]): void;
  run(sql: string, purpose: string): Promise<SqlRunOutcome | null>;
  disabled: boolean;
}

function nextCheckId(checks: ValidationCheck[]): string {
  const used = new Set(checks.map((c) => c.checkId));
  for (let i = checks.length + 1; ; i++) if (!used.has(`check-${i}`)) return `check-${i}`;
}

export function ValidationChecks({ checks, onChange, run, disabled }: Props) {
  const [outcomes, setOutcomes] = useState<Record<string, SqlRunOutcome>>({});
  const update = (checkId: string, patch: Partial<ValidationCheck>) => onChange(checks.map((c) => (c.checkId === checkId ? { ...c, ...patch } : c)));

  async function runCheck(check: ValidationCheck) {
    const outcome = await run(check.sql, `check:${check.checkId}`);
    if (outcome) setOutcomes((o) => ({ ...o, [check.checkId]: outcome }));
  }

  return (
    <section className="checks" aria-labelledby="checks-title">
      <div className="section-head">
        <h2 id="checks-title">Validation checks</h2>
        <button
          type="button"
          className="secondary small"
          disabled={checks.length >= MAX_CHECKS}
          onClick={() => onChange([...checks, { checkId: nextCheckId(checks), name: '', sql: "-- Return the rows that are wrong; no rows means the data passed.\nSELECT\n" }])}
        >
          Add a check
        </button>
      </div>
      <p className="muted">A check is a query that returns no rows when the data is healthy and returns the offending rows when it is not. Name each check for what it protects.</p>
      <ol className="check-list">
        {checks.map((check, index) => {
          const outcome = outcomes[check.checkId];
          const rows = outcome?.ok ? (outcome.results.at(-1)?.rowCount ?? 0) : null;
          return (
            <li key={check.checkId} className="check" data-testid="validation-check">
              <div className="check-head">
                <label htmlFor={`check-name-${check.checkId}`} className="visually-hidden">
                  Name of check {index + 1}
                </label>
                <input id={`check-name-${check.checkId}`} value={check.name} placeholder={`Check ${index + 1}: what does it protect?`} onChange={(e) => update(check.checkId, { name: e.target.value })} maxLength={200} />
                <button type="button" className="secondary small" disabled={disabled} onClick={() => void runCheck(check)}>
                  Run check
                </button>
                <button type="button" className="link-button" onClick={() => onChange(checks.filter((c) => c.checkId !== check.checkId))} aria-label={`Remove check ${index + 1}`}>
                  Remove
                </button>
              </div>
              <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
                <CodeEditor
                  language="sql"
                  value={check.sql}
                  onChange={(sql) => update(check.checkId, { sql })}
                  onRun={() => void runCheck(check)}
                  onPaste={(p) => useSessionState.getState().record({ type: 'paste', exerciseId: 'sql', data: { ...p, target: `check:${check.checkId}` } })}
                  ariaLabel={`SQL for check ${index + 1}`}
                  height="130px"
                  maxLength={SQL_TEXT_LIMIT}
                />
              </Suspense>
              <ExtraStatementsWarning sql={check.sql} testId="check-extra-statements-warning" />
              {outcome && (
                <p className={!outcome.ok ? 'query-error' : rows ? 'check-fires' : 'check-passes'} role="status" data-testid="check-outcome">
                  {!outcome.ok ? outcome.message : rows ? `Returns ${rows} ${rows === 1 ? 'row' : 'rows'}: this check flags a problem in the current data. The rows it returned:` : 'Returns no rows: the current data passes this check.'}
                </p>
              )}
              {outcome?.ok && rows ? <ResultGrid result={outcome.results.at(-1)!} ms={outcome.ms} caption={`Rows returned by check ${index + 1}`} testId="check-rows" /> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
