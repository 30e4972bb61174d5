// Pure: the SQL exercise's variant ids (stable; stored sessions refer to them).
export const SQL_VARIANT_IDS = ['revenue-by-plan', 'active-accounts-by-region', 'churn-by-month'] as const;
