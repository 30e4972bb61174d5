// Pure (all processes): the reviewer's work on a session (ratings, overrides, audit trail) and the derived scorecard.
import { z } from 'zod';
import { CriterionResultSchema, DimensionIdSchema, ExerciseGradeSchema, SignalSchema } from './scoring';

const ReviewNote = z.string().trim().min(3, 'Write a short reason (at least 3 characters)').max(4_000);

/** What a reviewer can do to a score. Every action needs a note; each becomes an audit entry. */
export const ReviewActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rate-criterion'), criterionId: z.string().min(1), rating: z.number().int().min(1).max(5), note: ReviewNote }),
  z.object({ kind: z.literal('override-criterion'), criterionId: z.string().min(1), score: z.number().min(0).max(1), note: ReviewNote }),
  z.object({ kind: z.literal('override-dimension'), dimensionId: DimensionIdSchema, rating: z.number().min(1).max(5), note: ReviewNote }),
  z.object({ kind: z.literal('clear-override'), target: z.string().min(1), note: ReviewNote }),
  /** The reviewer looked at a red flag and lifts its caps (a false alarm, or weighed and accepted); the flag stays listed. */
  z.object({ kind: z.literal('clear-red-flag'), signalId: z.string().min(1), note: ReviewNote }),
]);
export type ReviewAction = z.infer<typeof ReviewActionSchema>;

/** One change, kept forever: who, when, what, from, to, why. */
export const AuditEntrySchema = z.object({
  at: z.iso.datetime(),
  reviewer: z.string().min(1),
  action: ReviewActionSchema,
  /** The final value before the change: a 0..1 score for criteria, a 1..5 rating for dimensions; null when none. */
  from: z.number().nullable(),
  to: z.number().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Stored beside (never inside) the sealed session file: `reviews/<sessionId>.json`. */
export const SessionReviewSchema = z.object({
  format: z.literal('dpe-session-review'),
  version: z.literal(1),
  sessionId: z.uuid(),
  /** The auto grades at the time they were computed; re-grading replaces them, the audit trail stays. */
  grades: z.array(ExerciseGradeSchema),
  gradedAt: z.iso.datetime().nullable(),
  /** The version of the session these grades are for (its head hash); a newer copy makes them stale. */
  gradedHeadHash: z.string().regex(/^[0-9a-f]{64}$/).nullable().optional(),
  audit: z.array(AuditEntrySchema),
});
export type SessionReview = z.infer<typeof SessionReviewSchema>;

export const LevelAnchorsSchema = z.object({ 1: z.string().min(1), 3: z.string().min(1), 5: z.string().min(1) });

export const ScoredCriterionSchema = CriterionResultSchema.extend({
  dimension: DimensionIdSchema,
  weight: z.number().positive(),
  /** The rubric's score; `score` itself is the final one after ratings and overrides. */
  autoScore: z.number().min(0).max(1).nullable(),
  overridden: z.boolean(),
  ratingAnchors: LevelAnchorsSchema.optional(),
  /** Red flags (signal ids) of this criterion's exercise that hold its score down until a reviewer clears them. */
  cappedBy: z.array(z.string()).optional(),
});
export type ScoredCriterion = z.infer<typeof ScoredCriterionSchema>;

export const DimensionResultSchema = z.object({
  dimensionId: DimensionIdSchema,
  title: z.string(),
  weight: z.number(),
  levels: LevelAnchorsSchema,
  /** 1..5 from the criteria; null when no criterion of this dimension has evidence yet. */
  autoRating: z.number().min(1).max(5).nullable(),
  finalRating: z.number().min(1).max(5).nullable(),
  overridden: z.boolean(),
  criterionIds: z.array(z.string()),
  /** Criteria that still wait for a reviewer rating. */
  pendingCriterionIds: z.array(z.string()),
  /** Uncleared red flags (signal ids) that cap this dimension's rating. */
  cappedBy: z.array(z.string()).optional(),
});

/** A red flag as the scorecard lists it: first, with the dimensions it caps, until a reviewer clears it with a note. */
export const RedFlagSchema = SignalSchema.extend({
  kind: z.literal('red-flag'),
  /** Dimensions whose rating is capped while the flag stands. */
  cappedDimensions: z.array(DimensionIdSchema),
  /** The rating those dimensions cannot exceed while the flag stands (1..5). */
  capRating: z.number().min(1).max(5),
  cleared: z.object({ reviewer: z.string(), at: z.iso.datetime(), note: z.string() }).nullable(),
});
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type DimensionResult = z.infer<typeof DimensionResultSchema>;

export const ScorecardResultSchema = z.object({
  dimensions: z.array(DimensionResultSchema),
  overall: z.object({
    /** 0..100 over the weight that has evidence; null when nothing is graded. */
    autoScore: z.number().nullable(),
    finalScore: z.number().nullable(),
    /** How much of the 100 weight points the score covers (dimensions with evidence). */
    coveredWeight: z.number(),
  }),
  criteria: z.array(ScoredCriterionSchema),
  /** Red flags first, then the other signals. */
  signals: z.array(SignalSchema),
  /** Every red flag with its caps and whether a reviewer cleared it (optional for producers that predate it). */
  redFlags: z.array(RedFlagSchema).optional(),
});
export type ScorecardResult = z.infer<typeof ScorecardResultSchema>;
