// Renderer: after submit: thanks, and the sealed session file for the interviewer.
import { useState } from 'react';
import { downloadTextFile } from '../components/download';
import { errorMessage, host } from '../host/host-client';
import { useSessionState } from '../state/session-state';

export function FinishedScreen() {
  const session = useSessionState((s) => s.session);
  const [message, setMessage] = useState<string | null>(null);

  async function exportFile() {
    if (!session) return;
    try {
      const { fileName, content } = await host.exportSession({ sessionId: session.sessionId });
      downloadTextFile(fileName, content);
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
        <p className="lead">Your answers are submitted and sealed. Nothing more is recorded.</p>
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
          Interviewer: when the file is safe, <button type="button" className="link-button" onClick={() => useSessionState.getState().setView('welcome')}>return to the start screen</button> for
          the next candidate. This session stays stored on this machine.
        </p>
      </section>
    </main>
  );
}
