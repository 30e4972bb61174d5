// Host only: every SQL reference answer (four levels per variant), for the rubric registry and the validity report.
import { ACTIVE_ACCOUNTS_BY_REGION_REFERENCES } from './active-accounts-by-region';
import { CHURN_BY_MONTH_REFERENCES } from './churn-by-month';
import type { SqlReference } from './reference-kit';
import { REVENUE_BY_PLAN_REFERENCES } from './revenue-by-plan';

export type { SqlReference } from './reference-kit';

export function sqlReferenceAnswers(): readonly SqlReference[] {
  return [...REVENUE_BY_PLAN_REFERENCES, ...ACTIVE_ACCOUNTS_BY_REGION_REFERENCES, ...CHURN_BY_MONTH_REFERENCES];
}
