// Pure (all processes): the one contract between the renderer and the host. Both transports
// (Electron IPC and the browser-mode HTTP server) carry exactly these messages.
import { z } from 'zod';
import { ExerciseIdSchema } from './exercise-ids';
import type { HostCaller } from './host-roles';
import { ReviewActionSchema, ScorecardResultSchema, SessionReviewSchema } from './review';
import {
  AssessmentPlanSchema,
  CandidateNameSchema,
  PlannedExerciseSchema,
  SessionEventTypeSchema,
  SessionLocationSchema,
  SessionSchema,
} from './session';

/** Payload cap for one message: a huge paste gets a clear refusal instead of a stalled host. */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

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

export const SaveProgressInputSchema = z.object({
  sessionId: z.uuid(),
  location: SessionLocationSchema,
  elapsedMs: z.record(z.string(), z.number().nonnegative()),
  /** Only the answers that changed since the last save. */
  answers: z.record(z.string(), z.unknown()).optional(),
  events: z.array(NewEventSchema).max(500).optional(),
});

export const SessionSummarySchema = z.object({
  sessionId: z.uuid(),
  candidateName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['in-progress', 'submitted']),
  planTitle: z.string(),
  variants: z.array(z.object({ exerciseId: ExerciseIdSchema, variantId: z.string() })),
  integrity: z.object({ ok: z.boolean(), message: z.string() }),
  source: z.enum(['this-machine', 'imported']),
  review: z.object({
    state: z.enum(['not-graded', 'graded', 'reviewed']),
    /** Final overall score 0..100 over `coveredWeight` of the 100 weight points; null until graded. */
    overallScore: z.number().nullable(),
    coveredWeight: z.number(),
    redFlags: z.array(z.string()),
  }),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const IntegrityReportSchema = z.object({
  ok: z.boolean(),
  eventCount: z.number().int(),
  /** Index of the first event whose hash does not verify, when the chain breaks. */
  brokenAtSeq: z.number().int().nullable(),
  message: z.string(),
});
export type IntegrityReport = z.infer<typeof IntegrityReportSchema>;

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
    output: z.object({ session: SessionSchema.nullable() }),
  },
  getPendingPlan: {
    channel: 'plan:get-pending',
    input: z.object({}),
    output: z.object({ plan: AssessmentPlanSchema, isDefault: z.boolean() }),
  },
  openPlanFile: {
    channel: 'plan:open-file',
    input: z.object({ fileName: z.string().max(260), content: z.string().max(MAX_MESSAGE_BYTES) }),
    output: z.object({ plan: AssessmentPlanSchema }),
  },
  startSession: {
    channel: 'session:start',
    input: z.object({ candidateName: CandidateNameSchema, consent: z.literal(true) }),
    output: z.object({ session: SessionSchema }),
  },
  saveProgress: {
    channel: 'session:save-progress',
    input: SaveProgressInputSchema,
    output: z.object({ savedAt: z.string(), eventCount: z.number().int() }),
  },
  submitSession: {
    channel: 'session:submit',
    input: z.object({ sessionId: z.uuid(), reflection: z.string().max(20_000) }),
    output: z.object({ session: SessionSchema }),
  },
  exportSession: {
    channel: 'session:export',
    input: z.object({ sessionId: z.uuid() }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  getReviewerStatus: {
    channel: 'reviewer:get-status',
    input: z.object({}),
    output: z.object({ passphraseSet: z.boolean() }),
  },
  unlockReviewer: {
    channel: 'reviewer:unlock',
    input: z.object({ reviewerName: ReviewerName, passphrase: Passphrase, setPassphrase: z.boolean() }),
    output: z.object({ token: ReviewerToken, reviewerName: z.string() }),
  },
  lockReviewer: { channel: 'reviewer:lock', input: z.object({ token: ReviewerToken }), output: Ok },
  listSessions: {
    channel: 'reviewer:list-sessions',
    input: z.object({ token: ReviewerToken }),
    output: z.object({ sessions: z.array(SessionSummarySchema) }),
  },
  importSession: {
    channel: 'reviewer:import-session',
    input: z.object({ token: ReviewerToken, fileName: z.string().max(260), content: z.string().max(MAX_MESSAGE_BYTES) }),
    output: z.object({ summary: SessionSummarySchema }),
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
export type HostErrorCode = 'invalid-input' | 'not-found' | 'forbidden' | 'conflict' | 'bad-file' | 'internal';

export const HOST_METHODS = Object.keys(hostApiSpec) as HostMethod[];
export const methodForChannel = (channel: string): HostMethod | undefined =>
  HOST_METHODS.find((m) => hostApiSpec[m].channel === channel);

/** Readable one-line summary of a zod failure: which field, what is wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** What the Electron preload exposes as `window.hostBridge`: the same methods, replies still in their envelope. */
export type HostBridge = { [M in HostMethod]: (input: HostInput<M>) => Promise<HostReply<HostOutput<M>>> };
