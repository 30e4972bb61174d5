// Renderer (pure): one scale per level, worded the same everywhere: dimensions "3 of 5" with their anchored label,
// overall "0–100", criteria "met / partly met / not met" with the fraction on hover, and the audit trail in the same words.
import type { AuditEntry, ScoredCriterion } from '../../../../contract/review';

export interface LevelAnchors {
  1: string;
  3: string;
  5: string;
}

/** "3.4 of 5", or a dash when there is no evidence yet. */
export function dimensionRatingText(rating: number | null): string {
  if (rating === null) return 'no evidence yet';
  return `${Number.isInteger(rating) ? rating : rating.toFixed(1)} of 5`;
}

/** The anchored description nearest a rating: 1–1.9 reads the 1 anchor, 2–3.9 the 3 anchor, 4–5 the 5 anchor. */
export function nearestAnchor(rating: number | null, levels: LevelAnchors): string {
  if (rating === null) return '';
  return rating < 2 ? levels[1] : rating < 4 ? levels[3] : levels[5];
}

export type CriterionLevel = 'met' | 'partly met' | 'not met' | 'pending';

export function criterionLevel(score: number | null): CriterionLevel {
  if (score === null) return 'pending';
  if (score >= 0.99) return 'met';
  if (score <= 0.01) return 'not met';
  return 'partly met';
}

/** The exact fraction, shown on hover and read by screen readers: "0.67 of the points (67%)". */
export function fractionText(score: number | null): string {
  return score === null ? 'not scored yet' : `${Number(score.toFixed(2))} of the points (${Math.round(score * 100)}%)`;
}

/** A reviewer-rated criterion (score = (level − 1) / 4) reads as its level. */
export const scoreToLevel = (score: number): number => Math.round(score * 4 + 1);

export function criterionValueText(score: number | null, rated: boolean): string {
  if (score === null) return rated ? 'awaiting a rating' : 'pending';
  return rated ? `${scoreToLevel(score)} of 5` : criterionLevel(score);
}

export function overallText(score: number | null): string {
  return score === null ? '—' : `${Math.round(score)} of 100`;
}

/** What an audit entry changed, in plain words. */
export function auditWhat(entry: AuditEntry, titleOf: (id: string) => string): string {
  const a = entry.action;
  switch (a.kind) {
    case 'rate-criterion':
      return `Rated “${titleOf(a.criterionId)}”`;
    case 'override-criterion':
      return `Changed the score of “${titleOf(a.criterionId)}”`;
    case 'override-dimension':
      return `Changed the ${titleOf(a.dimensionId)} rating`;
    case 'clear-override':
      return `Removed the reviewer change to “${titleOf(a.target)}”`;
    case 'clear-red-flag':
      return `Cleared the red flag “${titleOf(a.signalId)}”`;
  }
}

/**
 * An audit entry's from/to in the scale of its target: a level-2 rating reads "2 of 5" (stored as 0.25), a
 * dimension "3 of 5", a scored criterion "partly met", a red flag "standing" / "cleared".
 */
export function auditValueText(entry: AuditEntry, value: number | null, opts: { isDimension(id: string): boolean; isRated(criterionId: string): boolean }): string {
  const a = entry.action;
  if (a.kind === 'clear-red-flag') return value === null ? '—' : value > 0 ? 'standing' : 'cleared';
  if (value === null) return '—';
  if (a.kind === 'override-dimension' || (a.kind === 'clear-override' && opts.isDimension(a.target))) return dimensionRatingText(value);
  const criterionId = a.kind === 'clear-override' ? a.target : a.criterionId;
  return criterionValueText(value, a.kind === 'rate-criterion' || opts.isRated(criterionId));
}

/** The plain words for a criterion a reviewer changed: rated by hand, or an automatic score replaced. */
export function changedByReviewerText(c: Pick<ScoredCriterion, 'autoScore' | 'ratingAnchors'>): string {
  if (c.ratingAnchors) return 'rated by a reviewer';
  return c.autoScore === null ? 'scored by a reviewer (no automatic score)' : `changed by a reviewer (automatic score: ${criterionLevel(c.autoScore)})`;
}
