// Renderer (pure): the panel's words: decisions, a reviewer's rating with its anchored label, spread and
// disagreement, and the session list's panel columns, worded the same on every panel screen and export.
import { DECISION_LABELS, type ConflictResolution, type Decision, type PanelSummary, type PanelView } from './panel-contract';
import { dimensionRatingText, nearestAnchor, type LevelAnchors } from './scales';

const HINTS: Record<Decision, string> = {
  'strong-hire': 'Clearly above the bar on the evidence; the panel would argue for this person.',
  hire: 'Meets the bar; the gaps are ones the team can coach.',
  'no-hire': 'Below the bar on at least one heavily weighted dimension.',
  'strong-no-hire': 'Well below the bar, or a red flag the evidence confirms.',
};

/** The four choices, in order, for the recommendation and decision forms. */
export const DECISION_OPTIONS: ReadonlyArray<{ value: Decision; label: string; hint: string }> = (Object.keys(DECISION_LABELS) as Decision[]).map((value) => ({ value, label: DECISION_LABELS[value], hint: HINTS[value] }));

export function decisionLabel(decision: Decision | null | undefined): string {
  return decision ? DECISION_LABELS[decision] : 'No decision yet';
}

/** A reviewer's dimension rating as the panel reads it: "3 of 5: <anchored description>". */
export function ratingWithAnchor(rating: number | null, anchors: LevelAnchors): string {
  if (rating === null) return 'No evidence yet';
  return `${dimensionRatingText(rating)}: ${nearestAnchor(rating, anchors)}`;
}

/** "Spread 3 levels", or why there is none (fewer than two ratings). */
export function spreadText(spread: number | null): string {
  if (spread === null) return 'Spread: needs two ratings';
  const n = Number.isInteger(spread) ? spread : Number(spread.toFixed(1));
  return `Spread ${n} ${n === 1 ? 'level' : 'levels'}`;
}

/** The session list's "My review" cell. */
export function myReviewText(panel: PanelSummary | undefined): string {
  if (!panel) return '—';
  return panel.myReview === 'submitted' ? 'Submitted' : panel.myReview === 'draft' ? 'Draft (not submitted)' : 'Not started';
}

/** The session list's "Panel" cell: how many submitted and, once visible to this reviewer, the disagreements. */
export function panelCellText(panel: PanelSummary | undefined): string {
  if (!panel) return '—';
  const submitted = panel.submittedCount === 0 ? 'None submitted yet' : `${panel.submittedCount} submitted`;
  if (panel.disagreements === null) return panel.submittedCount > 0 ? `${submitted} (hidden until you submit)` : submitted;
  if (panel.disagreements === 0) return submitted;
  return `${submitted}; ${panel.disagreements} ${panel.disagreements === 1 ? 'disagreement' : 'disagreements'}`;
}

/** Who has submitted, in one sentence, for the blind notice. */
export function submittedSentence(reviewers: PanelView['reviewers'], myId: string | null): string {
  const others = reviewers.filter((r) => r.submitted && r.id !== myId).map((r) => r.name);
  if (others.length === 0) return 'No other reviewer has submitted ratings for this candidate yet.';
  const names = others.length === 1 ? others[0]! : `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]!}`;
  return `${names} ${others.length === 1 ? 'has' : 'have'} submitted ratings for this candidate.`;
}

/** "Resolved by Rita (date): kept the incoming copy of Sam's review (1a2b3c4d); the stored copy (5e6f7a8b) is kept aside as …". */
export function resolutionText(r: ConflictResolution): string {
  const kept = r.kept === 'incoming' ? 'kept the incoming copy' : 'kept the stored copy';
  const other = r.kept === 'incoming' ? 'the stored copy' : 'the incoming copy';
  return `Resolved by ${r.resolvedBy.name} on ${new Date(r.at).toLocaleString()}: ${kept} of ${r.reviewerName}'s review (${r.keptHead.slice(0, 8)}); ${other} (${r.supersededHead.slice(0, 8)}) is kept aside as ${r.supersededFile}.`;
}
