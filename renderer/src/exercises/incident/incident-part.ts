// Renderer: the pipeline-incident exercise's renderer part: its screen and the replay the reviewer steps through.
import { lazy } from 'react';
import type { ExerciseRendererPart } from '../exercise-screen';

export const INCIDENT_PART: ExerciseRendererPart = {
  exerciseId: 'incident',
  Screen: lazy(() => import('./incident-exercise')),
  Replay: lazy(() => import('./incident-replay')),
};
