// Host only: grades a whole session through the registries: each planned exercise with its rubric (answer, events,
// variant, shared resources), then learning agility from the whole log. The app, the CLI and the bench all use it.
import { findExerciseDefinition } from '../assessment/exercise-registry';
import type { ExerciseGrade } from '../contract/scoring';
import type { Session } from '../contract/session';
import { describeError, errorGrade } from './kit/error-grade';
import { openGradingResources as openResources } from './kit/grading-resources';
import type { GradedEvent, GradingResources, ResourceOptions } from './kit/rubric-module';
import { gradeLearning } from './learning/grade-learning';
import { EXERCISE_RUBRICS, findRubric } from './registry';

export type { GradingResources } from './kit/rubric-module';

export interface SessionGrade {
  sessionId: string;
  candidateName: string;
  /** One grade per scored exercise of the plan, then the assessment-wide learning-agility grade. */
  exercises: ExerciseGrade[];
}

/** Opens what every registered rubric grades with (sandboxes start lazily on first use); close it when done. */
export function openGradingResources(options: ResourceOptions = {}): GradingResources {
  return openResources(EXERCISE_RUBRICS, options);
}

/**
 * Grades one exercise with its rubric. An exercise never touched is graded from its starter, so it scores low;
 * an answer that does not parse, or a rubric that throws, gives an error grade with the reason, never an exception.
 */
export async function gradeExercise(
  exerciseId: string,
  variantId: string,
  answer: unknown,
  resources: GradingResources,
  events: readonly GradedEvent[] = [],
): Promise<ExerciseGrade> {
  const definition = findExerciseDefinition(exerciseId);
  const rubric = findRubric(exerciseId);
  if (!definition || !rubric) throw new Error(`No rubric is registered for the exercise "${exerciseId}".`);
  const fail = (error: string) => {
    let criteria = rubric.criteria;
    try {
      criteria = rubric.criteriaFor?.(variantId) ?? rubric.criteria;
    } catch {
      // An unknown variant: every declared criterion fails with the reason.
    }
    return errorGrade({ exerciseId: definition.exerciseId, variantId, criteria, error });
  };
  let given: unknown;
  try {
    given = answer ?? definition.starterAnswer(variantId);
  } catch (error) {
    return fail(describeError(error));
  }
  const parsed = definition.answerSchema.safeParse(given);
  if (!parsed.success) return fail(`The ${definition.title} answer is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ')}`);
  try {
    return await rubric.grade({ answer: parsed.data, events, variantId, resources });
  } catch (error) {
    return fail(`Grading failed: ${describeError(error)}`);
  }
}

const gradedEvents = (session: Session, exerciseId: string): GradedEvent[] =>
  session.events.filter((e) => e.exerciseId === exerciseId).map(({ seq, at, type, data }) => ({ seq, at, type, data }));

export async function gradeSession(session: Session, resources: GradingResources): Promise<SessionGrade> {
  const exercises: ExerciseGrade[] = [];
  for (const planned of session.plan.exercises) {
    const definition = findExerciseDefinition(planned.exerciseId);
    // The practice question is a warm-up; an exercise this version does not know cannot be graded here.
    if (!definition?.scored) continue;
    exercises.push(await gradeExercise(planned.exerciseId, planned.variantId ?? '', session.answers[planned.exerciseId], resources, gradedEvents(session, planned.exerciseId)));
  }
  exercises.push(gradeLearning(session));
  return { sessionId: session.sessionId, candidateName: session.candidateName, exercises };
}
