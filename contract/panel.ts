// Pure (all processes): the hiring panel: reviewers as people, their hash-chained review files (one per reviewer per
// session, exchanged between laptops), blind submissions, the panel view that opens after one's own submission, and
// the lead's audited decision.
import { z } from 'zod';
import { LevelAnchorsSchema, ReviewActionSchema } from './review';
import { DimensionIdSchema } from './scoring';

const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hash (64 hex characters)');

export const ReviewerIdSchema = z.uuid();
export const ReviewerNameSchema = z.string().trim().min(1, 'Enter a name').max(120);

export const DECISIONS = ['strong-hire', 'hire', 'no-hire', 'strong-no-hire'] as const;
export const DecisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof DecisionSchema>;
export const DECISION_LABELS: Record<Decision, string> = {
  'strong-hire': 'Strong hire',
  hire: 'Hire',
  'no-hire': 'No hire',
  'strong-no-hire': 'Strong no hire',
};

export const SummaryTextSchema = z.string().trim().min(10, 'Write at least 10 characters').max(4_000);
const NoteText = z.string().max(4_000);

/** One dimension's rating as submitted: taken by the host from the reviewer's own final scorecard. */
export const SubmittedRatingSchema = z.object({
  dimensionId: DimensionIdSchema,
  /** 1..5 from the reviewer's own scorecard; null when the dimension had no evidence. */
  rating: z.number().min(1).max(5).nullable(),
  note: NoteText,
});
export type SubmittedRating = z.infer<typeof SubmittedRatingSchema>;

export const ReviewEntryBodySchema = z.discriminatedUnion('kind', [
  /** A rating, override or cleared flag on the reviewer's own scorecard (today's audit entries). */
  z.object({ kind: z.literal('action'), action: ReviewActionSchema, from: z.number().nullable(), to: z.number().nullable() }),
  /** The reviewer's blind submission; a later one revises it. */
  z.object({
    kind: z.literal('submit'),
    ratings: z.array(SubmittedRatingSchema),
    overallScore: z.number().min(0).max(100).nullable(),
    recommendation: DecisionSchema,
    summary: SummaryTextSchema,
  }),
  /** The panel's decision, recorded by a panel lead in their own file. */
  z.object({ kind: z.literal('decision'), decision: DecisionSchema, rationale: SummaryTextSchema }),
]);
export type ReviewEntryBody = z.infer<typeof ReviewEntryBodySchema>;

/** hash = sha256(canonical JSON of { seq, at, prevHash, sessionId, reviewerId, sessionHeadHash, body }). */
export const ReviewEntrySchema = z.object({
  seq: z.number().int().nonnegative(),
  at: z.iso.datetime(),
  /** The previous entry's hash; 64 zeros for seq 0. */
  prevHash: Hash,
  hash: Hash,
  /** The version of the session the reviewer was looking at. */
  sessionHeadHash: Hash.nullable(),
  body: ReviewEntryBodySchema,
});
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;

export const ReviewerRefSchema = z.object({ id: ReviewerIdSchema, name: ReviewerNameSchema });

/** `reviews/<sessionId>/<reviewerId>.json`: one reviewer's work on one session, append-only and hash-chained. */
export const ReviewFileSchema = z.object({
  format: z.literal('dpe-review-file'),
  version: z.literal(1),
  sessionId: z.uuid(),
  reviewer: ReviewerRefSchema,
  /** For messages only (not covered by the hashes): whose session this is, as the exporting machine knew it. */
  candidateName: z.string().max(200).optional(),
  entries: z.array(ReviewEntrySchema).max(20_000),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

/** What `exportReviewFiles` writes: the exporting reviewer's own files. */
export const ReviewBundleSchema = z.object({
  format: z.literal('dpe-review-bundle'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  exportedBy: ReviewerRefSchema,
  files: z.array(ReviewFileSchema).max(5_000),
});
export type ReviewBundle = z.infer<typeof ReviewBundleSchema>;

/** A review bundle or a single review file may be at most this large. */
export const MAX_REVIEW_IMPORT_CHARS = 4 * 1024 * 1024;

export const ReviewerListEntrySchema = z.object({
  id: ReviewerIdSchema,
  name: z.string(),
  panelLead: z.boolean(),
  /** true: can unlock on this machine; false: known only from imported review files. */
  local: z.boolean(),
});
export type ReviewerListEntry = z.infer<typeof ReviewerListEntrySchema>;

export const PanelDecisionSchema = z.object({
  decision: DecisionSchema,
  rationale: z.string(),
  /** The lead's name. */
  by: z.string(),
  /** The lead's reviewer id (addition to the design: names need not be unique across machines). */
  reviewerId: ReviewerIdSchema,
  at: z.iso.datetime(),
});
export type PanelDecision = z.infer<typeof PanelDecisionSchema>;

export const PanelDimensionSchema = z.object({
  dimensionId: DimensionIdSchema,
  title: z.string(),
  weight: z.number(),
  anchors: LevelAnchorsSchema,
  ratings: z.array(z.object({ reviewerId: ReviewerIdSchema, rating: z.number().nullable(), note: z.string() })),
  /** max - min of the non-null ratings; null with fewer than one rating. */
  spread: z.number().nullable(),
  /** spread >= 2 levels: the panel should discuss the evidence. */
  disagreement: z.boolean(),
});
export type PanelDimension = z.infer<typeof PanelDimensionSchema>;

export const PanelConflictSchema = z.object({
  reviewerId: ReviewerIdSchema,
  name: z.string(),
  storedHead: z.string(),
  incomingHead: z.string(),
  /** The file the diverging copy was kept in, under the data folder's reviews/<sessionId>/. */
  incomingFile: z.string(),
  /** What the resolve step compares: each copy's number of entries and the time of its last entry. */
  storedEntries: z.number().int().nonnegative(),
  incomingEntries: z.number().int().nonnegative(),
  storedLastAt: z.iso.datetime().nullable(),
  incomingLastAt: z.iso.datetime().nullable(),
});

/** Resolving a conflict: which copy stays as the reviewer's file. The other one is kept on disk, never deleted. */
export const ConflictChoiceSchema = z.enum(['stored', 'incoming']);
export type ConflictChoice = z.infer<typeof ConflictChoiceSchema>;

/**
 * One resolved conflict, in `reviews/<sessionId>/resolutions.json` on the machine where it was resolved (a record of
 * what happened to this machine's copies; see docs/session-format.md for why it is not an entry in a review file).
 */
export const ConflictResolutionSchema = z.object({
  /** Whose review file it was. */
  reviewerId: ReviewerIdSchema,
  reviewerName: z.string(),
  kept: ConflictChoiceSchema,
  /** The head of the copy that is now the reviewer's file. */
  keptHead: Hash,
  /** The head of the copy set aside, and the file it is kept in under reviews/<sessionId>/. */
  supersededHead: Hash,
  supersededFile: z.string().max(200),
  resolvedBy: ReviewerRefSchema,
  at: z.iso.datetime(),
});
export type ConflictResolution = z.infer<typeof ConflictResolutionSchema>;

export const ConflictResolutionsFileSchema = z.object({
  format: z.literal('dpe-conflict-resolutions'),
  version: z.literal(1),
  sessionId: z.uuid(),
  resolutions: z.array(ConflictResolutionSchema).max(10_000),
});
export type ConflictResolutionsFile = z.infer<typeof ConflictResolutionsFileSchema>;

/**
 * `blind` until the caller has submitted their own review of the session: then only `reviewers` (who submitted, when)
 * is filled and every other list is empty, `decision` null. `open` after: everything.
 */
export const PanelViewSchema = z.object({
  sessionId: z.uuid(),
  state: z.enum(['blind', 'open']),
  reviewers: z.array(
    z.object({
      id: ReviewerIdSchema,
      name: z.string(),
      submitted: z.boolean(),
      submittedAt: z.iso.datetime().nullable(),
      /** Submitted again after the first submission (e.g. after seeing the panel). */
      revised: z.boolean(),
    }),
  ),
  dimensions: z.array(PanelDimensionSchema),
  submissions: z.array(
    z.object({
      reviewerId: ReviewerIdSchema,
      name: z.string(),
      overallScore: z.number().nullable(),
      recommendation: DecisionSchema,
      summary: z.string(),
      at: z.iso.datetime(),
    }),
  ),
  /** The latest decision by time; null when none (or while blind). */
  decision: PanelDecisionSchema.nullable(),
  /** Every decision entry, oldest first. */
  decisionHistory: z.array(PanelDecisionSchema),
  /** Set when two panel leads' latest decisions differ (addition to the design): a sentence to show beside the decision. */
  decisionConflict: z.string().nullable(),
  conflicts: z.array(PanelConflictSchema),
  /** Conflicts resolved on this machine, oldest first (empty while blind; optional only for producers that predate it). */
  resolutions: z.array(ConflictResolutionSchema).optional(),
});
export type PanelView = z.infer<typeof PanelViewSchema>;

/** The panel columns of the session list. */
export const PanelSummarySchema = z.object({
  myReview: z.enum(['none', 'draft', 'submitted']),
  submittedCount: z.number().int().nonnegative(),
  decision: DecisionSchema.nullable(),
  /** Dimensions with a disagreement of two levels or more; null while the caller has not submitted (blind). */
  disagreements: z.number().int().nonnegative().nullable(),
});
export type PanelSummary = z.infer<typeof PanelSummarySchema>;

export const ReviewImportResultSchema = z.object({
  sessionId: z.string(),
  reviewerName: z.string(),
  outcome: z.enum(['added', 'updated', 'unchanged', 'conflict', 'refused']),
  message: z.string(),
});
export type ReviewImportResult = z.infer<typeof ReviewImportResultSchema>;
