// Host (Node): assessment plans: the default one, a reviewer's draft made into a plan, variants drawn per candidate.
import { describeIssues, type PlanDraft } from '../../contract/host-api';
import { AssessmentPlanSchema, type AssessmentPlan } from '../../contract/session';
import { findExerciseDefinition, plannableExercises, variantIds } from '../../assessment/exercise-registry';
import { HostError } from './host-error';

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

export function parsePlanFile(text: string): AssessmentPlan {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new HostError('bad-file', 'The file is not valid JSON, so it is not an assessment plan.');
  }
  const parsed = AssessmentPlanSchema.safeParse(raw);
  if (!parsed.success) throw new HostError('bad-file', `This is not a valid assessment plan: ${describeIssues(parsed.error)}.`);
  return checkPlanContent(parsed.data);
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
      if (!variantId) throw new HostError('internal', `No variants exist for ${planned.exerciseId}.`);
      return { ...planned, variantId };
    }),
  };
}
