// Host only: the third part of an exercise, its rubric. One per exercise id, registered once in rubrics/registry.ts.
import type { CriterionDefinition, ExerciseGrade } from '../../contract/scoring';

/** One recorded event of the exercise, as the grader sees it: host time, sequence number, validated payload. */
export interface GradedEvent {
  seq: number;
  at: string;
  type: string;
  data: Record<string, unknown>;
}

export interface GradeInput<Answer = unknown> {
  /** The answer derived from the sealed log (the starter when the candidate never touched the exercise). */
  answer: Answer;
  /** This exercise's events from the sealed log, in order (actions, runs, navigation). */
  events: readonly GradedEvent[];
  variantId: string;
  resources: GradingResources;
}

/** Where bundled hosts ship the grading workers (the Electron build copies them beside its bundle). */
export interface ResourceOptions {
  workerDir?: string;
}

/** Something a rubric opens to grade (a SQL sandbox, a Python runtime); closed when the host or CLI run ends. */
export interface GradingResource {
  close(): Promise<void>;
}

/** Sandboxes the rubrics share; opened once per host or CLI run and closed at the end. */
export interface GradingResources {
  /** Opaque to the seam; each rubric casts to the sandbox it declared. */
  readonly [name: string]: unknown;
  close(): Promise<void>;
}

export type ReferenceLevel = 'strong' | 'adequate' | 'weak' | 'red-flag' | 'starter';

export interface ReferenceAnswer<Answer = unknown> {
  variantId: string;
  level: ReferenceLevel;
  /** Why this answer is at this level, in a sentence: what it gets right and wrong. */
  description: string;
  answer: Answer;
  events?: readonly GradedEvent[];
  /** Red-flag signal ids this answer must raise (and no other answer may). */
  expectedRedFlags?: readonly string[];
}

export interface ExerciseRubric<Answer = unknown> {
  exerciseId: string;
  criteria: readonly CriterionDefinition[];
  /** The criteria one variant grades (e.g. only its own seeded bugs); absent: all of `criteria`. */
  criteriaFor?(variantId: string): readonly CriterionDefinition[];
  grade(input: GradeInput<Answer>): Promise<ExerciseGrade>;
  referenceAnswers(): readonly ReferenceAnswer<Answer>[];
  /** Strings that must never appear in the candidate bundle (answer keys, hidden test names, seeded-bug notes). */
  secretStrings(): readonly string[];
  /**
   * The resources this rubric grades with, by name, and how to open each. `openGradingResources` opens every name
   * once for all rubrics (two rubrics naming the same resource share it); `grade` finds it under that name.
   */
  resources?: Readonly<Record<string, (options: ResourceOptions) => GradingResource>>;
  /**
   * How `npm run grade -- --exercise <id> --variant <v> <file>` reads a bare file into what `grade` takes: an answer,
   * events (an action log), or both. Absent: the file is the answer, as JSON. Throw a message naming what is wrong.
   * `variantId` (from --variant) lets a rubric refuse a log recorded for another variant.
   */
  readAnswerFile?(text: string, fileName: string, variantId?: string): { answer?: unknown; events?: readonly GradedEvent[] };
}
