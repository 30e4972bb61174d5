// Host only: grades every exercise of a session with the rubrics, reusing one SQL sandbox and one Python runtime.
import type { ExerciseGrade } from '../electron/contract/scoring';
import type { Session } from '../electron/contract/session';
import { getSqlVariant, sqlStarterAnswer, type SqlAnswer } from '../exercises/sql';
import { getPythonVariant } from '../exercises/python/python-variants';
import type { PythonAnswer } from '../exercises/python/answer';
import { gradeSqlAnswer, SqlSandbox } from './sql';
import { closeGradingRuntime, gradePythonAnswer } from './python';

export interface SessionGrade {
  sessionId: string;
  candidateName: string;
  exercises: ExerciseGrade[];
}

export interface GradingResources {
  sqlSandbox: SqlSandbox;
  close(): Promise<void>;
}

export function openGradingResources(): GradingResources {
  const sqlSandbox = new SqlSandbox({});
  return {
    sqlSandbox,
    async close() {
      await sqlSandbox.close();
      await closeGradingRuntime();
    },
  };
}

/** Grades one exercise answer; an exercise the candidate never touched is graded from its starter, so it scores low. */
export async function gradeExercise(exerciseId: string, variantId: string, answer: unknown, resources: GradingResources): Promise<ExerciseGrade | null> {
  switch (exerciseId) {
    case 'sql':
      return gradeSqlAnswer((answer as SqlAnswer | undefined) ?? sqlStarterAnswer(getSqlVariant(variantId)), variantId, { sandbox: resources.sqlSandbox });
    case 'python':
      return gradePythonAnswer((answer as PythonAnswer | undefined) ?? { source: getPythonVariant(variantId).starterSource }, variantId);
    default:
      // The practice question is not scored; the incident and PR-review rubrics are not built yet.
      return null;
  }
}

export async function gradeSession(session: Session, resources: GradingResources): Promise<SessionGrade> {
  const exercises: ExerciseGrade[] = [];
  for (const planned of session.plan.exercises) {
    const grade = await gradeExercise(planned.exerciseId, planned.variantId ?? '', session.answers[planned.exerciseId], resources);
    if (grade) exercises.push(grade);
  }
  return { sessionId: session.sessionId, candidateName: session.candidateName, exercises };
}
