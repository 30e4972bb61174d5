// Pure (all processes): the practice question's definition: an unscored warm-up with the SQL editor.
import type { ExerciseDefinition } from '../../contract/exercise-definition';
import { PracticeAnswerSchema, type PracticeAnswer } from './answer';
import { PRACTICE_CONTENT, PRACTICE_VARIANT_IDS } from './practice-content';

export const PRACTICE_DEFINITION: ExerciseDefinition<PracticeAnswer> = {
  exerciseId: 'practice',
  title: 'Practice question',
  summary: 'A short warm-up with the SQL editor and result grid. Not scored.',
  defaultMinutes: 5,
  scored: false,
  available: true,
  variants: PRACTICE_VARIANT_IDS.map((variantId) => ({ variantId, title: PRACTICE_CONTENT.title })),
  answerSchema: PracticeAnswerSchema,
  starterAnswer: () => ({ query: PRACTICE_CONTENT.starterQuery }),
  actionSchema: null,
  // Runs are recorded and marked on the replay; learning agility ignores them because the warm-up is not scored.
  hasRuns: true,
  describeAnswer: (answer) => [{ title: 'Practice query', kind: 'code', language: 'sql', starter: PRACTICE_CONTENT.starterQuery, text: answer.query }],
  describeRunPurpose: (purpose) => (purpose === 'query' ? 'practice query' : `practice ${purpose}`),
  ratedCriteria: [],
};
