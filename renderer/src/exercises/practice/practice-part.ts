// Renderer: the practice question's renderer part (its screen; the default replay suits it).
import { lazy } from 'react';
import type { ExerciseRendererPart } from '../exercise-screen';

export const PRACTICE_PART: ExerciseRendererPart = {
  exerciseId: 'practice',
  Screen: lazy(() => import('./practice-exercise')),
};
