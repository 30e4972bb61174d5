// Host only: grades every exercise of a session with the rubrics, reusing one SQL sandbox and one Python runtime.
import type { ExerciseGrade } from '../contract/scoring';
import type { Session } from '../contract/session';
import { getSqlVariant, sqlStarterAnswer, type SqlAnswer } from '../exercises/sql';
import { getPythonVariant } from '../exercises/python/python-variants';
import type { PythonAnswer } from '../exercises/python/answer';
import { join } from 'node:path';
import { gradeSqlAnswer, SqlSandbox } from './sql';
import { GradingRuntime, gradePythonAnswer } from './python';

export interface SessionGrade {
  sessionId: string;
  candidateName: string;
  exercises: ExerciseGrade[];
}

export interface GradingResources {
  sqlSandbox: SqlSandbox;
  pythonRuntime: GradingRuntime;
  close(): Promise<void>;
}

/**
 * `workerDir`: where the grading workers (`sql-sandbox-worker.mjs`, `grading-worker.mjs`) were copied when the host
 * is bundled (the Electron build); unbundled code finds them beside their modules.
 */
export function openGradingResources(options: { workerDir?: string } = {}): GradingResources {
  const dir = options.workerDir;
  const sqlSandbox = new SqlSandbox(dir ? { workerUrl: join(dir, 'sql-sandbox-worker.mjs') } : {});
  const pythonRuntime = new GradingRuntime(dir ? { workerUrl: join(dir, 'grading-worker.mjs') } : {});
  return {
    sqlSandbox,
    pythonRuntime,
    async close() {
      await sqlSandbox.close();
      await pythonRuntime.close();
    },
  };
}

/** Grades one exercise answer; an exercise the candidate never touched is graded from its starter, so it scores low. */
export async function gradeExercise(exerciseId: string, variantId: string, answer: unknown, resources: GradingResources): Promise<ExerciseGrade | null> {
  switch (exerciseId) {
    case 'sql':
      return gradeSqlAnswer((answer as SqlAnswer | undefined) ?? sqlStarterAnswer(getSqlVariant(variantId)), variantId, { sandbox: resources.sqlSandbox });
    case 'python':
      return gradePythonAnswer((answer as PythonAnswer | undefined) ?? { source: getPythonVariant(variantId).starterSource }, variantId, { runtime: resources.pythonRuntime });
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
