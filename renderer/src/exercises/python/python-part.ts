// Renderer: the Python exercise's renderer part: its screen, Pyodide booted in the background, boot status on the overview.
import { lazy } from 'react';
import { warmUpPython } from '../../workers/python/python-runtime';
import type { ExerciseRendererPart } from '../exercise-screen';
import { PythonOverviewStatus } from './python-overview-status';

export const PYTHON_PART: ExerciseRendererPart = {
  exerciseId: 'python',
  Screen: lazy(() => import('./python-exercise')),
  // Python takes a second or two to boot: start it when the assessment starts so it is warm when opened.
  warmUp: warmUpPython,
  OverviewStatus: PythonOverviewStatus,
};
