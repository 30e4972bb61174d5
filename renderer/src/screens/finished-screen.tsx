// Renderer: after submit: thanks, the receipt code to show the proctor, and the sealed session file to export.
import { useEffect, useState } from 'react';
import { downloadTextFile } from '../components/download';
import { errorMessage } from '../host/host-client';
import { fetchSessionExport } from '../host/session-file-transfer';
import { useSessionState } from '../state/session-state';
import { forgetFinished, recallFinished, rememberFinished } from './finished-record';

/** `onStartScreen`: where "return to the start screen" goes when the screen was restored after a reload. */
export function FinishedScreen({ onStartScreen }: { onStartScreen?: () => void } = {}) {
  const live = useSessionState((s) => s.session);
  const session = live ? { sessionId: live.sessionId, candidateName: live.candidateName, receipt: live.receipt ?? null, timeUpAt: live.timeUpAt ?? null } : recallFinished();
  const [message, setMessage] = useState<string | null>(null);
  const sessionId = session?.sessionId;
  useEffect(() => {
    if (live && live.status === 'submitted') rememberFinished({ sessionId: live.sessionId, candidateName: live.candidateName, receipt: live.receipt ?? null, timeUpAt: live.timeUpAt ?? null });
  }, [live, sessionId]);

  async function exportFile() {
    if (!session) return;
    try {
      const { fileName, text } = await fetchSessionExport(session.sessionId);
      downloadTextFile(fileName, text, 'application/x-ndjson');
      setMessage(`Saved ${fileName}. Hand this file to your interviewer.`);
    } catch (e) {
      setMessage(errorMessage(e));
    }
  }

  return (
    <main className="welcome">
      <section className="welcome-card">
        <p className="eyebrow">Submitted</p>
        <h1>Thank you{session ? `, ${session.candidateName}` : ''}</h1>
        <p className="lead">
          {session?.timeUpAt ? 'The time ran out, so the app stopped the clock and sealed your work as it was.' : 'Your answers are submitted and sealed.'} Nothing more is recorded.
        </p>
        {session?.receipt && (
          <div className="receipt" data-testid="receipt">
            <p>Your receipt code. Show it to the proctor, who writes it down; it identifies exactly this sealed copy of your work.</p>
            <p className="receipt-code mono" style={{ fontSize: "2rem", letterSpacing: "0.15em", fontWeight: 700, margin: "0.25rem 0" }} data-testid="receipt-code" aria-label={`Receipt code ${session.receipt.split('').join(' ')}`}>
              {session.receipt}
            </p>
          </div>
        )}
        <p>If your interviewer asked for the session file, export it here; otherwise they will collect it from this machine.</p>
        <button type="button" className="primary" onClick={() => void exportFile()}>
          Export session file
        </button>
        {message && (
          <p className="form-notice" role="status">
            {message}
          </p>
        )}
        <p className="muted small-text">
          Interviewer: when the file is safe, <button type="button" className="link-button" onClick={() => {
          forgetFinished();
          if (onStartScreen) onStartScreen();
          else useSessionState.getState().setView('welcome');
        }}>return to the start screen</button> for
          the next candidate. This session stays stored on this machine.
        </p>
      </section>
    </main>
  );
}
