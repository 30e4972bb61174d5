// Host only: the Python rubric's public entry points for the CLI and host services.
export { gradePythonAnswer, type GradePythonOptions } from './grade-python';
export { PYTHON_CRITERIA } from './criteria';
export { closeGradingRuntime, getGradingRuntime, GradingRuntime, type GradingRuntimeOptions } from './grading-runtime';
export { HIDDEN_TESTS } from './hidden-tests';
export { pythonReferenceAnswer, type ReferenceKind } from './fixtures/reference-answers';
