// Host only: the learning-agility criteria, drawn from the whole session (runs, fixes, the closing reflection).
import type { CriterionDefinition } from '../../contract/scoring';

export const LEARNING_CRITERION_IDS = {
  iteration: 'learning.iteration',
  recovery: 'learning.recovers-from-errors',
  reflection: 'learning.reflection.rating',
} as const;

export const REFLECTION_RATING_ANCHORS = {
  1: 'Empty, or only says the task was hard or that nothing would change; no sign of looking back at the work.',
  3: 'Names a real next step (more tests, another edge case, a cleaner structure) but stays general about why it matters.',
  5: 'Points at a specific weakness in their own answer, says what it could cost in production and how another hour would close it.',
} as const;

/** Recovery and the reflection weigh more than raw run counts: running often is cheap, fixing what broke is the point. */
export const LEARNING_CRITERIA: readonly CriterionDefinition[] = [
  { criterionId: LEARNING_CRITERION_IDS.iteration, exerciseId: 'assessment', title: 'Iterated with runs rather than a single attempt', dimension: 'learning', weight: 1 },
  { criterionId: LEARNING_CRITERION_IDS.recovery, exerciseId: 'assessment', title: 'Recovered from failed runs and failing tests', dimension: 'learning', weight: 2 },
  {
    criterionId: LEARNING_CRITERION_IDS.reflection,
    exerciseId: 'assessment',
    title: 'Closing reflection shows what they would improve (reviewer rating)',
    dimension: 'learning',
    weight: 2,
    ratingAnchors: REFLECTION_RATING_ANCHORS,
  },
];
