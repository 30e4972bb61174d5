// Host only: the model answer for a variant (reference fix, explanation, checks) for tests, the bench and reviewers.
import type { SqlAnswer } from '../../exercises/sql/answer';
import { getSqlAnswerKey } from './answer-keys';

export function sqlReferenceQuery(variantId: string): string {
  const key = getSqlAnswerKey(variantId);
  return key.buildQuery(new Set(key.bugs.map((b) => b.bugId)));
}

export function sqlReferenceAnswer(variantId: string): SqlAnswer {
  const key = getSqlAnswerKey(variantId);
  return {
    query: sqlReferenceQuery(variantId),
    explanation: key.referenceExplanation,
    checks: key.referenceChecks.map((c) => ({ ...c })),
  };
}
