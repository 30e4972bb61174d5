// Pure (all processes): the first of an exercise's three parts. Content, variants and the shapes of what the candidate
// produces; the renderer part (renderer/src/exercises/<id>/) and the host-only rubric (rubrics/<id>/) share its id.
// It sits in contract/ because exercises/<id>/definition.ts implements it and exercises/ may import only the contract;
// each definition is registered with one line in assessment/exercise-registry.ts.
import type { z } from 'zod';
import type { ExerciseId } from './exercise-ids';

export interface ExerciseVariantInfo {
  variantId: string;
  /** Reviewer-facing title ("Revenue by plan"); never shown as a hint to the candidate. */
  title: string;
}

/** What the reviewer's Answers and Replay views render for an answer: plain sections, no exercise-specific UI. */
export interface AnswerSection {
  title: string;
  kind: 'code' | 'text' | 'list';
  /** Monaco language id for `code` sections. */
  language?: 'sql' | 'python' | 'yaml' | 'plaintext';
  /** The starter's text for the same section, when a diff against it is meaningful. */
  starter?: string;
  text: string;
}

/** A rated criterion's anchored level descriptions (1, 3 and 5 of 5), shown beside the rating form. */
export interface RatedCriterionAnchors {
  criterionId: string;
  title: string;
  anchors: { 1: string; 3: string; 5: string };
  /** Title of the `describeAnswer` section the reviewer rates (shown beside the form); absent: nothing to show. */
  ratedSection?: string;
}

export interface ExerciseDefinition<Answer = unknown> {
  exerciseId: ExerciseId;
  title: string;
  /** One sentence for the overview: what the candidate will do. */
  summary: string;
  defaultMinutes: number;
  scored: boolean;
  /** False while an exercise is still being built: it is hidden from candidates and cannot be put in a plan. */
  available: boolean;
  variants: readonly ExerciseVariantInfo[];
  answerSchema: z.ZodType<Answer>;
  starterAnswer(variantId: string): Answer;
  /**
   * Payloads of this exercise's own `action` events (a discriminated union on `kind`), or null when the exercise
   * records no actions. Incident steps and review comments are actions; they are validated on save and on import.
   */
  actionSchema: z.ZodType<{ kind: string }> | null;
  /** True when the candidate runs code (SQL, Python): runs feed learning agility and the replay's run markers. */
  hasRuns: boolean;
  describeAnswer(answer: Answer, variantId: string): AnswerSection[];
  /**
   * How a run's `purpose` reads in evidence and on the replay timeline ("SQL query", "public test run"). Only for
   * exercises with runs; absent, the purpose is shown as recorded.
   */
  describeRunPurpose?(purpose: string): string;
  ratedCriteria: readonly RatedCriterionAnchors[];
}
