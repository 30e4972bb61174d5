// Host only: derives the scorecard (criteria → dimensions → overall) from grades, the team's scorecard and the audit trail.
import type { AuditEntry, DimensionResult, ReviewAction, ScoredCriterion, ScorecardResult } from '../../contract/review';
import { ReviewActionSchema } from '../../contract/review';
import type { CriterionDefinition, DimensionId, ExerciseGrade } from '../../contract/scoring';
import { FALLBACK_DIMENSION } from './criterion-definitions';
import { DIMENSION_IDS, type ScorecardConfig } from './scorecard-config';

/** A reviewer's 1..5 rating maps onto the 0..1 criterion scale: 1 → 0, 3 → 0.5, 5 → 1. */
export const ratingToScore = (rating: number): number => (rating - 1) / 4;
const scoreToRating = (score: number): number => round1(1 + 4 * score);
const round1 = (n: number): number => Math.round(n * 10) / 10;

const isDimensionId = (target: string): target is DimensionId => (DIMENSION_IDS as readonly string[]).includes(target);

interface ReviewState {
  criterionScores: Map<string, number>;
  dimensionRatings: Map<DimensionId, number>;
}

/** Replays the audit trail in order; the latest action on a target wins, and clearing returns it to the rubric. */
function replayAudit(audit: readonly AuditEntry[]): ReviewState {
  const state: ReviewState = { criterionScores: new Map(), dimensionRatings: new Map() };
  for (const { action } of audit) applyAction(state, action);
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
  }
}

function placeCriteria(config: ScorecardConfig, definitions: readonly CriterionDefinition[]): Map<string, CriterionDefinition> {
  const placed = new Map(definitions.map((d) => [d.criterionId, d]));
  for (const o of config.criterionOverrides) {
    const d = placed.get(o.criterionId);
    if (d) placed.set(o.criterionId, { ...d, ...(o.dimension ? { dimension: o.dimension } : {}), ...(o.weight !== undefined ? { weight: o.weight } : {}) });
  }
  return placed;
}

function scoreCriteria(grades: readonly ExerciseGrade[], placed: Map<string, CriterionDefinition>, review: ReviewState): ScoredCriterion[] {
  return grades.flatMap((grade) =>
    grade.criteria.map((c): ScoredCriterion => {
      const d = placed.get(c.criterionId);
      const reviewed = review.criterionScores.get(c.criterionId);
      return {
        ...c,
        dimension: d?.dimension ?? FALLBACK_DIMENSION[c.exerciseId],
        weight: d?.weight ?? 1,
        autoScore: c.score,
        score: reviewed ?? c.score,
        overridden: reviewed !== undefined,
        ...(d?.ratingAnchors ? { ratingAnchors: d.ratingAnchors } : {}),
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
  const criteria = scoreCriteria(grades, placeCriteria(config, definitions), review);
  const dimensions = config.dimensions.map((dc): DimensionResult => {
    const own = criteria.filter((c) => c.dimension === dc.id);
    const autoMean = weightedMean(own.map((c) => ({ score: c.autoScore, weight: c.weight })));
    const override = review.dimensionRatings.get(dc.id);
    return {
      dimensionId: dc.id,
      title: dc.title,
      weight: dc.weight,
      levels: dc.levels,
      autoRating: autoMean === null ? null : scoreToRating(autoMean),
      finalRating: override ?? ratingFromCriteria(own, dc.id),
      overridden: override !== undefined,
      criterionIds: own.map((c) => c.criterionId),
      pendingCriterionIds: own.filter((c) => c.score === null).map((c) => c.criterionId),
    };
  });
  const auto = overall(dimensions, (d) => d.autoRating);
  const final = overall(dimensions, (d) => d.finalRating);
  return {
    dimensions,
    // coveredWeight describes the final score, the one a hiring decision uses; the auto score covers the same or less.
    overall: { autoScore: auto.score, finalScore: final.score, coveredWeight: final.covered },
    criteria,
    signals: grades.flatMap((g) => g.signals),
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
        return entry(d.finalRating, ratingFromCriteria(current.criteria, d.dimensionId));
      }
      const c = findCriterion(checked.target);
      if (!c.overridden) throw new Error(`Criterion "${c.criterionId}" has no rating or override to clear`);
      return entry(c.score, c.autoScore);
    }
  }
}
