// Renderer: overall and per-dimension scores, each opening its criteria and the evidence behind every point;
// ratings, overrides, signals and the audit trail.
import { useState, type FormEvent } from 'react';
import type { DimensionResult, RedFlag, ReviewAction, ScorecardResult, ScoredCriterion, SessionReview } from '../../../../contract/review';
import type { Evidence } from '../../../../contract/scoring';
import type { Session } from '../../../../contract/session';
import { findExerciseDefinition } from '../../../../assessment/exercise-registry';
import { errorMessage } from '../../host/host-client';
import { auditValueText, auditWhat, changedByReviewerText, criterionLevel, criterionValueText, dimensionRatingText, fractionText, nearestAnchor, overallText } from '../panel/scales';
import '../panel/panel.css';
import { OverrideForm } from './override-form';
import { RatingForm } from './rating-form';

/** The bare number inside a rating box (" of 5" follows it outside the box's test id). */
const ratingNumber = (r: number | null) => (r === null ? '—' : Number.isInteger(r) ? String(r) : r.toFixed(1));
/** Once a reviewer has rated a criterion, the grader's "awaiting a rating" note is no longer true. */
const AWAITING = /^Awaiting reviewer rating/;

/**
 * The text a reviewer rates for a criterion: the answer section its exercise's definition names for it, or the
 * closing reflection for the assessment-wide criteria (learning agility).
 */
function ratedText(c: ScoredCriterion, session: Session): string {
  if (c.exerciseId === 'assessment') return session.reflection ?? '';
  const definition = findExerciseDefinition(c.exerciseId);
  const section = definition?.ratedCriteria.find((r) => r.criterionId === c.criterionId)?.ratedSection;
  if (!definition || !section) return '';
  const variantId = session.plan.exercises.find((e) => e.exerciseId === c.exerciseId)?.variantId ?? '';
  const parsed = definition.answerSchema.safeParse(session.answers[c.exerciseId] ?? definition.starterAnswer(variantId));
  if (!parsed.success) return '';
  return definition.describeAnswer(parsed.data, variantId).find((s) => s.title === section)?.text ?? '';
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  return (
    <ul className="evidence-list" data-testid="evidence-list">
      {evidence.map((e, i) => (
        <li key={i} className={e.passed === false ? 'evidence bad' : e.passed ? 'evidence ok' : 'evidence'}>
          <span className="evidence-label">
            {e.passed === false ? '✗ ' : e.passed ? '✓ ' : ''}
            {e.label}
            {e.line !== undefined && <span className="mono"> (line {e.line})</span>}
          </span>
          {e.detail && <pre className="evidence-detail">{e.detail}</pre>}
        </li>
      ))}
    </ul>
  );
}

function CriterionRow({ c, session, onAction }: { c: ScoredCriterion; session: Session; onAction(a: ReviewAction): Promise<void> }) {
  const [overriding, setOverriding] = useState(false);
  const level = criterionLevel(c.score);
  const rated = Boolean(c.ratingAnchors);
  const evidence = c.overridden && c.score !== null ? c.evidence.filter((e) => !AWAITING.test(e.label)) : c.evidence;
  return (
    <details className="criterion" data-testid={`criterion-${c.criterionId}`}>
      <summary>
        <span className={`score-chip ${level === 'pending' ? 'pending' : level === 'met' ? 'full' : level === 'not met' ? 'zero' : 'part'}`} title={rated ? undefined : fractionText(c.score)}>
          {criterionValueText(c.score, rated)}
          {!rated && c.score !== null && <span className="visually-hidden">, {fractionText(c.score)}</span>}
        </span>
        <span className="criterion-title">{c.title}</span>
        <span className="muted small-text mono">{c.criterionId}</span>
        {c.overridden && <span className="pill warn">{changedByReviewerText(c)}</span>}
      </summary>
      <EvidenceList evidence={evidence} />
      {c.ratingAnchors ? (
        <RatingForm criterion={c} answerText={ratedText(c, session)} onAction={onAction} />
      ) : overriding ? (
        <OverrideForm target={{ kind: 'criterion', criterionId: c.criterionId, current: c.score }} onAction={onAction} onDone={() => setOverriding(false)} />
      ) : (
        <button type="button" className="secondary small" onClick={() => setOverriding(true)}>
          Override this score…
        </button>
      )}
    </details>
  );
}

function DimensionRow({ d, criteria, session, onAction }: { d: DimensionResult; criteria: ScoredCriterion[]; session: Session; onAction(a: ReviewAction): Promise<void> }) {
  const [overriding, setOverriding] = useState(false);
  return (
    <details className="dimension" data-testid={`dimension-${d.dimensionId}`}>
      <summary>
        <span className="dimension-title">{d.title}</span>
        <span className="muted">weight {d.weight}</span>
        <span className="rating-box" title="Automatic rating from the rubric, 1 to 5">automatic {dimensionRatingText(d.autoRating)}</span>
        <span className={d.overridden ? 'rating-box final overridden' : 'rating-box final'} title={nearestAnchor(d.finalRating, d.levels)}>
          <span data-testid="final-rating">{ratingNumber(d.finalRating)}</span> of 5
        </span>
        {d.pendingCriterionIds.length > 0 && <span className="pill warn">{d.pendingCriterionIds.length} to rate</span>}
      </summary>
      {d.finalRating !== null && (
        <p className="small-text anchor-label" data-testid="anchor-label">
          <strong>Final {dimensionRatingText(d.finalRating)}:</strong> {nearestAnchor(d.finalRating, d.levels)}
        </p>
      )}
      <p className="small-text muted levels">
        <strong>1</strong> {d.levels[1]} <strong>3</strong> {d.levels[3]} <strong>5</strong> {d.levels[5]}
      </p>
      {criteria.length === 0 ? <p className="muted">No exercise in this session feeds this dimension yet.</p> : criteria.map((c) => <CriterionRow key={c.criterionId} c={c} session={session} onAction={onAction} />)}
      {overriding ? (
        <OverrideForm target={{ kind: 'dimension', dimensionId: d.dimensionId, current: d.finalRating }} onAction={onAction} onDone={() => setOverriding(false)} />
      ) : (
        <button type="button" className="secondary small" onClick={() => setOverriding(true)}>
          Override the {d.title} rating…
        </button>
      )}
    </details>
  );
}

/** A red flag caps dimensions until a reviewer clears it with a note; the flag itself stays listed, marked cleared. */
function RedFlagRow({ flag, onAction }: { flag: RedFlag; onAction(a: ReviewAction): Promise<void> }) {
  const [clearing, setClearing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function clear(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await onAction({ kind: 'clear-red-flag', signalId: flag.signalId, note });
      setClearing(false);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <li className="signal signal-red-flag" data-testid={`red-flag-${flag.signalId}`}>
      <span className="signal-kind">Red flag</span> {flag.title}
      <div className="small-text">
        {flag.cleared
          ? `Cleared by ${flag.cleared.reviewer}: ${flag.cleared.note}`
          : `Caps ${flag.cappedDimensions.join(', ')} at ${flag.capRating} of 5, and this exercise's scores, until a reviewer clears it.`}
      </div>
      <EvidenceList evidence={flag.evidence} />
      {!flag.cleared &&
        (clearing ? (
          <form className="override-form" onSubmit={clear} data-testid={`clear-red-flag-${flag.signalId}`}>
            <label htmlFor={`rf-note-${flag.signalId}`}>Why the caps should be lifted (required, kept in the audit trail)</label>
            <textarea id={`rf-note-${flag.signalId}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
            {error && <p className="form-error" role="alert">{error}</p>}
            <div className="dialog-actions">
              <button type="submit">Clear red flag</button>
              <button type="button" className="secondary" onClick={() => setClearing(false)}>Cancel</button>
            </div>
          </form>
        ) : (
          <button type="button" className="secondary small" onClick={() => setClearing(true)}>
            Clear this red flag…
          </button>
        ))}
    </li>
  );
}

export function ScorecardPanel({ scorecard, review, session, onAction }: { scorecard: ScorecardResult; review: SessionReview; session: Session; onAction(a: ReviewAction): Promise<void> }) {
  const { overall } = scorecard;
  const titles = new Map<string, string>([...scorecard.criteria.map((c) => [c.criterionId, c.title] as const), ...scorecard.dimensions.map((d) => [d.dimensionId as string, d.title] as const), ...(scorecard.redFlags ?? []).map((f) => [f.signalId, f.title] as const)]);
  const titleOf = (id: string) => titles.get(id) ?? id;
  const scaleOpts = {
    isDimension: (id: string) => scorecard.dimensions.some((d) => d.dimensionId === id),
    isRated: (id: string) => Boolean(scorecard.criteria.find((c) => c.criterionId === id)?.ratingAnchors),
  };
  const missing = scorecard.dimensions.filter((d) => d.finalRating === null).map((d) => d.title);
  return (
    <div className="scorecard">
      <div className="overall" data-testid="overall-score">
        <div>
          <span className="overall-number" aria-label={`Overall ${overallText(overall.finalScore)}`}>{overall.finalScore === null ? '—' : Math.round(overall.finalScore)}</span>
          <span className="muted"> / 100</span>
        </div>
        <div className="small-text">
          <div>Automatic score {overallText(overall.autoScore)}; the final score (0–100) includes reviewer ratings and overrides.</div>
          <div>
            Covers {overall.coveredWeight} of 100 weight points{missing.length > 0 && <>; no evidence yet for {missing.join(', ')}</>}.
          </div>
        </div>
      </div>

      {(scorecard.redFlags ?? []).length > 0 && (
        <section aria-labelledby="red-flags-title">
          <h2 id="red-flags-title">Red flags</h2>
          <ul className="signals">
            {(scorecard.redFlags ?? []).map((f, i) => (
              <RedFlagRow key={`${f.signalId}-${i}`} flag={f} onAction={onAction} />
            ))}
          </ul>
        </section>
      )}

      {scorecard.signals.length > 0 && (
        <section aria-labelledby="signals-title">
          <h2 id="signals-title">Signals</h2>
          <ul className="signals">
            {scorecard.signals.filter((s) => !scorecard.redFlags || s.kind !== 'red-flag').map((s, i) => (
              <li key={i} className={`signal signal-${s.kind}`} data-testid="signal">
                <span className="signal-kind">{s.kind === 'red-flag' ? 'Red flag' : s.kind === 'strong' ? 'Strong' : 'Weak'}</span> {s.title}
                {s.evidence[0] && <span className="muted small-text"> · {s.evidence[0].label}{s.evidence[0].line !== undefined ? ` (line ${s.evidence[0].line})` : ''}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="dimensions-title">
        <h2 id="dimensions-title">Dimensions</h2>
        <p className="muted small-text">Open a dimension to see its criteria; open a criterion to see the evidence behind its score.</p>
        {scorecard.dimensions.map((d) => (
          <DimensionRow key={d.dimensionId} d={d} criteria={scorecard.criteria.filter((c) => c.dimension === d.dimensionId)} session={session} onAction={onAction} />
        ))}
      </section>

      <section aria-labelledby="audit-title">
        <h2 id="audit-title">Audit trail</h2>
        {review.audit.length === 0 ? (
          <p className="muted">No reviewer changes yet.</p>
        ) : (
          <table className="audit-table" data-testid="audit-trail">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {review.audit.map((a, i) => (
                <tr key={i}>
                  <td>{new Date(a.at).toLocaleString()}</td>
                  <td>{a.reviewer}</td>
                  <td>
                    {auditWhat(a, titleOf)}
                    <div className="mono small-text muted">
                      {a.action.kind} {'criterionId' in a.action ? a.action.criterionId : 'dimensionId' in a.action ? a.action.dimensionId : 'signalId' in a.action ? a.action.signalId : a.action.target}
                    </div>
                  </td>
                  <td>{auditValueText(a, a.from, scaleOpts)}</td>
                  <td>{auditValueText(a, a.to, scaleOpts)}</td>
                  <td className="wrap">{a.action.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
