// Pure (all processes): the answer a candidate starts from — the broken query, no explanation, one example check.
import type { SqlAnswer } from './answer';
import type { SqlVariant } from './variant-schema';

export function sqlStarterAnswer(variant: SqlVariant): SqlAnswer {
  return {
    query: variant.brokenQuery,
    explanation: '',
    checks: [{ checkId: 'check-1', name: variant.exampleCheck.name, sql: variant.exampleCheck.sql }],
  };
}
