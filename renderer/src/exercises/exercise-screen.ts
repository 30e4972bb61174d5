// Renderer: the second of an exercise's three parts: what the candidate works in, how it warms up, how the overview
// shows it, and how a reviewer replays it. Each part is registered with one line in ./registry.ts.
import type { ComponentType, LazyExoticComponent } from 'react';
import type { ExerciseId } from '../../../contract/exercise-ids';
import type { ExerciseGrade } from '../../../contract/scoring';
import type { SessionEvent } from '../../../contract/session';

export interface ExerciseScreenProps {
  variantId: string;
}

export interface OverviewStatusProps {
  variantId: string;
}

export interface ExerciseReplayProps {
  variantId: string;
  /** This exercise's events from the sealed log, in order (autosaves, runs, actions). */
  events: readonly SessionEvent[];
  /** Show the exercise as it was right after the event with this sequence number (any exercise's event). */
  atSeq: number;
}

type Lazy<P> = LazyExoticComponent<ComponentType<P>>;

export interface ExerciseRendererPart {
  exerciseId: ExerciseId;
  /** The candidate's screen, loaded only when opened: `lazy(() => import('./my-exercise'))`. */
  Screen: Lazy<ExerciseScreenProps>;
  /** Started when an assessment containing the exercise begins (e.g. booting Pyodide), so it is warm when opened. */
  warmUp?(): void;
  /** A line on the exercise's overview card (e.g. the runtime's boot progress). Kept small: it is not lazy. */
  OverviewStatus?: ComponentType<OverviewStatusProps>;
  /**
   * The reviewer's replay at one moment. Absent: the default replay shows the last autosaved answer through the
   * definition's `describeAnswer` in read-only editors. An exercise graded from its action log replays its own state.
   */
  Replay?: Lazy<ExerciseReplayProps> | ComponentType<ExerciseReplayProps>;
  /** Optional: the graded answer beside what the grade found (e.g. the PR review's seeded-issue key), on the Answers tab. */
  GradeView?: Lazy<ExerciseGradeViewProps>;
}

export interface ExerciseGradeViewProps {
  variantId: string;
  /** The answer, already checked against the definition's schema. */
  answer: unknown;
  grade: ExerciseGrade;
}
