// Pure (all processes): the payload of every event type in the chained session log, one zod schema per type.
// The host checks each payload when it is recorded and again when a file is imported.
import { z } from 'zod';
import { PatchSchema } from './answer-patch';
import { AssessmentPlanSchema, CandidateNameSchema, Sha256Hex, SessionLocationSchema, type SessionEventType } from './session';

/** Where the plan came from: prepared in this machine's reviewer area, a signed file opened on the candidate screen, or the built-in default. */
export const PlanSourceSchema = z.enum(['reviewer-area', 'candidate-screen', 'default']);
export type PlanSource = z.infer<typeof PlanSourceSchema>;

export const GenesisDataSchema = z
  .object({
    sessionId: z.uuid(),
    candidateName: CandidateNameSchema,
    /** The plan with variants resolved: what the candidate was given. */
    plan: AssessmentPlanSchema,
    /** sha256 of the canonical resolved plan; the genesis link commits to it. */
    planHash: Sha256Hex,
    planSource: PlanSourceSchema,
    /** The plan exactly as the reviewer's machine prepared it (before variants were drawn), and its MAC. */
    preparedPlan: AssessmentPlanSchema.optional(),
    planMac: Sha256Hex.optional(),
    appVersion: z.string().max(40).optional(),
  })
  .strict();
export type GenesisData = z.infer<typeof GenesisDataSchema>;

export const RunDataSchema = z
  .object({
    /** Only runs the candidate started count as attempts; the app's own probes (drawing a tile) are `app`. */
    startedBy: z.enum(['candidate', 'app']),
    purpose: z.string().min(1).max(120),
    ok: z.boolean(),
  })
  .catchall(z.unknown());

export const SealDataSchema = z
  .object({
    /** The hash of the record before this one: what is sealed. */
    head: Sha256Hex,
    /** HMAC-SHA256 of the head under the plan's seal key; null when the plan carried no key (the default plan). */
    mac: Sha256Hex.nullable(),
    receipt: z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    reason: z.enum(['submitted', 'time-up']),
  })
  .strict();
export type SealData = z.infer<typeof SealDataSchema>;

export const EVENT_DATA_SCHEMAS: Record<SessionEventType, z.ZodType<Record<string, unknown>>> = {
  'session-started': GenesisDataSchema,
  'session-resumed': z.object({ closedForMs: z.number().nonnegative().nullable() }).strict(),
  navigated: z.object({ from: SessionLocationSchema, to: SessionLocationSchema }).strict(),
  run: RunDataSchema,
  autosave: z.object({ patch: PatchSchema }).strict(),
  paste: z.object({ chars: z.number().int().nonnegative(), lines: z.number().int().nonnegative().optional(), target: z.string().max(60).optional() }).catchall(z.unknown()),
  'focus-lost': z.object({}).catchall(z.unknown()),
  'focus-returned': z.object({ awayMs: z.number().nonnegative() }).catchall(z.unknown()),
  action: z.object({ kind: z.string().min(1).max(60) }).catchall(z.unknown()),
  tick: z.object({}).strict(),
  'time-up': z.object({ scope: z.enum(['overall', 'exercise']) }).strict(),
  submitted: z.object({ reflection: z.string().max(20_000) }).strict(),
  sealed: SealDataSchema,
};

/** Types only the host records; a renderer that sends one is refused. */
export const HOST_ONLY_EVENT_TYPES: ReadonlySet<SessionEventType> = new Set([
  'session-started',
  'session-resumed',
  'navigated',
  'autosave',
  'tick',
  'time-up',
  'submitted',
  'sealed',
]);

/** One renderer event's payload may not exceed this (JSON characters): a log stays small, a paste stays a count. */
export const MAX_EVENT_DATA_CHARS = 32_000;
