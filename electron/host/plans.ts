// Host (Node): assessment plans: the default one, a reviewer's draft made into a plan, variants drawn per candidate.
import { describeIssues, type PlanDraft } from '../../contract/host-api';
import { AssessmentPlanSchema, type AssessmentPlan } from '../../contract/session';
import { findExerciseDefinition, plannableExercises, variantIds } from '../../assessment/exercise-registry';
import { SignedPlanFileSchema, type SignedPlanFile } from '../../contract/sealing';
import { HostError } from './host-error';
import { parseStrictJson } from './session-log/strict-json';

export const DEFAULT_PLAN_ID = 'default-junior-dpe';

export function defaultPlan(now: Date): AssessmentPlan {
  return {
    format: 'dpe-assessment-plan',
    version: 1,
    planId: DEFAULT_PLAN_ID,
    title: 'Junior Data Platform Engineer assessment',
    exercises: plannableExercises().map((e) => ({ exerciseId: e.exerciseId, minutes: e.defaultMinutes })),
    extraTimeMultiplier: 1,
    variantMode: 'random',
    createdAt: now.toISOString(),
  };
}

/** Checks what a schema cannot: every exercise exists and is ready, every fixed variant is real. */
export function checkPlanContent(plan: AssessmentPlan): AssessmentPlan {
  for (const planned of plan.exercises) {
    const definition = findExerciseDefinition(planned.exerciseId);
    if (!definition?.available) throw new HostError('bad-file', `The exercise "${planned.exerciseId}" is not available in this version of the app yet.`);
    const known = variantIds(definition);
    if (planned.variantId && !known.includes(planned.variantId)) {
      throw new HostError('bad-file', `"${definition.title}" has no variant "${planned.variantId}". Known: ${known.join(', ')}.`);
    }
  }
  if (plan.variantMode === 'fixed' && plan.exercises.some((e) => !e.variantId)) {
    throw new HostError('bad-file', 'A plan with fixed variants must name a variant for every exercise.');
  }
  return plan;
}

export function planFromDraft(draft: PlanDraft, createdBy: string, now: Date, planId: string): AssessmentPlan {
  return checkPlanContent(
    AssessmentPlanSchema.parse({
      format: 'dpe-assessment-plan',
      version: 1,
      planId,
      title: draft.title,
      ...(draft.candidateName ? { candidateName: draft.candidateName } : {}),
      exercises: draft.variantMode === 'random' ? draft.exercises.map(({ exerciseId, minutes }) => ({ exerciseId, minutes })) : draft.exercises,
      extraTimeMultiplier: draft.extraTimeMultiplier,
      variantMode: draft.variantMode,
      createdAt: now.toISOString(),
      createdBy,
    }),
  );
}

/**
 * Reads a plan file. A signed file (format 2, exported by a reviewer's machine) is accepted anywhere; a bare plan
 * (format 1, no MAC, no seal key) only from the reviewer area, because nothing could later show who wrote it.
 */
export function parsePlanFile(text: string, { fromReviewer }: { fromReviewer: boolean }): { plan: AssessmentPlan; signed: SignedPlanFile | null } {
  let raw: unknown;
  try {
    raw = parseStrictJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new HostError('bad-file', `The file is not valid JSON, so it is not an assessment plan (${(error as Error).message}).`);
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'dpe-assessment-plan-file') {
    const signed = SignedPlanFileSchema.safeParse(raw);
    if (!signed.success) throw new HostError('bad-file', `This plan file is malformed: ${describeIssues(signed.error)}.`);
    return { plan: checkPlanContent(signed.data.plan), signed: signed.data };
  }
  const parsed = AssessmentPlanSchema.safeParse(raw);
  if (!parsed.success) throw new HostError('bad-file', `This is not a valid assessment plan: ${describeIssues(parsed.error)}.`);
  if (!fromReviewer) {
    throw new HostError('forbidden', 'This plan file is not signed by a reviewer’s machine. Open it from the reviewer area, or ask the reviewer for the file their machine exported.');
  }
  return { plan: checkPlanContent(parsed.data), signed: null };
}

/** Resolves every exercise to a concrete variant: fixed ones stay, the others are drawn with `random`. */
export function resolveVariants(plan: AssessmentPlan, random: () => number): AssessmentPlan {
  return {
    ...plan,
    exercises: plan.exercises.map((planned) => {
      if (planned.variantId) return planned;
      const definition = findExerciseDefinition(planned.exerciseId);
      const ids = definition ? variantIds(definition) : [];
      const variantId = ids[Math.floor(random() * ids.length) % ids.length];
      if (!variantId) throw new HostError('bad-file', `The plan names ${planned.exerciseId}, which has no variants in this version of the app.`);
      return { ...planned, variantId };
    }),
  };
}
