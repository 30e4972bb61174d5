// Renderer: the one-page scorecard for a candidate (dimensions, overall, decision, red flags, key evidence,
// reviewers' ratings, summaries and notes), laid out for print: the reviewer prints it or saves it as PDF from the
// print dialog; tests print it with Chromium. The panel's part shows only once the reader has submitted (open).
import { useState } from 'react';
import { savePageAsPdf } from '../../host/desktop-shell';
import type { ComparedCandidate } from './compare-model';
import { decisionLabel } from './panel-text';
import { dimensionRatingText, nearestAnchor, overallText } from './scales';

export function PrintableScorecard({ token, candidate, integrity, onBack }: { token: string; candidate: ComparedCandidate; integrity: string; onBack(): void }) {
  const [pdfNote, setPdfNote] = useState<{ error: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  async function savePdf() {
    setSaving(true);
    setPdfNote(null);
    try {
      const outcome = await savePageAsPdf(token, `scorecard ${candidate.summary.candidateName}`);
      if (outcome.kind === 'saved') setPdfNote({ error: false, text: `Saved ${outcome.path}.` });
      else if (outcome.kind === 'failed') setPdfNote({ error: true, text: `The PDF was not saved. ${outcome.message}` });
    } finally {
      setSaving(false);
    }
  }
  const { summary, scorecard, review, panel } = candidate;
  const open = panel?.state === 'open';
  const nameOf = new Map((panel?.reviewers ?? []).map((r) => [r.id, r.name] as const));
  const panelRatings = (dimensionId: string) => {
    const ratings = panel?.dimensions.find((d) => d.dimensionId === dimensionId)?.ratings ?? [];
    if (ratings.every((r) => r.rating === null)) return '—';
    return ratings.map((r) => `${nameOf.get(r.reviewerId) ?? '?'} ${r.rating === null ? '—' : Number.isInteger(r.rating) ? r.rating : r.rating.toFixed(1)}`).join(' · ');
  };
  const panelNotes = (panel?.dimensions ?? []).flatMap((d) => d.ratings.filter((r) => r.note.trim()).map((r) => `${nameOf.get(r.reviewerId) ?? '?'} on ${d.title}: ${r.note}`));
  const flagged = new Set((panel?.dimensions ?? []).filter((d) => d.disagreement).map((d) => d.dimensionId));
  // Dimensions no exercise of this session spoke to take one line, not a row each, so the page stays one page.
  const hasPanelRating = (id: string) => (panel?.dimensions.find((d) => d.dimensionId === id)?.ratings ?? []).some((r) => r.rating !== null);
  const rated = scorecard.dimensions.filter((d) => d.finalRating !== null || hasPanelRating(d.dimensionId));
  const unrated = scorecard.dimensions.filter((d) => !rated.includes(d));
  const flags = scorecard.redFlags ?? [];
  const evidence = scorecard.signals.filter((s) => s.kind !== 'red-flag').slice(0, 6);
  const notes = (review?.audit ?? []).filter((a) => a.action.note.trim());
  return (
    <div data-testid="printable-scorecard">
      <div className="compare-actions no-print">
        <button type="button" className="link-button" onClick={onBack}>
          ← Back to the comparison
        </button>
        <button type="button" className="primary small" onClick={() => void savePdf()} disabled={saving}>
          {saving ? 'Saving the PDF…' : 'Print or save as PDF…'}
        </button>
        {pdfNote && (
          <span className={pdfNote.error ? 'form-error' : 'form-notice'} role={pdfNote.error ? 'alert' : 'status'}>
            {pdfNote.text}
          </span>
        )}
      </div>
      <article className="printable-scorecard" aria-labelledby="print-title">
        <h1 id="print-title">Scorecard: {summary.candidateName}</h1>
        <p>
          {summary.planTitle} · {new Date(summary.createdAt).toLocaleDateString()} · variants {summary.variants.map((v) => `${v.exerciseId} (${v.variantId})`).join(', ')} · integrity: {integrity}
        </p>
        <p data-testid="print-overall">
          <strong>Overall {overallText(scorecard.overall.finalScore)}</strong> (covers {scorecard.overall.coveredWeight} of 100 weight points)
        </p>
        {open && (
          <p data-testid="print-decision">
            <strong>Decision: {decisionLabel(panel.decision?.decision)}</strong>
            {panel.decision && ` (${panel.decision.by}, ${new Date(panel.decision.at).toLocaleDateString()}): ${panel.decision.rationale}`}
          </p>
        )}
        <h2>Dimensions (1–5)</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Weight</th>
              <th scope="col">Rating</th>
              <th scope="col">What that level looks like</th>
              {open && <th scope="col">Panel ratings</th>}
            </tr>
          </thead>
          <tbody>
            {rated.map((d) => (
              <tr key={d.dimensionId}>
                <td>{d.title}</td>
                <td>{d.weight}</td>
                <td>{dimensionRatingText(d.finalRating)}</td>
                <td>{nearestAnchor(d.finalRating, d.levels)}</td>
                {open && (
                  <td>
                    {panelRatings(d.dimensionId)}
                    {flagged.has(d.dimensionId) && <strong> (disagreement)</strong>}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {unrated.length > 0 && <p className="small-text">No evidence in this session for {unrated.map((d) => `${d.title} (weight ${d.weight})`).join(', ')}.</p>}
        <h2>Red flags</h2>
        {flags.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul>
            {flags.map((f, i) => (
              <li key={i}>
                {f.title}
                {f.cleared ? ` (cleared by ${f.cleared.reviewer}: ${f.cleared.note})` : ` (open: caps ${f.cappedDimensions.join(', ')} at ${f.capRating} of 5)`}
              </li>
            ))}
          </ul>
        )}
        <h2>Key evidence</h2>
        {evidence.length === 0 ? (
          <p>No signals recorded.</p>
        ) : (
          <ul>
            {evidence.map((s, i) => (
              <li key={i}>
                {s.kind === 'strong' ? 'Strength' : 'Concern'}: {s.title}
                {s.evidence[0] ? ` (${s.evidence[0].label})` : ''}
              </li>
            ))}
          </ul>
        )}
        {open && (
          <>
            <h2>Reviewers’ recommendations and summaries</h2>
            <ul>
              {(panel.submissions ?? []).map((s, i) => (
                <li key={i}>
                  {s.name}, {new Date(s.at).toLocaleDateString()}: {decisionLabel(s.recommendation)}. {s.summary}
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>Reviewers’ notes</h2>
        {notes.length + panelNotes.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <ul>
            {panelNotes.map((n, i) => (
              <li key={`p${i}`}>{n}</li>
            ))}
            {notes.map((a, i) => (
              <li key={i}>
                {a.reviewer}, {new Date(a.at).toLocaleDateString()}: {a.action.note}
              </li>
            ))}
          </ul>
        )}
      </article>
    </div>
  );
}
