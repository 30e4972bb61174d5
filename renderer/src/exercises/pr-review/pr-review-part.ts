// Renderer: the PR-review exercise's renderer part: its screen and its replay (the review state at a step).
import { lazy } from 'react';
import type { ExerciseRendererPart } from '../exercise-screen';

export const PR_REVIEW_PART: ExerciseRendererPart = {
  exerciseId: 'pr-review',
  Screen: lazy(() => import('./pr-review-exercise')),
  Replay: lazy(() => import('./pr-review-replay')),
};

/** For the reviewer session view (found / missed / false alarms beside the threads); see pr-review-key-view.tsx. */
export const PrReviewKeyView = lazy(() => import('./pr-review-key-view'));
