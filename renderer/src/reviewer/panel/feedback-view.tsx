// Renderer: the feedback sheet the hiring team can send a candidate (written and leak-scanned by the host), to read,
// copy or download as text.
import { useEffect, useState } from 'react';
import type { FeedbackSheet } from '../../../../contract/feedback';
import { downloadTextFile } from '../../components/download';
import { errorMessage, host } from '../../host/host-client';

export function FeedbackView({ token, sessionId, onBack }: { token: string; sessionId: string; onBack(): void }) {
  const [sheet, setSheet] = useState<FeedbackSheet | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    host.getCandidateFeedback({ token, sessionId }).then(setSheet, (e: unknown) => setError(errorMessage(e)));
  }, [token, sessionId]);

  return (
    <section aria-labelledby="feedback-title" data-testid="feedback-sheet">
      <button type="button" className="link-button" onClick={onBack}>
        ← Back to the comparison
      </button>
      <h1 id="feedback-title">Feedback for {sheet?.candidateName ?? 'the candidate'}</h1>
      <p className="muted small-text">Written from the scorecard; checked by the host for answer keys, hidden tests and seeded-bug notes before it is shown. Read it before sending.</p>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!sheet && !error && <p role="status">Writing the feedback sheet…</p>}
      {sheet && (
        <>
          <div className="compare-actions">
            <button type="button" className="secondary small" onClick={() => downloadTextFile(`feedback-${sheet.candidateName.replace(/[^\w-]+/g, '-')}.txt`, sheet.text, 'text/plain')}>
              Download as text
            </button>
          </div>
          {sheet.dimensions.map((d) => (
            <section key={d.dimensionId} aria-labelledby={`fb-${d.dimensionId}`} className="feedback-dimension">
              <h2 id={`fb-${d.dimensionId}`}>
                {d.title} <span className="muted small-text">{d.rating === null ? '' : `${Number.isInteger(d.rating) ? d.rating : d.rating.toFixed(1)} of 5`}</span>
              </h2>
              <div className="feedback-columns">
                <div>
                  <h3>What went well</h3>
                  {d.strengths.length ? <ul>{d.strengths.map((s, i) => <li key={i}>{s}</li>)}</ul> : <p className="muted">Nothing to single out yet.</p>}
                </div>
                <div>
                  <h3>What to work on</h3>
                  {d.toWorkOn.length ? <ul>{d.toWorkOn.map((s, i) => <li key={i}>{s}</li>)}</ul> : <p className="muted">Nothing in particular.</p>}
                </div>
              </div>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
