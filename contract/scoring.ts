// Pure (all processes): what a rubric produces. Reviewer screens render these; rubrics/ produces them.
import { z } from 'zod';
import { ExerciseIdSchema } from './exercise-ids';

/** Something concrete behind a point: a hidden test, a result row, a line of code, a matched phrase. */
export const EvidenceSchema = z.object({
  kind: z.enum(['hidden-test', 'query-result', 'check-run', 'code-line', 'text-match', 'action', 'iteration', 'note']),
  label: z.string(),
  detail: z.string().optional(),
  /** 1-based line in the candidate's answer, when the evidence is a line of code. */
  line: z.number().int().positive().optional(),
  passed: z.boolean().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** An exercise, or `assessment` for evidence drawn from the whole session (learning agility, the reflection). */
export const GradedPartSchema = z.union([ExerciseIdSchema, z.literal('assessment')]);
export type GradedPart = z.infer<typeof GradedPartSchema>;

export const CriterionResultSchema = z.object({
  /** Stable id, e.g. `sql.query.bug-fanout`; never renamed, so stored sessions can be re-graded. */
  criterionId: z.string().min(1),
  exerciseId: GradedPartSchema,
  title: z.string(),
  /** 0..1; null when the criterion waits for a reviewer (e.g. a 1-5 rating not given yet). */
  score: z.number().min(0).max(1).nullable(),
  evidence: z.array(EvidenceSchema),
  source: z.enum(['auto', 'reviewer']),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

export const SignalSchema = z.object({
  signalId: z.string().min(1),
  exerciseId: GradedPartSchema,
  kind: z.enum(['strong', 'weak', 'red-flag']),
  title: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type Signal = z.infer<typeof SignalSchema>;

export const ExerciseGradeSchema = z.object({
  exerciseId: GradedPartSchema,
  variantId: z.string(),
  criteria: z.array(CriterionResultSchema),
  signals: z.array(SignalSchema),
  /** Set when grading itself failed (e.g. the answer could not be parsed); criteria then score 0 with this as evidence. */
  error: z.string().optional(),
});
export type ExerciseGrade = z.infer<typeof ExerciseGradeSchema>;

/** The seven scorecard dimensions of the role (weights live in the scorecard file in rubrics/). */
export const DimensionIdSchema = z.enum([
  'sql-data',
  'python-scripting',
  'pipelines',
  'operations',
  'security',
  'communication',
  'learning',
]);
export type DimensionId = z.infer<typeof DimensionIdSchema>;

/** A rubric's declaration of one criterion: which dimension it feeds and how much it counts there. */
export interface CriterionDefinition {
  criterionId: string;
  exerciseId: GradedPart;
  title: string;
  dimension: DimensionId;
  /** Relative weight within the dimension (any positive number). */
  weight: number;
  /** Anchored 1-5 descriptions when a reviewer rates this criterion. */
  ratingAnchors?: { 1: string; 3: string; 5: string };
}
