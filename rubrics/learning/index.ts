// Host only: public surface of the learning-agility rubric (graded from the session log, not from one exercise).
export { gradeLearning, LEARNING_CRITERIA, LEARNING_CRITERION_IDS, REFLECTION_RATING_ANCHORS } from './grade-learning';
export { candidateRuns, failureThreads, type FailureThread, type RunRecord } from './run-history';
