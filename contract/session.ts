// Pure (all processes): the assessment plan and the session file, as stored on disk and exchanged.
import { z } from 'zod';
import { ExerciseIdSchema } from './exercise-ids';

const IsoTime = z.iso.datetime();
export const CandidateNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter your name or candidate ID')
  .max(120, 'Keep the name or ID under 120 characters');

export const PlannedExerciseSchema = z.object({
  exerciseId: ExerciseIdSchema,
  minutes: z.number().int().min(1).max(240),
  /** Fixed variant; when absent the host draws one per candidate at session start. */
  variantId: z.string().min(1).max(60).optional(),
});
export type PlannedExercise = z.infer<typeof PlannedExerciseSchema>;

/** What a reviewer prepares: the exercises, their budgets, accommodations. Exported as a file or started here. */
export const AssessmentPlanSchema = z.object({
  format: z.literal('dpe-assessment-plan'),
  version: z.literal(1),
  planId: z.string().min(1).max(80),
  title: z.string().min(1).max(120),
  candidateName: CandidateNameSchema.optional(),
  exercises: z
    .array(PlannedExerciseSchema)
    .min(1)
    .refine((list) => new Set(list.map((e) => e.exerciseId)).size === list.length, 'Each exercise may appear once'),
  /** Accommodation: every budget is multiplied by this (1 = standard time). */
  extraTimeMultiplier: z.number().min(1).max(3),
  variantMode: z.enum(['random', 'fixed']),
  createdAt: IsoTime,
  createdBy: z.string().max(120).optional(),
});
export type AssessmentPlan = z.infer<typeof AssessmentPlanSchema>;

export const SessionEventTypeSchema = z.enum([
  'session-started',
  'session-resumed',
  'navigated',
  'run',
  'autosave',
  'paste',
  'focus-lost',
  'focus-returned',
  'action',
  'tick',
  'time-up',
  'submitted',
  'sealed',
]);
export type SessionEventType = z.infer<typeof SessionEventTypeSchema>;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');

/**
 * One record of the chained log. Format 2 (`sessions/<id>.jsonl`, one record a line): `el` is the host's active
 * clock in ms when the record was appended, `prevHash` is not stored (it is the previous record's `hash`), and
 * `hash = sha256(prevHash + "\n" + canonical(record without hash))`. Legacy format 1 stored `prevHash` and no `el`.
 * Each type's `data` has its own schema (contract/session-events.ts), checked on save and on import.
 */
export const SessionEventSchema = z.object({
  seq: z.number().int().nonnegative(),
  at: IsoTime,
  el: z.number().int().nonnegative().optional(),
  type: SessionEventTypeSchema,
  exerciseId: ExerciseIdSchema.optional(),
  data: z.record(z.string(), z.unknown()),
  prevHash: Sha256Hex.optional(),
  hash: Sha256Hex,
});
export type SessionEvent = z.infer<typeof SessionEventSchema>;

/** Where the candidate is: an exercise, or the overview between exercises. */
export const SessionLocationSchema = z.union([ExerciseIdSchema, z.literal('overview')]);
export type SessionLocation = z.infer<typeof SessionLocationSchema>;

/**
 * A session as every reader sees it (grader, scorecard, replay, the candidate's screen). In format 2 every field
 * but `events` is derived from the chained log by one pure function (electron/host/session-log/derive-session.ts);
 * nothing here is stored separately. A legacy format-1 file stored these fields beside its log.
 */
export const SessionSchema = z.object({
  format: z.literal('dpe-assessment-session'),
  version: z.union([z.literal(1), z.literal(2)]),
  sessionId: z.uuid(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  candidateName: CandidateNameSchema,
  /** The plan with every variant resolved. */
  plan: AssessmentPlanSchema,
  status: z.enum(['in-progress', 'submitted']),
  location: SessionLocationSchema,
  /** Active time per location in ms, measured by the host's clock; remaining time is derived from it. */
  elapsedMs: z.record(z.string(), z.number().nonnegative()),
  /** Latest answer per exercise; each exercise validates its own shape (exercises/<id>/answer.ts). */
  answers: z.record(z.string(), z.unknown()),
  reflection: z.string().max(20_000).optional(),
  submittedAt: IsoTime.optional(),
  /** When the host stopped the overall clock because the budget was used up. */
  timeUpAt: IsoTime.optional(),
  /** The hash of the last record: the version of the session a review is tied to. */
  headHash: Sha256Hex.optional(),
  /** Short code derived from the sealed head, shown to the candidate at hand-in; null while unsealed. */
  receipt: z.string().nullable().optional(),
  events: z.array(SessionEventSchema),
});
export type Session = z.infer<typeof SessionSchema>;
