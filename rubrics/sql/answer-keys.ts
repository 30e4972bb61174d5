// Host only: registry of SQL answer keys by variant id.
import type { SqlAnswerKey } from './answer-key';
import { activeAccountsByRegionKey } from './keys/active-accounts-by-region';
import { churnByMonthKey } from './keys/churn-by-month';
import { revenueByPlanKey } from './keys/revenue-by-plan';

const KEYS: readonly SqlAnswerKey[] = [revenueByPlanKey, activeAccountsByRegionKey, churnByMonthKey];

export function listSqlAnswerKeys(): readonly SqlAnswerKey[] {
  return KEYS;
}

export function getSqlAnswerKey(variantId: string): SqlAnswerKey {
  const key = KEYS.find((k) => k.variantId === variantId);
  if (!key) throw new Error(`No SQL answer key for variant "${variantId}"`);
  return key;
}
