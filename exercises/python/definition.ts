// Pure (all processes): the Python-ingestion exercise's definition: content, variants, answer shape and how it reads.
import type { ExerciseDefinition } from '../../contract/exercise-definition';
import { PythonAnswerSchema, type PythonAnswer } from './answer';
import { getPythonVariant, listPythonVariants, PYTHON_MODULE_FILE } from './python-variants';
import { PYTHON_READABILITY_RATING } from './rated-criteria';

const RUN_PURPOSES: Record<string, string> = { run: 'Python script run', tests: 'public test run' };

export const PYTHON_DEFINITION: ExerciseDefinition<PythonAnswer> = {
  exerciseId: 'python',
  title: 'Python ingestion',
  summary: 'Write an ingestion module that validates messy source files and loads them into a warehouse safely.',
  defaultMinutes: 60,
  scored: true,
  available: true,
  variants: listPythonVariants().map((v) => ({ variantId: v.variantId, title: v.title })),
  answerSchema: PythonAnswerSchema,
  starterAnswer: (variantId) => ({ source: getPythonVariant(variantId).starterSource }),
  actionSchema: null,
  hasRuns: true,
  describeAnswer: (answer, variantId) => [
    { title: PYTHON_MODULE_FILE, kind: 'code', language: 'python', starter: getPythonVariant(variantId).starterSource, text: answer.source },
  ],
  describeRunPurpose: (purpose) => RUN_PURPOSES[purpose] ?? `Python ${purpose}`,
  ratedCriteria: [PYTHON_READABILITY_RATING],
};
