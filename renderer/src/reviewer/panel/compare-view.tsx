// Renderer: the hiring panel's comparison: selected candidates side by side per dimension and overall (sortable),
// a grouped bar chart, red flags, integrity, variants, the panel's decision, reviewer notes and summaries a click
// away; CSV/JSON exports; printable scorecards.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { SessionSummary } from '../../../../contract/host-api';
import { downloadTextFile } from '../../components/download';
import { errorMessage, host } from '../../host/host-client';
import { compareRow, scoresCsv, scoresJson, sortRows, type ComparedCandidate, type CompareSort } from './compare-model';
import { FeedbackView } from './feedback-view';
import { PrintableScorecard } from './printable-scorecard';
import { dimensionRatingText } from './scales';
import './panel.css';

const ScoreChart = lazy(() => import('./score-chart'));

async function loadCandidate(token: string, summary: SessionSummary): Promise<ComparedCandidate | null> {
  const r = await host.getSessionForReview({ token, sessionId: summary.sessionId });
  const panel = await host.getPanel({ token, sessionId: summary.sessionId }).catch(() => null);
  if (r.scorecard && r.review?.gradedAt) return { summary, scorecard: r.scorecard, review: r.review, panel };
  if (r.session.status !== 'submitted') return null;
  const graded = await host.gradeSession({ token, sessionId: summary.sessionId });
  return { summary, scorecard: graded.scorecard, review: graded.review, panel };
}

export function CompareView({ token, summaries, integrityOf, onBack, onOpen }: { token: string; summaries: SessionSummary[]; integrityOf(s: SessionSummary): string; onBack(): void; onOpen(sessionId: string): void }) {
  const [candidates, setCandidates] = useState<ComparedCandidate[] | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<CompareSort>({ key: 'overall', descending: true });
  const [printing, setPrinting] = useState<string | null>(null);
  const [feedbackFor, setFeedbackFor] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all(summaries.map((s) => loadCandidate(token, s))).then(
      (loaded) => {
        if (!live) return;
        setCandidates(loaded.filter((c): c is ComparedCandidate => c !== null));
        setSkipped(summaries.filter((_, i) => loaded[i] === null).map((s) => s.candidateName));
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [token, summaries]);

  const dimensions = useMemo(() => (candidates?.[0]?.scorecard.dimensions ?? []).map((d) => ({ dimensionId: d.dimensionId as string, title: d.title })), [candidates]);
  const rows = useMemo(() => sortRows((candidates ?? []).map((c) => compareRow(c, integrityOf(c.summary))), sort), [candidates, sort, integrityOf]);

  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!candidates) return <p role="status">Loading and grading the selected sessions…</p>;
  if (feedbackFor) return <FeedbackView token={token} sessionId={feedbackFor} onBack={() => setFeedbackFor(null)} />;
  const printed = printing ? candidates.find((c) => c.summary.sessionId === printing) : undefined;
  if (printed) return <PrintableScorecard token={token} candidate={printed} integrity={integrityOf(printed.summary)} onBack={() => setPrinting(null)} />;

  const sortButton = (key: string, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="link-button sort" onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'candidate' })}>
          {label}
          {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <section className="compare-view" aria-labelledby="compare-title" data-testid="compare-view">
      <button type="button" className="link-button" onClick={onBack}>
        ← All sessions
      </button>
      <h1 id="compare-title">Compare {rows.length} candidates</h1>
      <p className="muted small-text">Overall 0–100; dimensions 1–5 (your final ratings, with your ratings and overrides). The decision and other reviewers’ recommendations show once you have submitted your own ratings for that candidate. Click a column to sort.</p>
      {skipped.length > 0 && <p className="form-notice">Not compared (still in progress): {skipped.join(', ')}.</p>}
      <div className="compare-actions">
        <button type="button" className="secondary small" onClick={() => downloadTextFile(`scores-${stamp}.csv`, scoresCsv(rows, dimensions), 'text/csv')}>
          Export scores as CSV
        </button>
        <button type="button" className="secondary small" onClick={() => downloadTextFile(`scores-${stamp}.json`, scoresJson(rows, dimensions, new Date().toISOString()))}>
          Export scores as JSON
        </button>
      </div>
      <div className="compare-scroll">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              {sortButton('candidate', 'Candidate')}
              {sortButton('overall', 'Overall')}
              {dimensions.map((d) => sortButton(d.dimensionId, d.title))}
              <th scope="col">Decision</th>
              <th scope="col">Red flags</th>
              <th scope="col">Integrity</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.sessionId} data-testid="compare-row">
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(r.sessionId)}>
                    {r.candidateName}
                  </button>
                  <div className="muted small-text">{r.variants}</div>
                  <details>
                    <summary className="small-text">Notes ({r.notes.length})</summary>
                    {r.notes.length === 0 ? (
                      <p className="small-text muted">No reviewer notes yet.</p>
                    ) : (
                      <ul className="notes-list">
                        {r.notes.map((n, i) => (
                          <li key={i}>
                            {n.reviewer}: {n.note}
                          </li>
                        ))}
                      </ul>
                    )}
                  </details>
                  <button type="button" className="link-button small-text" onClick={() => setPrinting(r.sessionId)}>
                    Printable scorecard
                  </button>{' '}
                  <button type="button" className="link-button small-text" onClick={() => setFeedbackFor(r.sessionId)}>
                    Feedback sheet
                  </button>
                </td>
                <td className="num" data-testid="compare-overall">{r.overall === null ? '—' : r.overall}</td>
                {dimensions.map((d) => (
                  <td key={d.dimensionId} className="num" title={dimensionRatingText(r.ratings[d.dimensionId] ?? null)}>
                    {r.ratings[d.dimensionId] ?? '—'}
                  </td>
                ))}
                <td data-testid="compare-decision" className="decision-cell">
                  {r.decision ? (
                    <>
                      <strong>{r.decision.label}</strong>
                      <div className="muted small-text">by {r.decision.by}</div>
                    </>
                  ) : (
                    <span className="muted">{r.recommendations.length ? 'Not decided yet' : 'None you can see yet'}</span>
                  )}
                  {r.recommendations.length > 0 && (
                    <ul className="small-text" aria-label="Recommendations">
                      {r.recommendations.map((x) => (
                        <li key={x.reviewer}>
                          {x.reviewer}: {x.label}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={r.redFlags.some((f) => !f.cleared) ? 'bad' : undefined}>{r.redFlags.length === 0 ? 'None' : r.redFlags.map((f) => `${f.title}${f.cleared ? ' (cleared)' : ''}`).join('; ')}</td>
                <td className={r.integrityTone}>{r.integrity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Suspense fallback={<p className="muted">Loading the chart…</p>}>
        <ScoreChart rows={rows} dimensions={dimensions} />
      </Suspense>
    </section>
  );
}
