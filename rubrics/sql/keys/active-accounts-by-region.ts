// Host only: answer key for active-accounts-by-region — seeded bugs, reference fix, hidden-data recipes and good checks.
import type { SqlBugId } from '../bug-library';
import type { SqlAnswerKey } from '../answer-key';
import type { BillingData } from '../../../exercises/sql/schema';
import { addAccount, nextId, paidPlanIds, removeSubscriptions } from '../data-edits';
import { DUPLICATE_SUBSCRIPTIONS_CHECK, UNKNOWN_PLAN_CHECK } from './shared-checks';

const DUNNING_CUTOFF = '2024-04-01';

function inDunning(data: BillingData): Set<number | null> {
  return new Set(data.invoices.filter((i) => i.status === 'open' && i.due_at < DUNNING_CUTOFF).map((i) => i.account_id));
}

function buildQuery(fixed: ReadonlySet<SqlBugId>): string {
  const count = fixed.has('count-distinct') ? 'COUNT(DISTINCT a.account_id)' : 'COUNT(s.subscription_id)';
  const exclusion = fixed.has('not-in-null')
    ? `  AND NOT EXISTS (
    SELECT 1
    FROM invoices i
    WHERE i.account_id = a.account_id
      AND i.status = 'open'
      AND i.due_at < '2024-04-01'
  )`
    : `  AND a.account_id NOT IN (
    SELECT i.account_id
    FROM invoices i
    WHERE i.status = 'open'
      AND i.due_at < '2024-04-01'
  )`;
  return `-- Active paying accounts by region (accounts in dunning excluded)
SELECT a.region,
       ${count} AS active_accounts
FROM accounts a
JOIN subscriptions s ON s.account_id = a.account_id
JOIN plans p ON p.plan_id = s.plan_id
WHERE s.status = 'active'
  AND p.monthly_price_cents > 0
${exclusion}
GROUP BY a.region
ORDER BY a.region;`;
}

export const activeAccountsByRegionKey: SqlAnswerKey = {
  variantId: 'active-accounts-by-region',
  hidden: { seed: 55_021, accounts: 320 },
  buildQuery,
  bugs: [
    {
      bugId: 'count-distinct',
      whatIsWrong: 'COUNT(s.subscription_id) counts active paid subscriptions, so an account with an add-on is counted twice.',
      neutralise(data) {
        // Keep one active paid subscription per account; extra ones are the only way counts could double.
        const paid = paidPlanIds(data);
        const kept = new Set<number>();
        removeSubscriptions(data, (s) => {
          if (s.status !== 'active' || !paid.has(s.plan_id)) return false;
          if (kept.has(s.account_id)) return true;
          kept.add(s.account_id);
          return false;
        });
      },
      expose(data) {
        const addonPlan = data.plans.find((p) => p.is_addon === 1 && p.monthly_price_cents > 0)!.plan_id;
        addAccount(data, { createdAt: '2023-08-14 04:20:00', planIds: [2, addonPlan], region: 'EMEA' });
      },
    },
    {
      bugId: 'not-in-null',
      whatIsWrong: 'The dunning subquery returns NULL for manual invoices that have no account yet; NOT IN against a list with a NULL is never true, so every account is filtered out.',
      neutralise(data) {
        // No account in dunning at all: whatever a query does with the dunning filter (right, wrong or dropped), the
        // count is the same here, so a wrong fix of this bug cannot cost the credit for the other one.
        data.invoices = data.invoices.filter((i) => i.account_id !== null && !(i.status === 'open' && i.due_at < DUNNING_CUTOFF));
      },
      expose(data) {
        if (inDunning(data).has(null)) return;
        data.invoices.push({
          invoice_id: nextId(data.invoices, 'invoice_id'), account_id: null, subscription_id: null,
          issued_at: '2024-02-20 09:00:00', due_at: '2024-03-05 09:00:00', amount_cents: 150_000, status: 'open',
        });
      },
    },
  ],
  corruptionIds: ['invalid-region', 'closed-account-still-active', 'duplicate-subscriptions', 'missing-plan-row', 'invoice-status-case'],
  referenceExplanation:
    '(1) The tile was empty because of NOT IN. The dunning subquery also returns manual invoices whose account_id is NULL. ' +
    '`x NOT IN (..., NULL)` is never true: the comparison with NULL is unknown, so every account was filtered out. ' +
    'I rewrote it as NOT EXISTS with a correlated subquery, which ignores the NULL rows.\n' +
    '(2) The count was COUNT(s.subscription_id), which counts subscriptions, not accounts. Accounts with an Extra Seats ' +
    'add-on have two active paid subscriptions, so they were counted twice and EMEA looked too high. COUNT(DISTINCT a.account_id) ' +
    'counts each account once.',
  referenceChecks: [
    {
      checkId: 'region-allowed',
      name: 'Accounts with a region outside NA/EMEA/APAC/LATAM',
      sql: "SELECT account_id, region FROM accounts\nWHERE region IS NULL OR region NOT IN ('NA', 'EMEA', 'APAC', 'LATAM');",
    },
    {
      checkId: 'closed-but-active',
      name: 'Closed accounts that still have live subscriptions',
      sql: "SELECT a.account_id, s.subscription_id, s.status\nFROM accounts a JOIN subscriptions s ON s.account_id = a.account_id\nWHERE a.closed_at IS NOT NULL AND s.status IN ('active', 'trialing');",
    },
    DUPLICATE_SUBSCRIPTIONS_CHECK,
    UNKNOWN_PLAN_CHECK,
    {
      checkId: 'invoice-status-known',
      name: 'Invoices whose status is not open, paid or void',
      sql: "SELECT invoice_id, status FROM invoices\nWHERE status NOT IN ('open', 'paid', 'void');",
    },
  ],
};
