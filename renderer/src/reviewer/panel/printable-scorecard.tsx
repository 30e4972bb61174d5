// Renderer: the one-page scorecard for a candidate (dimensions, overall, red flags, key evidence, reviewers' notes),
// laid out for print: the reviewer prints it or saves it as PDF from the print dialog; tests print it with Chromium.
import type { ComparedCandidate } from './compare-model';
import { dimensionRatingText, nearestAnchor, overallText } from './scales';

export function PrintableScorecard({ candidate, integrity, onBack }: { candidate: ComparedCandidate; integrity: string; onBack(): void }) {
  const { summary, scorecard, review } = candidate;
  const flags = scorecard.redFlags ?? [];
  const evidence = scorecard.signals.filter((s) => s.kind !== 'red-flag').slice(0, 6);
  const notes = (review?.audit ?? []).filter((a) => a.action.note.trim());
  return (
    <div data-testid="printable-scorecard">
      <div className="compare-actions no-print">
        <button type="button" className="link-button" onClick={onBack}>
          ← Back to the comparison
        </button>
        <button type="button" className="primary small" onClick={() => window.print()}>
          Print or save as PDF…
        </button>
      </div>
      <article className="printable-scorecard" aria-labelledby="print-title">
        <h1 id="print-title">Scorecard: {summary.candidateName}</h1>
        <p>
          {summary.planTitle} · {new Date(summary.createdAt).toLocaleDateString()} · variants {summary.variants.map((v) => `${v.exerciseId} (${v.variantId})`).join(', ')} · integrity: {integrity}
        </p>
        <p data-testid="print-overall">
          <strong>Overall {overallText(scorecard.overall.finalScore)}</strong> (covers {scorecard.overall.coveredWeight} of 100 weight points)
        </p>
        <h2>Dimensions (1–5)</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Weight</th>
              <th scope="col">Rating</th>
              <th scope="col">What that level looks like</th>
            </tr>
          </thead>
          <tbody>
            {scorecard.dimensions.map((d) => (
              <tr key={d.dimensionId}>
                <td>{d.title}</td>
                <td>{d.weight}</td>
                <td>{dimensionRatingText(d.finalRating)}</td>
                <td>{nearestAnchor(d.finalRating, d.levels)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <h2>Reviewers’ notes</h2>
        {notes.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <ul>
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
