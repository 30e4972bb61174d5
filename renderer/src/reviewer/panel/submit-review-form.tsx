// Renderer: "Submit my ratings": the reviewer's own final dimension ratings (from their scorecard), a note per
// dimension, a recommendation and a summary; once submitted the panel opens for this reviewer.
import { useState, type FormEvent } from 'react';
import type { ScorecardResult } from '../../../../contract/review';
import { errorMessage, host } from '../../host/host-client';
import type { Decision, PanelView } from './panel-contract';
import { DECISION_OPTIONS, ratingWithAnchor } from './panel-text';
import './panel.css';

export function SubmitReviewForm({ token, sessionId, scorecard, panel, myId, onSubmitted }: { token: string; sessionId: string; scorecard: ScorecardResult; panel: PanelView | null; myId: string | null; onSubmitted(panel: PanelView): void }) {
  const mine = panel?.submissions?.filter((s) => s.reviewerId === myId).at(-1) ?? null;
  const myNote = (dimensionId: string) => panel?.dimensions?.find((d) => d.dimensionId === dimensionId)?.ratings.find((r) => r.reviewerId === myId)?.note ?? '';
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries(scorecard.dimensions.map((d) => [d.dimensionId, myNote(d.dimensionId)])));
  const [recommendation, setRecommendation] = useState<Decision | null>(mine?.recommendation ?? null);
  const [summary, setSummary] = useState(mine?.summary ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = scorecard.dimensions.reduce((n, d) => n + d.pendingCriterionIds.length, 0);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!recommendation) return setError('Choose your recommendation: strong hire, hire, no hire or strong no hire.');
    if (summary.trim().length < 10) return setError('Write a summary of at least 10 characters: what the evidence says about this candidate.');
    setBusy(true);
    try {
      const r = await host.submitReview({
        token,
        sessionId,
        notes: Object.entries(notes)
          .filter(([, note]) => note.trim())
          .map(([dimensionId, note]) => ({ dimensionId, note: note.trim() })),
        recommendation,
        summary: summary.trim(),
      });
      onSubmitted(r.panel);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel-form submit-review" onSubmit={submit} aria-labelledby="submit-title" data-testid="submit-review" noValidate aria-busy={busy}>
      <h2 id="submit-title">Submit my ratings</h2>
      {mine ? (
        <p className="form-notice" role="status">
          You submitted on {new Date(mine.at).toLocaleString()}. Submitting again records a revision; the panel marks it “revised after seeing the panel”.
        </p>
      ) : (
        <p className="muted">Your ratings are the final ratings on your Scorecard tab (change them there first). Other reviewers’ ratings stay hidden until you submit.</p>
      )}
      {pending > 0 && (
        <p className="pill warn" role="note">
          {pending} {pending === 1 ? 'criterion still waits' : 'criteria still wait'} for your rating on the Scorecard tab.
        </p>
      )}
      <table className="submit-table">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">My rating</th>
            <th scope="col">Note for the panel (optional)</th>
          </tr>
        </thead>
        <tbody>
          {scorecard.dimensions.map((d) => (
            <tr key={d.dimensionId} data-testid={`submit-${d.dimensionId}`}>
              <th scope="row">
                {d.title}
                <div className="muted small-text">weight {d.weight}</div>
              </th>
              <td className="wrap">{ratingWithAnchor(d.finalRating, d.levels)}</td>
              <td>
                <textarea aria-label={`Note on ${d.title}`} rows={2} maxLength={2000} value={notes[d.dimensionId] ?? ''} onChange={(e) => setNotes({ ...notes, [d.dimensionId]: e.target.value })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="decision-options">
        <legend>My recommendation</legend>
        {DECISION_OPTIONS.map((d) => (
          <label key={d.value} className="decision-option">
            <input type="radio" name="recommendation" value={d.value} checked={recommendation === d.value} onChange={() => setRecommendation(d.value)} />
            <span>
              <strong>{d.label}</strong> <span className="muted small-text">{d.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="review-summary">Summary (what the evidence says, at least 10 characters)</label>
      <textarea id="review-summary" rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Submitting…' : mine ? 'Submit a revision' : 'Submit my ratings'}
      </button>
    </form>
  );
}
