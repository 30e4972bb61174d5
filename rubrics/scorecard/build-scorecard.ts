// Host only: derives the scorecard (criteria → dimensions → overall) from grades, the team's scorecard and the audit trail.
import type { AuditEntry, DimensionResult, RedFlag, ReviewAction, ScoredCriterion, ScorecardResult } from '../../contract/review';
import { ReviewActionSchema } from '../../contract/review';
import type { CriterionDefinition, DimensionId, ExerciseGrade } from '../../contract/scoring';
import { FALLBACK_DIMENSION } from './criterion-definitions';
import { cappedDimensions, RED_FLAG_CAP_RATING, RED_FLAG_CAP_SCORE } from './red-flag-policy';
import { DIMENSION_IDS, type ScorecardConfig } from './scorecard-config';

/** A reviewer's 1..5 rating maps onto the 0..1 criterion scale: 1 → 0, 3 → 0.5, 5 → 1. */
export const ratingToScore = (rating: number): number => (rating - 1) / 4;
const scoreToRating = (score: number): number => round1(1 + 4 * score);
const round1 = (n: number): number => Math.round(n * 10) / 10;

const isDimensionId = (target: string): target is DimensionId => (DIMENSION_IDS as readonly string[]).includes(target);

interface ReviewState {
  criterionScores: Map<string, number>;
  dimensionRatings: Map<DimensionId, number>;
  clearedRedFlags: Map<string, { reviewer: string; at: string; note: string }>;
}

/** Replays the audit trail in order; the latest action on a target wins, and clearing returns it to the rubric. */
function replayAudit(audit: readonly AuditEntry[]): ReviewState {
  const state: ReviewState = { criterionScores: new Map(), dimensionRatings: new Map(), clearedRedFlags: new Map() };
  for (const entry of audit) {
    if (entry.action.kind === 'clear-red-flag') state.clearedRedFlags.set(entry.action.signalId, { reviewer: entry.reviewer, at: entry.at, note: entry.action.note });
    else applyAction(state, entry.action);
  }
  return state;
}

function applyAction(state: ReviewState, action: ReviewAction): void {
  switch (action.kind) {
    case 'rate-criterion':
      state.criterionScores.set(action.criterionId, ratingToScore(action.rating));
      break;
    case 'override-criterion':
      state.criterionScores.set(action.criterionId, action.score);
      break;
    case 'override-dimension':
      state.dimensionRatings.set(action.dimensionId, action.rating);
      break;
    case 'clear-override':
      if (isDimensionId(action.target)) state.dimensionRatings.delete(action.target);
      else state.criterionScores.delete(action.target);
      break;
    case 'clear-red-flag':
      break;
  }
}

/** Every red flag with the dimensions it caps; cleared ones stay listed, with who cleared them and why. */
function listRedFlags(grades: readonly ExerciseGrade[], review: ReviewState): RedFlag[] {
  return grades.flatMap((g) =>
    g.signals
      .filter((s) => s.kind === 'red-flag')
      .map((s): RedFlag => ({ ...s, kind: 'red-flag', cappedDimensions: [...cappedDimensions(s)], capRating: RED_FLAG_CAP_RATING, cleared: review.clearedRedFlags.get(s.signalId) ?? null })),
  );
}

function placeCriteria(config: ScorecardConfig, definitions: readonly CriterionDefinition[]): Map<string, CriterionDefinition> {
  const placed = new Map(definitions.map((d) => [d.criterionId, d]));
  for (const o of config.criterionOverrides) {
    const d = placed.get(o.criterionId);
    if (d) placed.set(o.criterionId, { ...d, ...(o.dimension ? { dimension: o.dimension } : {}), ...(o.weight !== undefined ? { weight: o.weight } : {}) });
  }
  return placed;
}

/**
 * An uncleared red flag holds every auto score of its exercise at the cap, so the flagged work cannot lift any
 * dimension before a reviewer has looked; a reviewer's own rating or override of a criterion still wins.
 */
function scoreCriteria(grades: readonly ExerciseGrade[], placed: Map<string, CriterionDefinition>, review: ReviewState, standing: readonly RedFlag[]): ScoredCriterion[] {
  return grades.flatMap((grade) =>
    grade.criteria.map((c): ScoredCriterion => {
      const d = placed.get(c.criterionId);
      const reviewed = review.criterionScores.get(c.criterionId);
      const cappedBy = standing.filter((f) => f.exerciseId === c.exerciseId).map((f) => f.signalId);
      const auto = c.score !== null && cappedBy.length > 0 ? Math.min(c.score, RED_FLAG_CAP_SCORE) : c.score;
      return {
        ...c,
        dimension: d?.dimension ?? FALLBACK_DIMENSION[c.exerciseId],
        weight: d?.weight ?? 1,
        autoScore: auto,
        score: reviewed ?? auto,
        overridden: reviewed !== undefined,
        ...(d?.ratingAnchors ? { ratingAnchors: d.ratingAnchors } : {}),
        ...(cappedBy.length > 0 && auto !== c.score ? { cappedBy } : {}),
      };
    }),
  );
}

/** Weighted mean of the scores present; null when none is, so "no evidence" never reads as "scored zero". */
export function weightedMean(items: readonly { score: number | null; weight: number }[]): number | null {
  const scored = items.filter((i): i is { score: number; weight: number } => i.score !== null);
  const weight = scored.reduce((sum, i) => sum + i.weight, 0);
  return weight > 0 ? scored.reduce((sum, i) => sum + i.score * i.weight, 0) / weight : null;
}

/** The rating a dimension gets from its criteria's final scores, ignoring any dimension override. */
export function ratingFromCriteria(criteria: readonly ScoredCriterion[], dimensionId: DimensionId): number | null {
  const mean = weightedMean(criteria.filter((c) => c.dimension === dimensionId));
  return mean === null ? null : scoreToRating(mean);
}

function overall(dimensions: readonly DimensionResult[], pick: (d: DimensionResult) => number | null): { score: number | null; covered: number } {
  let covered = 0;
  let sum = 0;
  for (const d of dimensions) {
    const rating = pick(d);
    if (rating === null) continue;
    covered += d.weight;
    sum += d.weight * ratingToScore(rating);
  }
  return { score: covered > 0 ? round1((sum / covered) * 100) : null, covered };
}

/**
 * The whole scorecard, derived afresh on every call (never stored), so a changed rubric, scorecard file or audit
 * entry always shows up. Dimension ratings are rounded before the overall is summed, so a reviewer can redo it by hand.
 */
export function buildScorecard(config: ScorecardConfig, grades: readonly ExerciseGrade[], audit: readonly AuditEntry[], definitions: readonly CriterionDefinition[]): ScorecardResult {
  const review = replayAudit(audit);
  const redFlags = listRedFlags(grades, review);
  const standing = redFlags.filter((f) => f.cleared === null);
  const criteria = scoreCriteria(grades, placeCriteria(config, definitions), review, standing);
  const dimensions = config.dimensions.map((dc): DimensionResult => {
    const own = criteria.filter((c) => c.dimension === dc.id);
    const cappedBy = [...new Set(standing.filter((f) => f.cappedDimensions.includes(dc.id)).map((f) => f.signalId))];
    const cap = (rating: number | null) => (rating !== null && cappedBy.length > 0 ? Math.min(rating, RED_FLAG_CAP_RATING) : rating);
    const autoMean = weightedMean(own.map((c) => ({ score: c.autoScore, weight: c.weight })));
    const override = review.dimensionRatings.get(dc.id);
    return {
      dimensionId: dc.id,
      title: dc.title,
      weight: dc.weight,
      levels: dc.levels,
      autoRating: cap(autoMean === null ? null : scoreToRating(autoMean)),
      finalRating: override ?? cap(ratingFromCriteria(own, dc.id)),
      overridden: override !== undefined,
      criterionIds: own.map((c) => c.criterionId),
      pendingCriterionIds: own.filter((c) => c.score === null).map((c) => c.criterionId),
      ...(cappedBy.length > 0 ? { cappedBy } : {}),
    };
  });
  const auto = overall(dimensions, (d) => d.autoRating);
  const final = overall(dimensions, (d) => d.finalRating);
  const signals = grades.flatMap((g) => g.signals);
  return {
    dimensions,
    // coveredWeight describes the final score, the one a hiring decision uses; the auto score covers the same or less.
    overall: { autoScore: auto.score, finalScore: final.score, coveredWeight: final.covered },
    criteria,
    // Red flags first: a reviewer must see them before anything else.
    signals: [...signals.filter((x) => x.kind === 'red-flag'), ...signals.filter((x) => x.kind !== 'red-flag')],
    redFlags,
  };
}

/**
 * Turns a reviewer's action into an audit entry with `from` (the target's current final value) and `to` (its value
 * once applied). Throws when the target does not exist, or when clearing something that has no override.
 */
export function auditEntryFor(action: ReviewAction, reviewer: string, at: string, current: ScorecardResult): AuditEntry {
  const checked = ReviewActionSchema.parse(action);
  const findCriterion = (id: string) => {
    const c = current.criteria.find((x) => x.criterionId === id);
    if (!c) throw new Error(`No criterion "${id}" in this scorecard`);
    return c;
  };
  const findDimension = (id: string) => {
    const d = current.dimensions.find((x) => x.dimensionId === id);
    if (!d) throw new Error(`No dimension "${id}" in this scorecard`);
    return d;
  };
  const entry = (from: number | null, to: number | null): AuditEntry => ({ at, reviewer, action: checked, from, to });
  switch (checked.kind) {
    case 'rate-criterion':
      return entry(findCriterion(checked.criterionId).score, ratingToScore(checked.rating));
    case 'override-criterion':
      return entry(findCriterion(checked.criterionId).score, checked.score);
    case 'override-dimension':
      return entry(findDimension(checked.dimensionId).finalRating, checked.rating);
    case 'clear-override': {
      if (isDimensionId(checked.target)) {
        const d = findDimension(checked.target);
        if (!d.overridden) throw new Error(`Dimension "${d.dimensionId}" has no override to clear`);
        const fromCriteria = ratingFromCriteria(current.criteria, d.dimensionId);
        return entry(d.finalRating, fromCriteria !== null && d.cappedBy?.length ? Math.min(fromCriteria, RED_FLAG_CAP_RATING) : fromCriteria);
      }
      const c = findCriterion(checked.target);
      if (!c.overridden) throw new Error(`Criterion "${c.criterionId}" has no rating or override to clear`);
      return entry(c.score, c.autoScore);
    }
    case 'clear-red-flag': {
      // from/to: 1 while the flag stands, 0 once cleared; the caps it lifts show in the rebuilt scorecard.
      const flags = (current.redFlags ?? []).filter((f) => f.signalId === checked.signalId);
      if (flags.length === 0) throw new Error(`No red flag "${checked.signalId}" in this scorecard`);
      if (flags.every((f) => f.cleared !== null)) throw new Error(`Red flag "${checked.signalId}" is already cleared`);
      return entry(1, 0);
    }
  }
}
