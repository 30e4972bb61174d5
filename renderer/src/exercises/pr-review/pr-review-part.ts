// Renderer: the PR-review exercise's renderer part: its screen, its replay (the review state at a step) and the
// reviewer's key view.
import { lazy } from 'react';
import type { ExerciseRendererPart } from '../exercise-screen';

export const PR_REVIEW_PART: ExerciseRendererPart = {
  exerciseId: 'pr-review',
  Screen: lazy(() => import('./pr-review-exercise')),
  Replay: lazy(() => import('./pr-review-replay')),
  // On the reviewer's Answers tab: the threads on the code beside found / missed / false alarms.
  GradeView: lazy(() => import('./pr-review-key-view')),
};
