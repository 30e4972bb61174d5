// Host only: the Python exercise's rubric on the seam: adapts the Python grader (public and hidden tests in a fresh
// interpreter, static signals) and names its reference answers and the strings that must never reach candidates.
import type { PythonAnswer } from '../../exercises/python/answer';
import { getPythonVariant, listPythonVariants, pythonWorkspaceFiles } from '../../exercises/python/python-variants';
import { PYTHON_VARIANT_IDS } from '../../exercises/python/variant-ids';
import { gradingResource } from '../kit/grading-resources';
import type { ExerciseRubric, GradingResources, ReferenceAnswer } from '../kit/rubric-module';
import { contentText, longestPrivateLine } from '../kit/secret-strings';
import { PYTHON_CRITERIA } from './criteria';
import { pythonReferenceAnswer } from './fixtures/reference-answers';
import { gradePythonAnswer } from './grade-python';
import { GradingRuntime } from './grading-runtime';
import { pythonReferenceAnswers } from './references';
import { HIDDEN_TESTS } from './hidden-tests';

const RUNTIME = 'pythonRuntime';

/** The shared grading interpreter among opened resources (also for the bench, which grades outside a session). */
export const pythonRuntimeOf = (resources: GradingResources): GradingRuntime => gradingResource<GradingRuntime>(resources, RUNTIME);

function starterAnswer(variantId: string): ReferenceAnswer<PythonAnswer> {
  return { variantId, level: 'starter', description: 'The starter module, untouched.', answer: { source: getPythonVariant(variantId).starterSource } };
}

export const PYTHON_RUBRIC: ExerciseRubric<PythonAnswer> = {
  exerciseId: 'python',
  criteria: PYTHON_CRITERIA,
  resources: {
    [RUNTIME]: ({ workerDir }) => new GradingRuntime(workerDir ? { workerDir } : {}),
  },
  grade: ({ answer, variantId, resources }) => gradePythonAnswer(answer, variantId, { runtime: pythonRuntimeOf(resources) }),
  referenceAnswers: () => [...pythonReferenceAnswers(), ...PYTHON_VARIANT_IDS.map(starterAnswer)],
  // A candidate's module as a bare .py file is the answer's source; anything else is the answer as JSON.
  readAnswerFile: (text, fileName) => (fileName.endsWith('.py') ? { answer: { source: text } } : { answer: JSON.parse(text) as unknown }),
  secretStrings: () => {
    // The workspace files (starter, warehouse, public tests, samples) are what candidates get: never evidence of a leak.
    const publicText = [contentText(listPythonVariants()), ...PYTHON_VARIANT_IDS.flatMap((id) => pythonWorkspaceFiles(id).map((f) => f.content))].join('\n');
    return [
      ...HIDDEN_TESTS.map((t) => t.method),
      ...PYTHON_VARIANT_IDS.map((id) => longestPrivateLine(pythonReferenceAnswer(id, 'strong').source, publicText)),
    ].filter((needle) => needle !== '');
  },
};
