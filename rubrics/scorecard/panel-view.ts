// Host only (pure): the hiring panel as one reviewer may see it, computed from everyone's review files: blind until
// that reviewer has submitted, then each dimension's ratings side by side with their spread and a disagreement flag.
import {
  DECISION_LABELS,
  type Decision,
  type PanelDecision,
  type PanelDimension,
  type PanelSummary,
  type PanelView,
  type ReviewEntry,
  type ReviewFile,
} from '../../contract/panel';
import type { LevelAnchorsSchema } from '../../contract/review';
import type { DimensionId } from '../../contract/scoring';
import type { z } from 'zod';

/** Ratings this many levels apart (or more) on one dimension ask the panel to discuss the evidence. */
export const DISAGREEMENT_LEVELS = 2;

export interface PanelDimensionInfo {
  dimensionId: DimensionId;
  title: string;
  weight: number;
  anchors: z.infer<typeof LevelAnchorsSchema>;
}

export interface PanelInput {
  sessionId: string;
  /** The reviewer asking: the panel opens for them only once they have submitted. */
  viewerId: string;
  files: readonly ReviewFile[];
  dimensions: readonly PanelDimensionInfo[];
  conflicts: PanelView['conflicts'];
}

type SubmitEntry = ReviewEntry & { body: Extract<ReviewEntry['body'], { kind: 'submit' }> };
type DecisionEntry = ReviewEntry & { body: Extract<ReviewEntry['body'], { kind: 'decision' }> };

const submitsOf = (file: ReviewFile | undefined): SubmitEntry[] => (file?.entries ?? []).filter((e): e is SubmitEntry => e.body.kind === 'submit');

/** max - min of the ratings given (nulls: no evidence, left out); null when no one gave one. */
export function spreadOf(ratings: readonly (number | null)[]): { spread: number | null; disagreement: boolean } {
  const given = ratings.filter((r): r is number => r !== null);
  if (given.length === 0) return { spread: null, disagreement: false };
  // Rounded so that 4.3 - 2.3 counts as the 2 levels it is, not 1.9999999999999998.
  const spread = Math.round((Math.max(...given) - Math.min(...given)) * 100) / 100;
  return { spread, disagreement: spread >= DISAGREEMENT_LEVELS };
}

export function hasSubmitted(files: readonly ReviewFile[], reviewerId: string): boolean {
  return submitsOf(files.find((f) => f.reviewer.id === reviewerId)).length > 0;
}

function decisionsOf(files: readonly ReviewFile[]): PanelDecision[] {
  return files
    .flatMap((f) =>
      f.entries
        .filter((e): e is DecisionEntry => e.body.kind === 'decision')
        .map((e) => ({ decision: e.body.decision, rationale: e.body.rationale, by: f.reviewer.name, reviewerId: f.reviewer.id, at: e.at })),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.reviewerId.localeCompare(b.reviewerId));
}

/** A sentence when the leads' latest decisions differ; null when they agree (or one lead decided). */
function decisionConflictOf(history: readonly PanelDecision[]): string | null {
  const latestByLead = new Map<string, PanelDecision>();
  for (const d of history) latestByLead.set(d.reviewerId, d);
  const latest = [...latestByLead.values()];
  if (new Set(latest.map((d) => d.decision)).size < 2) return null;
  const said = latest.map((d) => `${d.by}: ${DECISION_LABELS[d.decision]} (${d.at.slice(0, 16).replace('T', ' ')} UTC)`).join('; ');
  return `The panel leads' latest decisions differ (${said}). Discuss the evidence and record one decision.`;
}

function dimensionRows(files: readonly ReviewFile[], dims: readonly PanelDimensionInfo[]): PanelDimension[] {
  const latest = files.map((f) => ({ reviewerId: f.reviewer.id, submit: submitsOf(f).at(-1) })).filter((s) => s.submit !== undefined);
  return dims.map((d) => {
    const ratings = latest.map(({ reviewerId, submit }) => {
      const r = submit!.body.ratings.find((x) => x.dimensionId === d.dimensionId);
      return { reviewerId, rating: r?.rating ?? null, note: r?.note ?? '' };
    });
    return { dimensionId: d.dimensionId, title: d.title, weight: d.weight, anchors: d.anchors, ratings, ...spreadOf(ratings.map((r) => r.rating)) };
  });
}

/**
 * What `viewerId` may see of the panel on one session. Blind (they have not submitted): who has submitted and when,
 * nothing else. Open: every latest submission, the ratings per dimension, decisions and kept conflicts.
 */
export function panelView(input: PanelInput): PanelView {
  const files = input.files.filter((f) => f.sessionId === input.sessionId);
  const reviewers = files.map((f) => {
    const submits = submitsOf(f);
    return { id: f.reviewer.id, name: f.reviewer.name, submitted: submits.length > 0, submittedAt: submits.at(-1)?.at ?? null, revised: submits.length > 1 };
  });
  const open = hasSubmitted(files, input.viewerId);
  if (!open) {
    return { sessionId: input.sessionId, state: 'blind', reviewers, dimensions: [], submissions: [], decision: null, decisionHistory: [], decisionConflict: null, conflicts: [] };
  }
  const submissions = files.flatMap((f) => {
    const s = submitsOf(f).at(-1);
    return s ? [{ reviewerId: f.reviewer.id, name: f.reviewer.name, overallScore: s.body.overallScore, recommendation: s.body.recommendation, summary: s.body.summary, at: s.at }] : [];
  });
  const decisionHistory = decisionsOf(files);
  return {
    sessionId: input.sessionId,
    state: 'open',
    reviewers,
    dimensions: dimensionRows(files, input.dimensions),
    submissions,
    decision: decisionHistory.at(-1) ?? null,
    decisionHistory,
    decisionConflict: decisionConflictOf(decisionHistory),
    conflicts: input.conflicts,
  };
}

/** The session list's panel columns for `viewerId`: the decision and disagreements stay hidden while they are blind. */
export function panelSummary(input: Omit<PanelInput, 'conflicts'>): PanelSummary {
  const files = input.files.filter((f) => f.sessionId === input.sessionId);
  const own = files.find((f) => f.reviewer.id === input.viewerId);
  const submitted = submitsOf(own).length > 0;
  const submittedCount = files.filter((f) => submitsOf(f).length > 0).length;
  if (!submitted) return { myReview: own && own.entries.length > 0 ? 'draft' : 'none', submittedCount, decision: null, disagreements: null };
  const decision: Decision | null = decisionsOf(files).at(-1)?.decision ?? null;
  return { myReview: 'submitted', submittedCount, decision, disagreements: dimensionRows(files, input.dimensions).filter((d) => d.disagreement).length };
}
