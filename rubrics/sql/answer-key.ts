// Host only: the shape of a variant's answer key (seeded bugs, reference fix, hidden data recipes, good checks).
import type { ValidationCheck } from '../../exercises/sql/answer';
import type { BillingData } from '../../exercises/sql/schema';
import type { SqlBugId } from './bug-library';

export interface SeededBug {
  bugId: SqlBugId;
  /** What exactly is wrong in this variant's query, for the reviewer. */
  whatIsWrong: string;
  /** Removes every trace of this bug from the data, so it cannot change the answer. */
  neutralise(data: BillingData): void;
  /** Makes sure the data exposes this bug: a query that keeps it gets a different result. */
  expose(data: BillingData): void;
}

export interface SqlAnswerKey {
  variantId: string;
  /** Seed and size of the hidden datasets (the visible spec lives in the public variant). */
  hidden: { seed: number; accounts: number };
  bugs: SeededBug[];
  /**
   * The variant's query with the given bugs fixed: no bugs fixed is the broken query, all fixed is the reference.
   * Tests use every subset to prove per-bug credit.
   */
  buildQuery(fixed: ReadonlySet<SqlBugId>): string;
  /** Corruption ids (see corruptions.ts) the checks are graded against. */
  corruptionIds: string[];
  referenceExplanation: string;
  referenceChecks: ValidationCheck[];
}
