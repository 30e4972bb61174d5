// Pure (all processes): the feedback sheet a hiring team can send a candidate: per dimension, what went well and
// what to work on, in words drawn from the scorecard, never from answer keys (the host scans it before returning it).
import { z } from 'zod';

export const FeedbackDimensionSchema = z.object({
  dimensionId: z.string(),
  title: z.string(),
  /** 1–5, or null when the assessment held nothing for this dimension. */
  rating: z.number().min(1).max(5).nullable(),
  strengths: z.array(z.string()),
  toWorkOn: z.array(z.string()),
});

export const FeedbackSheetSchema = z.object({
  format: z.literal('dpe-candidate-feedback'),
  version: z.literal(1),
  candidateName: z.string(),
  assessmentTitle: z.string(),
  dimensions: z.array(FeedbackDimensionSchema),
  /** The whole sheet as plain text, ready to paste into an email. */
  text: z.string(),
});
export type FeedbackSheet = z.infer<typeof FeedbackSheetSchema>;
