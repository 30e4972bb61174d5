// Renderer: stored sessions for the reviewer (search, sort, status, score, red flags), and importing session files.
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { SessionSummary } from '../../../contract/host-api';
import { exerciseTitle } from '../../../assessment/exercise-registry';
import { readTextFile } from '../components/download';
import { errorMessage, host, HostCallError } from '../host/host-client';
import { useReviewerState } from './reviewer-state';

type SortKey = 'date' | 'candidate' | 'score';

export function statusLabel(s: SessionSummary): string {
  if (s.status === 'in-progress') return 'In progress';
  return s.review.state === 'reviewed' ? 'Reviewed' : s.review.state === 'graded' ? 'Graded' : 'Submitted';
}

export function SessionList({ token, onOpen }: { token: string; onOpen(sessionId: string): void }) {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('date');

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
        const { summary } = await host.importSession({ token, fileName: file.name, content: await readTextFile(file) });
        setMessage({ kind: 'notice', text: `Imported ${file.name}: ${summary.candidateName}, ${summary.status}.` });
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

  return (
    <section className="session-list" aria-labelledby="sessions-title" onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <div className="section-head">
        <h1 id="sessions-title">Sessions</h1>
        <label className="button secondary">
          Import session files…
          <input type="file" multiple accept=".json,application/json" className="visually-hidden" data-testid="import-session-file" onChange={(e) => { void importFiles(e.target.files); e.target.value = ''; }} />
        </label>
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
          </div>
          <div className="table-scroll">
            <table className="sessions-table">
              <thead>
                <tr>
                  <th scope="col">Candidate</th>
                  <th scope="col">Started</th>
                  <th scope="col">Exercises and variants</th>
                  <th scope="col">Status</th>
                  <th scope="col">Overall</th>
                  <th scope="col">Red flags</th>
                  <th scope="col">Integrity</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => (
                  <tr key={s.sessionId} data-testid="session-row">
                    <td>
                      <button type="button" className="link-button" onClick={() => onOpen(s.sessionId)}>
                        {s.candidateName}
                      </button>
                      <div className="muted small-text">{s.source === 'imported' ? 'Imported' : 'This machine'}</div>
                    </td>
                    <td>{new Date(s.createdAt).toLocaleString()}</td>
                    <td className="small-text">{s.variants.map((v) => `${exerciseTitle(v.exerciseId)} (${v.variantId})`).join(', ')}</td>
                    <td>
                      <span className={`pill status-${s.review.state === 'not-graded' ? s.status : s.review.state}`}>{statusLabel(s)}</span>
                    </td>
                    <td className="num">{s.review.overallScore === null ? '—' : `${Math.round(s.review.overallScore)} / 100`}</td>
                    <td className={s.review.redFlags.length ? 'bad' : undefined} title={s.review.redFlags.join('\n')}>
                      {s.review.state === 'not-graded' ? '—' : s.review.redFlags.length}
                    </td>
                    <td className={s.integrity.ok ? 'ok' : 'bad'} title={s.integrity.message}>
                      {s.integrity.ok ? 'Verified' : 'Broken'}
                    </td>
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
