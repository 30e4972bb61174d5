// Host only: the hiring team's scorecard file (dimensions, weights, level anchors, criterion moves) and its validation.
import { z } from 'zod';
import { DimensionIdSchema, type DimensionId } from '../../contract/scoring';
import { LevelAnchorsSchema } from '../../contract/review';
import defaultScorecard from './scorecard.json';
import { allCriterionDefinitions } from './criterion-definitions';

export const DIMENSION_IDS: readonly DimensionId[] = DimensionIdSchema.options;
/** Weights are percentage points, so a reviewer can read "SQL 20" as a fifth of the overall score. */
export const TOTAL_WEIGHT = 100;

const DimensionConfigSchema = z.object({
  id: DimensionIdSchema,
  title: z.string().trim().min(1),
  weight: z.number().min(0, 'a weight cannot be negative'),
  levels: LevelAnchorsSchema,
});
export type DimensionConfig = z.infer<typeof DimensionConfigSchema>;

const CriterionOverrideSchema = z
  .object({
    criterionId: z.string().min(1),
    dimension: DimensionIdSchema.optional(),
    weight: z.number().positive('a criterion weight must be above 0').optional(),
  })
  .refine((o) => o.dimension !== undefined || o.weight !== undefined, 'an override must set a dimension, a weight or both');
export type CriterionOverride = z.infer<typeof CriterionOverrideSchema>;

export const ScorecardConfigSchema = z.object({
  format: z.literal('dpe-scorecard'),
  version: z.literal(1),
  name: z.string().max(120).optional(),
  dimensions: z.array(DimensionConfigSchema),
  criterionOverrides: z.array(CriterionOverrideSchema).default([]),
});
export type ScorecardConfig = z.infer<typeof ScorecardConfigSchema>;

export class ScorecardConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The scorecard file is not valid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ScorecardConfigError';
  }
}

function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`);
}

/** The rules zod cannot express alone: every dimension exactly once, weights summing to 100, only known criteria. */
function semanticProblems(config: ScorecardConfig, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const d of config.dimensions) seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
  for (const id of DIMENSION_IDS) {
    const count = seen.get(id) ?? 0;
    if (count === 0) problems.push(`dimension "${id}" is missing; all seven dimensions must be listed (use weight 0 to leave one out of the score)`);
    if (count > 1) problems.push(`dimension "${id}" appears ${count} times; list each dimension once`);
  }
  const total = config.dimensions.reduce((sum, d) => sum + d.weight, 0);
  if (Math.abs(total - TOTAL_WEIGHT) > 1e-9) {
    const parts = config.dimensions.map((d) => `${d.id} ${d.weight}`).join(', ');
    problems.push(`dimension weights add up to ${Number(total.toFixed(4))}, not ${TOTAL_WEIGHT} (${parts})`);
  }
  const overridden = new Set<string>();
  config.criterionOverrides.forEach((o, i) => {
    if (!known.has(o.criterionId)) problems.push(`criterionOverrides[${i}] names an unknown criterion "${o.criterionId}"`);
    if (overridden.has(o.criterionId)) problems.push(`criterionOverrides[${i}] repeats criterion "${o.criterionId}"; merge the two entries`);
    overridden.add(o.criterionId);
  });
  return problems;
}

/**
 * Reads a scorecard from its JSON text or an already-parsed object. Throws ScorecardConfigError listing every problem,
 * so a hiring team fixes the file in one pass rather than one error at a time.
 */
export function parseScorecardConfig(input: string | unknown, knownCriterionIds: Iterable<string>): ScorecardConfig {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      throw new ScorecardConfigError([`not valid JSON (${(error as Error).message})`]);
    }
  }
  const parsed = ScorecardConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ScorecardConfigError(describeZodIssues(parsed.error));
  const problems = semanticProblems(parsed.data, new Set(knownCriterionIds));
  if (problems.length > 0) throw new ScorecardConfigError(problems);
  return parsed.data;
}

/** The shipped scorecard (rubrics/scorecard/scorecard.json), validated against the criteria the rubrics declare. */
export function loadDefaultScorecard(): ScorecardConfig {
  return parseScorecardConfig(defaultScorecard, allCriterionDefinitions().map((c) => c.criterionId));
}
