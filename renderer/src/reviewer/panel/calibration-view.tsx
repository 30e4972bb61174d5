// Renderer: the Panel tab. Before the reader submits: who has submitted, and that ratings stay hidden. After: per
// dimension each reviewer's rating (with its anchored label) and note, the spread, a flag at two levels or more,
// the recommendations, conflicting review files, the decision (form for panel leads) and its history.
import type { PanelView } from './panel-contract';
import { Conflicts } from './conflict-resolver';
import { DecisionForm, DecisionHistory } from './decision-form';
import { decisionLabel, spreadText, submittedSentence } from './panel-text';
import { dimensionRatingText, nearestAnchor, overallText, type LevelAnchors } from './scales';
import './panel.css';

function RatingText({ rating, anchors }: { rating: number | null; anchors: LevelAnchors }) {
  if (rating === null) return <span className="muted">No evidence yet</span>;
  return (
    <>
      <strong>{dimensionRatingText(rating)}</strong>
      <span className="anchor-text">: {nearestAnchor(rating, anchors)}</span>
    </>
  );
}

function BlindNotice({ panel, myId, onGoSubmit }: { panel: PanelView; myId: string | null; onGoSubmit(): void }) {
  return (
    <section className="panel-blind" aria-labelledby="blind-title" data-testid="panel-blind">
      <h2 id="blind-title">Ratings stay hidden until you submit your own</h2>
      <p>{submittedSentence(panel.reviewers, myId)} You see their ratings, notes and recommendations once you submit yours, so your judgement stays your own.</p>
      <ul className="reviewer-status">
        {panel.reviewers.map((r) => (
          <li key={r.id}>
            {r.name}
            {r.id === myId ? ' (you)' : ''}: {r.submitted ? `submitted ${r.submittedAt ? new Date(r.submittedAt).toLocaleString() : ''}` : 'not submitted yet'}
          </li>
        ))}
      </ul>
      <button type="button" className="primary small" onClick={onGoSubmit}>
        Go to Submit my ratings
      </button>
    </section>
  );
}

export function CalibrationView({ token, panel, myId, panelLead, onPanel, onGoSubmit }: { token: string; panel: PanelView; myId: string | null; panelLead: boolean; onPanel(panel: PanelView): void; onGoSubmit(): void }) {
  if (panel.state === 'blind') return <BlindNotice panel={panel} myId={myId} onGoSubmit={onGoSubmit} />;
  const nameOf = new Map(panel.reviewers.map((r) => [r.id, r.name] as const));
  const revised = new Set(panel.reviewers.filter((r) => r.revised).map((r) => r.id));
  const dimensions = panel.dimensions;
  const disagreements = dimensions.filter((d) => d.disagreement);
  const submitted = panel.reviewers.filter((r) => r.submitted).length;
  return (
    <div className="calibration" data-testid="panel-view">
      <p className="muted">
        {submitted} of {panel.reviewers.length} {panel.reviewers.length === 1 ? 'reviewer has' : 'reviewers have'} submitted.
        {panel.reviewers.filter((r) => !r.submitted).length > 0 && ` Waiting for ${panel.reviewers.filter((r) => !r.submitted).map((r) => r.name).join(', ')}.`}
        {` Decision: ${panel.decision ? `${decisionLabel(panel.decision.decision)} (${panel.decision.by})` : 'none yet'}; see below.`}
      </p>
      <Conflicts panel={panel} token={token} myId={myId} panelLead={panelLead} onPanel={onPanel} />
      <p className={disagreements.length ? 'disagreement-summary bad-box' : 'disagreement-summary'} data-testid="disagreement-summary">
        {disagreements.length === 0
          ? 'No dimension differs by two levels or more.'
          : `Reviewers differ by two levels or more on ${disagreements.map((d) => d.title).join(', ')}. Discuss the evidence behind each rating before deciding.`}
      </p>
      <h2 id="ratings-title">Ratings per dimension</h2>
      <table className="calibration-table" aria-labelledby="ratings-title">
        <thead>
          <tr>
            <th scope="col" className="dim-cell">Dimension</th>
            <th scope="col" className="who-cell">Reviewer</th>
            <th scope="col" className="rating-cell">Rating (1–5) and what that level looks like</th>
            <th scope="col" className="note-cell">Note</th>
          </tr>
        </thead>
        {dimensions.map((d) =>
          d.ratings.every((r) => r.rating === null && !r.note) ? (
            <tbody key={d.dimensionId} className="no-evidence" data-testid={`panel-dimension-${d.dimensionId}`}>
              <tr>
                <th scope="row" className="dim-cell">
                  {d.title}
                  <div className="muted small-text">weight {d.weight}</div>
                </th>
                <td colSpan={3} className="muted">
                  No evidence in this session for any reviewer.
                </td>
              </tr>
            </tbody>
          ) : (
            <tbody key={d.dimensionId} className={d.disagreement ? 'disagree' : undefined} data-testid={`panel-dimension-${d.dimensionId}`}>
              {d.ratings.map((r, i) => (
                <tr key={r.reviewerId}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={d.ratings.length} className="dim-cell">
                      {d.title}
                      <div className="muted small-text">weight {d.weight}</div>
                      <div className="small-text">{spreadText(d.spread)}</div>
                      {d.disagreement && (
                        <div className="flag" data-testid="disagreement-flag">
                          <span aria-hidden="true">⚑ </span>Disagreement: discuss the evidence
                        </div>
                      )}
                    </th>
                  )}
                  <td className="who-cell">
                    {nameOf.get(r.reviewerId) ?? 'Unknown reviewer'}
                    {r.reviewerId === myId ? ' (you)' : ''}
                  </td>
                  <td className="rating-cell">
                    <RatingText rating={r.rating} anchors={d.anchors} />
                  </td>
                  <td className="note-cell">{r.note || <span className="muted">No note</span>}</td>
                </tr>
              ))}
            </tbody>
          ),
        )}
      </table>
      <h2 id="recommendations-title">Recommendations</h2>
      <ul className="submissions" aria-labelledby="recommendations-title" data-testid="panel-submissions">
        {panel.submissions.map((s) => (
          <li key={`${s.reviewerId}-${s.at}`}>
            <strong>{s.name}</strong>: {decisionLabel(s.recommendation)} · overall {overallText(s.overallScore)} · {new Date(s.at).toLocaleString()}
            {revised.has(s.reviewerId) && <span className="pill warn">revised after seeing the panel</span>}
            <div className="wrap">{s.summary}</div>
          </li>
        ))}
      </ul>
      <h2 id="decision-title">Decision</h2>
      <p data-testid="decision-current" className="decision-current">
        {panel.decision ? (
          <>
            <strong>{decisionLabel(panel.decision.decision)}</strong>, recorded by {panel.decision.by} on {new Date(panel.decision.at).toLocaleString()}: {panel.decision.rationale}
          </>
        ) : (
          'No decision recorded yet.'
        )}
      </p>
      {panelLead ? <DecisionForm token={token} sessionId={panel.sessionId} hasDecision={panel.decision !== null} onRecorded={onPanel} /> : <p className="muted small-text">Only a panel lead records the decision.</p>}
      <h3>Decision history</h3>
      <DecisionHistory history={panel.decisionHistory} conflict={panel.decisionConflict} />
    </div>
  );
}
