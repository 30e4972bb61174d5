// Pure (all processes): what a reviewer's machine hands a candidate laptop (a signed plan file), and what it reports
// when a session comes back (chain, plan check, seal, receipt).
import { z } from 'zod';
import { AssessmentPlanSchema, Sha256Hex } from './session';

/**
 * A plan file exported by a reviewer's machine. `planMac` = HMAC(planSecret, canonical(plan)) lets that machine
 * recognise the plan when the session comes back; `sealKey` = HMAC(planSecret, "seal:" + planId) is what the
 * candidate laptop's host seals with. The plan secret itself never leaves the reviewer's machine.
 */
export const SignedPlanFileSchema = z
  .object({
    format: z.literal('dpe-assessment-plan-file'),
    version: z.literal(2),
    plan: AssessmentPlanSchema,
    planMac: Sha256Hex,
    sealKey: Sha256Hex,
  })
  .strict();
export type SignedPlanFile = z.infer<typeof SignedPlanFileSchema>;

/** `7K3M-QX2D`: 40 bits of the sealed head, in an alphabet without 0/O or 1/I confusion. */
export const ReceiptCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{4}-?[0-9A-Z]{4}$/, 'A receipt code looks like 7K3M-QX2D');

export const SealCheckSchema = z.object({
  state: z.enum(['verified', 'not-sealed', 'unverifiable', 'invalid']),
  message: z.string(),
});

export const PlanCheckSchema = z.object({
  /** true: this machine prepared the plan and it is unchanged; false: it did not; null: it cannot tell (legacy). */
  preparedHere: z.boolean().nullable(),
  message: z.string(),
});

export const IntegrityReportSchema = z.object({
  /** False when anything below is wrong or cannot be vouched for (a legacy file, a missing seal, a receipt mismatch). */
  ok: z.boolean(),
  format: z.enum(['v2', 'legacy']),
  eventCount: z.number().int(),
  /** Index of the first record whose hash does not verify, when the chain breaks. */
  brokenAtSeq: z.number().int().nullable(),
  /** One sentence that sums it up (the chain, or the first problem). */
  message: z.string(),
  headHash: z.string().nullable(),
  receipt: z.string().nullable(),
  plan: PlanCheckSchema,
  seal: SealCheckSchema,
  /** Other findings worth a reviewer's attention, in plain sentences. */
  notes: z.array(z.string()),
});
export type IntegrityReport = z.infer<typeof IntegrityReportSchema>;
