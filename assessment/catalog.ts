// Pure (all processes): what each exercise is, its default time budget, its variants and answer shape.
import type { z } from 'zod';
import type { ExerciseId } from '../contract/exercise-ids';
import { PracticeAnswerSchema } from '../exercises/practice/answer';
import { PRACTICE_VARIANT_IDS } from '../exercises/practice/practice-content';
import { SqlAnswerSchema } from '../exercises/sql/answer';
import { PythonAnswerSchema } from '../exercises/python/answer';
import { SQL_VARIANT_IDS } from '../exercises/sql/variants';
import { PYTHON_VARIANT_IDS } from '../exercises/python/variant-ids';

export interface ExerciseInfo {
  exerciseId: ExerciseId;
  title: string;
  /** One sentence for the overview: what the candidate will do. */
  summary: string;
  defaultMinutes: number;
  scored: boolean;
  /** False while an exercise is still being built: it is listed but cannot be put in a plan. */
  available: boolean;
  variantIds: readonly string[];
  answerSchema: z.ZodType | null;
}

export const EXERCISE_CATALOG: readonly ExerciseInfo[] = [
  {
    exerciseId: 'practice',
    title: 'Practice question',
    summary: 'A two-minute warm-up with the SQL editor and result grid. Not scored.',
    defaultMinutes: 5,
    scored: false,
    available: true,
    variantIds: PRACTICE_VARIANT_IDS,
    answerSchema: PracticeAnswerSchema,
  },
  {
    exerciseId: 'sql',
    title: 'SQL debugging',
    summary: 'A dashboard tile shows wrong numbers. Find and fix the bugs in its query, explain them, and write checks that would catch them.',
    defaultMinutes: 50,
    scored: true,
    available: true,
    variantIds: SQL_VARIANT_IDS,
    answerSchema: SqlAnswerSchema,
  },
  {
    exerciseId: 'incident',
    title: 'Pipeline incident',
    summary: 'A nightly pipeline failed and a report is due at 09:00. Work the incident in a simulated control room.',
    defaultMinutes: 40,
    scored: true,
    available: false,
    variantIds: [],
    answerSchema: null,
  },
  {
    exerciseId: 'python',
    title: 'Python ingestion',
    summary: 'Write an ingestion module that validates messy source files and loads them into a warehouse safely.',
    defaultMinutes: 60,
    scored: true,
    available: true,
    variantIds: PYTHON_VARIANT_IDS,
    answerSchema: PythonAnswerSchema,
  },
  {
    exerciseId: 'pr-review',
    title: 'Pull request review',
    summary: 'Review a teammate\u2019s pipeline change: leave line comments and a verdict.',
    defaultMinutes: 25,
    scored: true,
    available: false,
    variantIds: [],
    answerSchema: null,
  },
];

export function exerciseInfo(exerciseId: ExerciseId): ExerciseInfo {
  const info = EXERCISE_CATALOG.find((e) => e.exerciseId === exerciseId);
  if (!info) throw new Error(`Unknown exercise "${exerciseId}"`);
  return info;
}
