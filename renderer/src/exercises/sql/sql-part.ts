// Renderer: the SQL exercise's renderer part (its screen; the default replay shows query, explanation and checks).
import { lazy } from 'react';
import type { ExerciseRendererPart } from '../exercise-screen';

export const SQL_PART: ExerciseRendererPart = {
  exerciseId: 'sql',
  Screen: lazy(() => import('./sql-exercise')),
};
