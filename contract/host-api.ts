// Pure (all processes): the one contract between the renderer and the host. Both transports
// (Electron IPC and the browser-mode HTTP server) carry exactly these messages.
import { z } from 'zod';
import { humanIssues } from './human-issues';
import { FeedbackSheetSchema } from './feedback';
import { ExerciseIdSchema } from './exercise-ids';
import type { HostCaller } from './host-roles';
import {
  ConflictChoiceSchema,
  DecisionSchema,
  MAX_REVIEW_IMPORT_CHARS,
  PanelSummarySchema,
  PanelViewSchema,
  ReviewImportResultSchema,
  ReviewerListEntrySchema,
  SummaryTextSchema,
} from './panel';
import { ReviewActionSchema, ScorecardResultSchema, SessionReviewSchema } from './review';
import {
  AssessmentPlanSchema,
  CandidateNameSchema,
  PlannedExerciseSchema,
  SessionEventTypeSchema,
  SessionLocationSchema,
  SessionSchema,
} from './session';
import { IntegrityReportSchema, ReceiptCodeSchema, type IntegrityReport } from './sealing';

export { IntegrityReportSchema, type IntegrityReport };

/** Payload cap for one message: a huge paste gets a clear refusal instead of a stalled host. */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;
/** Session files travel in chunks of at most this many characters (import and export alike, both transports). */
export const FILE_CHUNK_CHARS = 512 * 1024;
/** No genuine session file comes near this; a legacy format-1 file of a long session can reach ~17 MB. */
export const MAX_SESSION_FILE_BYTES = 24 * 1024 * 1024;

const ReviewerToken = z.string().regex(/^[0-9a-f]{64}$/, 'reviewer token');
const ReviewerName = z.string().trim().min(1, 'Enter your name').max(120);
const Passphrase = z.string().min(10, 'Use at least 10 characters').max(200);

export const AppInfoSchema = z.object({
  mode: z.enum(['electron', 'browser']),
  version: z.string(),
  dataDir: z.string(),
});

export const NewEventSchema = z.object({
  type: SessionEventTypeSchema,
  exerciseId: ExerciseIdSchema.optional(),
  data: z.record(z.string(), z.unknown()),
});
export type NewEvent = z.infer<typeof NewEventSchema>;

/** The host measures elapsed time itself (its monotonic clock); a client's figure is never read. */
export const SaveProgressInputSchema = z.object({
  sessionId: z.uuid(),
  location: SessionLocationSchema,
  /** Only the answers that changed since the last save. */
  answers: z.record(z.string(), z.unknown()).optional(),
  events: z.array(NewEventSchema).max(500).optional(),
  /** The window's session lease (from getActiveSession/startSession): a save from a window that lost it is refused. */
  leaseId: z.uuid().optional(),
});

export const SessionSummarySchema = z.object({
  sessionId: z.uuid(),
  candidateName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['in-progress', 'submitted']),
  planTitle: z.string(),
  variants: z.array(z.object({ exerciseId: ExerciseIdSchema, variantId: z.string() })),
  integrity: z.object({ ok: z.boolean(), message: z.string(), receipt: z.string().nullable().optional(), sealState: z.string().optional() }),
  source: z.enum(['this-machine', 'imported']),
  /** The version (head hash) of the stored copy. */
  headHash: z.string().nullable().optional(),
  review: z.object({
    /** `stale`: graded on an older version of this session; it is graded again. */
    state: z.enum(['not-graded', 'graded', 'reviewed', 'stale']),
    /** Final overall score 0..100 over `coveredWeight` of the 100 weight points; null until graded. */
    overallScore: z.number().nullable(),
    coveredWeight: z.number(),
    redFlags: z.array(z.string()),
  }),
  /** The hiring panel's state for the caller (optional only for producers that predate it; the host always sends it). */
  panel: PanelSummarySchema.optional(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const PlanDraftSchema = z.object({
  title: z.string().trim().min(1).max(120),
  candidateName: CandidateNameSchema.optional(),
  exercises: z.array(PlannedExerciseSchema).min(1),
  extraTimeMultiplier: z.number().min(1).max(3),
  variantMode: z.enum(['random', 'fixed']),
});
export type PlanDraft = z.infer<typeof PlanDraftSchema>;

const Ok = z.object({ ok: z.literal(true) });

/**
 * Every message: its channel (`domain:verb-noun`), input and output schemas.
 * The method name is the key; the host validates `input`, the renderer may validate `output`.
 */
export const hostApiSpec = {
  getAppInfo: { channel: 'app:get-info', input: z.object({}), output: AppInfoSchema },
  getActiveSession: {
    channel: 'session:get-active',
    input: z.object({}),
    /** Opening the session takes its lease: the newest window holds it, an older one learns so on its next save. */
    output: z.object({ session: SessionSchema.nullable(), leaseId: z.uuid().optional() }),
  },
  getPendingPlan: {
    channel: 'plan:get-pending',
    input: z.object({}),
    output: z.object({ plan: AssessmentPlanSchema, isDefault: z.boolean() }),
  },
  openPlanFile: {
    channel: 'plan:open-file',
    /** With a reviewer token the plan comes from the reviewer area; without one it must be a signed plan file. */
    input: z.object({ fileName: z.string().max(260), content: z.string().max(256 * 1024), token: ReviewerToken.optional() }),
    output: z.object({ plan: AssessmentPlanSchema }),
  },
  startSession: {
    channel: 'session:start',
    input: z.object({ candidateName: CandidateNameSchema, consent: z.literal(true) }),
    output: z.object({ session: SessionSchema, leaseId: z.uuid().optional() }),
  },
  saveProgress: {
    channel: 'session:save-progress',
    input: SaveProgressInputSchema,
    output: z.object({
      savedAt: z.string(),
      eventCount: z.number().int(),
      /** The host's clock, per location: the renderer shows this, it never reports its own. */
      elapsedMs: z.record(z.string(), z.number().nonnegative()),
      timeUpAt: z.string().nullable(),
    }),
  },
  submitSession: {
    channel: 'session:submit',
    input: z.object({ sessionId: z.uuid(), reflection: z.string().max(20_000), leaseId: z.uuid().optional() }),
    output: z.object({ session: SessionSchema }),
  },
  /** One chunk of the session file from `offset`; call again with `nextOffset` until it is null. */
  exportSession: {
    channel: 'session:export',
    input: z.object({ sessionId: z.uuid(), offset: z.number().int().nonnegative().default(0) }),
    output: z.object({ fileName: z.string(), receipt: z.string().nullable(), totalChars: z.number().int(), chunk: z.string(), nextOffset: z.number().int().nullable() }),
  },
  /** The PR author's answers to the candidate's submitted review (exercise pr-review); reply texts only. */
  prReviewAuthorReplies: {
    channel: 'prReview:author-replies',
    input: z.object({ sessionId: z.uuid() }),
    output: z.object({ replies: z.array(z.object({ commentId: z.string(), text: z.string() })).max(3) }),
  },
  getReviewerStatus: {
    channel: 'reviewer:get-status',
    input: z.object({}),
    /** `reviewers`: the names that can unlock here, for a picker (nothing else about them). */
    output: z.object({ passphraseSet: z.boolean(), reviewers: z.array(z.object({ name: z.string() })) }),
  },
  /**
   * `setPassphrase: true` creates the first reviewer of this machine (a panel lead); otherwise the identity is found
   * by name (trimmed, case-insensitive) and its passphrase checked.
   */
  unlockReviewer: {
    channel: 'reviewer:unlock',
    input: z.object({ reviewerName: ReviewerName, passphrase: Passphrase, setPassphrase: z.boolean() }),
    output: z.object({ token: ReviewerToken, reviewerName: z.string(), reviewerId: z.uuid(), panelLead: z.boolean() }),
  },
  /** A panel lead adds a reviewer who types their own passphrase at this workstation. */
  addReviewer: {
    channel: 'reviewer:add-reviewer',
    input: z.object({ token: ReviewerToken, name: ReviewerName, passphrase: Passphrase, panelLead: z.boolean() }),
    output: z.object({ reviewer: z.object({ id: z.uuid(), name: z.string(), panelLead: z.boolean() }) }),
  },
  listReviewers: {
    channel: 'reviewer:list-reviewers',
    input: z.object({ token: ReviewerToken }),
    output: z.object({ reviewers: z.array(ReviewerListEntrySchema) }),
  },
  lockReviewer: { channel: 'reviewer:lock', input: z.object({ token: ReviewerToken }), output: Ok },
  listSessions: {
    channel: 'reviewer:list-sessions',
    input: z.object({ token: ReviewerToken }),
    output: z.object({ sessions: z.array(SessionSummarySchema) }),
  },
  /** Import goes in chunks: begin (size), chunk… (in order), then importSession checks and stores the file. */
  importSessionBegin: {
    channel: 'reviewer:import-begin',
    input: z.object({ token: ReviewerToken, fileName: z.string().max(260), totalChars: z.number().int().nonnegative() }),
    output: z.object({ uploadId: z.string() }),
  },
  importSessionChunk: {
    channel: 'reviewer:import-chunk',
    input: z.object({ token: ReviewerToken, uploadId: z.string().max(64), chunk: z.string().max(FILE_CHUNK_CHARS) }),
    output: z.object({ receivedChars: z.number().int() }),
  },
  importSession: {
    channel: 'reviewer:import-session',
    /** `receipt`: the code the proctor wrote down at hand-in, when there is one; a mismatch refuses the file. */
    input: z.object({ token: ReviewerToken, uploadId: z.string().max(64), receipt: ReceiptCodeSchema.optional() }),
    output: z.object({ summary: SessionSummarySchema, integrity: IntegrityReportSchema, replaced: z.boolean() }),
  },
  getSessionForReview: {
    channel: 'reviewer:get-session',
    input: z.object({ token: ReviewerToken, sessionId: z.uuid() }),
    output: z.object({ session: SessionSchema, integrity: IntegrityReportSchema, review: SessionReviewSchema.nullable(), scorecard: ScorecardResultSchema.nullable() }),
  },
  gradeSession: {
    channel: 'reviewer:grade-session',
    input: z.object({ token: ReviewerToken, sessionId: z.uuid() }),
    output: z.object({ review: SessionReviewSchema, scorecard: ScorecardResultSchema }),
  },
  applyReviewAction: {
    channel: 'reviewer:apply-review-action',
    input: z.object({ token: ReviewerToken, sessionId: z.uuid(), action: ReviewActionSchema }),
    output: z.object({ review: SessionReviewSchema, scorecard: ScorecardResultSchema }),
  },
  /** The candidate's feedback sheet, written from the scorecard and scanned for grading material by the host. */
  getCandidateFeedback: {
    channel: 'reviewer:get-candidate-feedback',
    input: z.object({ token: ReviewerToken, sessionId: z.uuid() }),
    output: FeedbackSheetSchema,
  },
  /** The caller's blind submission: ratings come from their own scorecard; notes, recommendation and summary from them. */
  submitReview: {
    channel: 'reviewer:submit-review',
    input: z.object({
      token: ReviewerToken,
      sessionId: z.uuid(),
      notes: z.array(z.object({ dimensionId: z.string().min(1).max(64), note: z.string().trim().max(4_000) })).max(20).default([]),
      recommendation: DecisionSchema,
      summary: SummaryTextSchema,
    }),
    output: z.object({ panel: PanelViewSchema }),
  },
  getPanel: {
    channel: 'reviewer:get-panel',
    input: z.object({ token: ReviewerToken, sessionId: z.uuid() }),
    output: PanelViewSchema,
  },
  /** Panel leads only, after submitting their own review of the session. */
  recordDecision: {
    channel: 'reviewer:record-decision',
    input: z.object({ token: ReviewerToken, sessionId: z.uuid(), decision: DecisionSchema, rationale: SummaryTextSchema }),
    output: z.object({ panel: PanelViewSchema }),
  },
  /** The caller's own review files (every session, or one) as a bundle to take to another laptop. */
  exportReviewFiles: {
    channel: 'reviewer:export-review-files',
    input: z.object({ token: ReviewerToken, sessionId: z.uuid().optional() }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  /** A bundle or a single review file; each file is checked and merged on its own. */
  importReviewFiles: {
    channel: 'reviewer:import-review-files',
    input: z.object({
      token: ReviewerToken,
      fileName: z.string().max(260),
      content: z.string().max(MAX_REVIEW_IMPORT_CHARS, `A review file can be at most ${MAX_REVIEW_IMPORT_CHARS / 1024 / 1024} MB`),
    }),
    output: z.object({ results: z.array(ReviewImportResultSchema) }),
  },
  /**
   * The reviewer whose file it is, or a panel lead, chooses which copy of a conflicting review file stays as that
   * reviewer's file. `storedHead`/`incomingHead` name the copies the caller compared; the other copy is set aside.
   */
  resolveReviewConflict: {
    channel: 'reviewer:resolve-review-conflict',
    input: z.object({
      token: ReviewerToken,
      sessionId: z.uuid(),
      reviewerId: z.uuid(),
      storedHead: z.string().regex(/^[0-9a-f]{64}$/, 'a version fingerprint (64 hex characters)'),
      incomingHead: z.string().regex(/^[0-9a-f]{64}$/, 'a version fingerprint (64 hex characters)'),
      keep: ConflictChoiceSchema,
    }),
    output: z.object({ panel: PanelViewSchema, message: z.string() }),
  },
  preparePlan: {
    channel: 'reviewer:prepare-plan',
    input: z.object({ token: ReviewerToken, draft: PlanDraftSchema, action: z.enum(['start-here', 'export']) }),
    output: z.object({ plan: AssessmentPlanSchema, fileName: z.string(), content: z.string() }),
  },
} as const;

export type HostApiSpec = typeof hostApiSpec;
export type HostMethod = keyof HostApiSpec;
export type HostInput<M extends HostMethod> = z.input<HostApiSpec[M]['input']>;
export type HostOutput<M extends HostMethod> = z.output<HostApiSpec[M]['output']>;

/** What the renderer calls: one async method per message. */
export type HostApi = { [M in HostMethod]: (input: HostInput<M>) => Promise<HostOutput<M>> };

/**
 * What the host implements: receives already-validated input and, from the dispatcher, the verified caller
 * (contract/host-roles.ts). `caller` is optional only so tests can call a handler directly.
 */
export type HostHandlers = { [M in HostMethod]: (input: z.output<HostApiSpec[M]['input']>, caller?: HostCaller<M>) => Promise<HostOutput<M>> };

/** Every reply is an envelope, so a refusal keeps its message intact across IPC and HTTP alike. */
export type HostReply<T> = { ok: true; value: T } | { ok: false; error: { code: HostErrorCode; message: string } };
export type HostErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'bad-file'
  | 'internal'
  /** The overall time is used up: nothing more is saved, only the submission. */
  | 'time-up'
  /** A file or payload over its size limit. */
  | 'too-large'
  /** A session file that fails its integrity checks (chain, derived state, plan, seal, receipt). */
  | 'integrity'
  /** Another window opened the session since (it holds the lease): this window is read-only. */
  | 'lease-lost';

export const HOST_METHODS = Object.keys(hostApiSpec) as HostMethod[];
export const methodForChannel = (channel: string): HostMethod | undefined =>
  HOST_METHODS.find((m) => hostApiSpec[m].channel === channel);

/** A zod failure in words for people (contract/human-issues.ts): which field, in plain words, and what to do. */
export function describeIssues(error: z.ZodError): string {
  return humanIssues(error);
}

/** What the Electron preload exposes as `window.hostBridge`: the same methods, replies still in their envelope. */
export type HostBridge = { [M in HostMethod]: (input: HostInput<M>) => Promise<HostReply<HostOutput<M>>> };
