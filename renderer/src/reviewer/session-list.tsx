// Renderer: stored sessions for the reviewer (search, sort, status, score, red flags, integrity, my review, the
// panel and its decision), importing session files, and exchanging review files with other reviewers.
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { SessionSummary } from '../../../contract/host-api';
import { exerciseTitle } from '../../../assessment/exercise-registry';
import { errorMessage, host, HostCallError } from '../host/host-client';
import { importSessionFile } from '../host/session-file-transfer';
import { integrityTone } from './integrity-tone';
import { useReviewerState } from './reviewer-state';
import { CompareView } from './panel/compare-view';
import { decisionLabel, myReviewText, panelCellText } from './panel/panel-text';
import { ExchangeReportView, ReviewExchange, type ExchangeReport } from './panel/review-exchange';
import './panel/panel.css';

type SortKey = 'date' | 'candidate' | 'score';

export function statusLabel(s: SessionSummary): string {
  if (s.status === 'in-progress') return 'In progress';
  if (s.review.state === 'stale') return 'Newer copy, grading again';
  return s.review.state === 'reviewed' ? 'Reviewed' : s.review.state === 'graded' ? 'Graded' : 'Submitted';
}

/** Verified: chain, plan and seal all check out here. Otherwise what this machine can and cannot vouch for. */
export function integrityLabel(s: SessionSummary): string {
  if (s.integrity.ok) return 'Verified';
  switch (s.integrity.sealState) {
    case 'legacy':
      return 'Legacy (chain only)';
    case 'not-sealed':
      return 'Not sealed';
    case 'unverifiable':
      return 'Seal not checkable here';
    default:
      return 'Broken';
  }
}

export function SessionList({ token, onOpen }: { token: string; onOpen(sessionId: string): void }) {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [receipt, setReceipt] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState<SessionSummary[] | null>(null);
  const [exchange, setExchange] = useState<ExchangeReport | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSessions((await host.listSessions({ token })).sessions);
    } catch (e) {
      if (e instanceof HostCallError && e.code === 'forbidden') useReviewerState.getState().lock();
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }, [token]);

  useEffect(() => void refresh(), [refresh]);

  async function importFiles(files: FileList | File[] | null) {
    if (!files) return;
    for (const file of Array.from(files)) {
      try {
        const { summary, integrity, replaced } = await importSessionFile(token, file, receipt);
        const plan = `Plan prepared here: ${integrity.plan.preparedHere ? 'yes' : 'no'}.`;
        const seal = `Seal: ${integrity.format === 'legacy' ? 'none (legacy format: integrity limited to the event chain)' : integrity.seal.message}`;
        const receiptNote = integrity.notes.find((n) => n.startsWith('The receipt code')) ?? (integrity.receipt ? `Receipt code ${integrity.receipt}; compare it with the one recorded at hand-in.` : '');
        setMessage({ kind: 'notice', text: `Imported ${file.name}: ${summary.candidateName}, ${summary.status}${replaced ? ' (a newer copy of a stored session; its grades are redone)' : ''}. ${plan} ${seal} ${receiptNote}`.trim() });
        setReceipt('');
      } catch (e) {
        setMessage({ kind: 'error', text: `${file.name} was not imported. ${errorMessage(e)}` });
      }
    }
    await refresh();
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFiles(e.dataTransfer.files);
  };

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = (sessions ?? []).filter((s) => !q || s.candidateName.toLowerCase().includes(q) || s.variants.some((v) => v.variantId.includes(q)));
    const by: Record<SortKey, (a: SessionSummary, b: SessionSummary) => number> = {
      date: (a, b) => b.createdAt.localeCompare(a.createdAt),
      candidate: (a, b) => a.candidateName.localeCompare(b.candidateName),
      score: (a, b) => (b.review.overallScore ?? -1) - (a.review.overallScore ?? -1),
    };
    return [...list].sort(by[sort]);
  }, [sessions, query, sort]);

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (comparing) return <CompareView token={token} summaries={comparing} integrityOf={integrityLabel} onBack={() => { setComparing(null); void refresh(); }} onOpen={onOpen} />;

  return (
    <section className="session-list" aria-labelledby="sessions-title" onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <div className="section-head">
        <h1 id="sessions-title">Sessions</h1>
        <div className="page-head-actions">
          <ReviewExchange
            token={token}
            onReport={(report) => {
              setExchange(report);
              if (report.kind === 'results') void refresh();
            }}
          />
          <label className="button secondary">
            Import session files…
            <input type="file" multiple accept=".jsonl,.json,application/json,application/x-ndjson" className="visually-hidden" data-testid="import-session-file" onChange={(e) => { void importFiles(e.target.files); e.target.value = ''; }} />
          </label>
        </div>
      </div>
      {exchange && <ExchangeReportView report={exchange} onDismiss={() => setExchange(null)} />}
      <div className="list-controls">
        <label htmlFor="import-receipt">Receipt code from hand-in (optional, checked on import)</label>
        <input id="import-receipt" value={receipt} onChange={(e) => setReceipt(e.target.value)} placeholder="e.g. 7K3M-QX2D" maxLength={12} data-testid="import-receipt" autoComplete="off" />
      </div>
      <div className={dragging ? 'drop-zone active' : 'drop-zone'}>Drop session files here to import them.</div>
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'form-notice'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="import-message">
          {message.text}
        </p>
      )}
      {sessions === null ? (
        <p role="status">Loading sessions…</p>
      ) : sessions.length === 0 ? (
        <p className="muted">No sessions yet. Sessions taken on this machine appear here; import files from other laptops.</p>
      ) : (
        <>
          <div className="list-controls">
            <label htmlFor="session-search">Search</label>
            <input id="session-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Candidate or variant" />
            <label htmlFor="session-sort">Sort by</label>
            <select id="session-sort" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
              <option value="date">Newest first</option>
              <option value="candidate">Candidate</option>
              <option value="score">Overall score</option>
            </select>
            <button type="button" className="primary small" disabled={selected.size < 2} onClick={() => setComparing((sessions ?? []).filter((s) => selected.has(s.sessionId)))} data-testid="compare-selected">
              Compare selected ({selected.size})
            </button>
          </div>
          <div className="table-scroll">
            <table className="sessions-table">
              <thead>
                <tr>
                  <th scope="col" className="col-select"><span className="visually-hidden">Select to compare</span></th>
                  <th scope="col" className="col-candidate">Candidate</th>
                  <th scope="col" className="col-status">Review</th>
                  <th scope="col" className="col-overall">Overall (0–100)</th>
                  <th scope="col" className="col-flags">Red flags</th>
                  <th scope="col" className="col-integrity">Integrity and seal</th>
                  <th scope="col" className="col-mine">My review</th>
                  <th scope="col" className="col-panel">Panel</th>
                  <th scope="col" className="col-decision">Decision</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => (
                  <tr key={s.sessionId} data-testid="session-row">
                    <td>
                      <input type="checkbox" aria-label={`Select ${s.candidateName} to compare`} checked={selected.has(s.sessionId)} onChange={() => toggle(s.sessionId)} />
                    </td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onOpen(s.sessionId)}>
                        {s.candidateName}
                      </button>
                      <div className="muted small-text">
                        {s.source === 'imported' ? 'Imported' : 'This machine'} · started {new Date(s.createdAt).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })}
                      </div>
                      <div className="muted small-text">{s.variants.map((v) => `${exerciseTitle(v.exerciseId)} (${v.variantId})`).join(', ')}</div>
                    </td>
                    <td>
                      <span className={`pill status-${s.review.state === 'not-graded' ? s.status : s.review.state}`} data-testid="review-state">{statusLabel(s)}</span>
                    </td>
                    <td className="num">{s.review.overallScore === null ? '—' : Math.round(s.review.overallScore)}</td>
                    <td className={s.review.redFlags.length ? 'bad' : undefined} title={s.review.redFlags.join('\n')} data-testid="red-flag-count">
                      {s.review.state === 'not-graded' ? '—' : s.review.redFlags.length}
                    </td>
                    <td className={integrityTone(s.integrity)} title={s.integrity.message} data-testid="integrity-cell">
                      {integrityLabel(s)}
                    </td>
                    <td data-testid="my-review-cell">{myReviewText(s.panel)}</td>
                    <td className={s.panel?.disagreements ? 'bad' : undefined} data-testid="panel-cell">
                      {panelCellText(s.panel)}
                    </td>
                    <td data-testid="decision-cell">{s.panel?.decision ? decisionLabel(s.panel.decision) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
