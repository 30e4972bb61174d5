// Renderer: stored sessions for the reviewer, and importing session files (picker or drag and drop).
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { SessionSummary } from '../../../electron/contract/host-api';
import { exerciseInfo } from '../../../exercises/catalog';
import { readTextFile } from '../components/download';
import { errorMessage, host, HostCallError } from '../host/host-client';
import { useReviewerState } from './reviewer-state';

export function SessionList({ token }: { token: string }) {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);

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
        <div className="table-scroll">
          <table className="sessions-table">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Started</th>
                <th scope="col">Exercises and variants</th>
                <th scope="col">Status</th>
                <th scope="col">Integrity</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.sessionId} data-testid="session-row">
                  <td>{s.candidateName}</td>
                  <td>{new Date(s.createdAt).toLocaleString()}</td>
                  <td>{s.variants.map((v) => `${exerciseInfo(v.exerciseId).title} (${v.variantId})`).join(', ')}</td>
                  <td>
                    <span className={`pill status-${s.status}`}>{s.status === 'submitted' ? 'Submitted' : 'In progress'}</span>
                  </td>
                  <td className={s.integrity.ok ? 'ok' : 'bad'} title={s.integrity.message}>
                    {s.integrity.ok ? 'Verified' : 'Broken'}
                  </td>
                  <td>{s.source === 'imported' ? 'Imported' : 'This machine'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
