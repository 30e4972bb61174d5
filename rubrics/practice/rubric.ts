// Host only: the practice question's rubric: a warm-up scores nothing, so it declares no criteria and grades empty.
import { PRACTICE_CONTENT } from '../../exercises/practice/practice-content';
import type { PracticeAnswer } from '../../exercises/practice/answer';
import type { ExerciseRubric } from '../kit/rubric-module';

export const PRACTICE_RUBRIC: ExerciseRubric<PracticeAnswer> = {
  exerciseId: 'practice',
  criteria: [],
  grade: async ({ variantId }) => ({ exerciseId: 'practice', variantId, criteria: [], signals: [] }),
  referenceAnswers: () => [
    { variantId: PRACTICE_CONTENT.variantId, level: 'starter', description: 'The starter query, untouched.', answer: { query: PRACTICE_CONTENT.starterQuery } },
  ],
  // The practice answer is shown to the candidate after their run, by design: nothing here is secret.
  secretStrings: () => [],
};
