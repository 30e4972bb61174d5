// Host only: reference answers for active-accounts-by-region at four levels, written the way candidates of that level write them.
import type { SqlAnswer } from '../../../exercises/sql/answer';
import type { SqlReference } from './reference-kit';

const VARIANT = 'active-accounts-by-region';

const FIXED_QUERY = `SELECT a.region,
       COUNT(DISTINCT a.account_id) AS active_accounts
FROM accounts a
JOIN subscriptions s ON s.account_id = a.account_id
JOIN plans p ON p.plan_id = s.plan_id
WHERE s.status = 'active'
  AND p.monthly_price_cents > 0
  AND a.account_id NOT IN (
    SELECT i.account_id
    FROM invoices i
    WHERE i.status = 'open'
      AND i.due_at < '2024-04-01'
      AND i.account_id IS NOT NULL
  )
GROUP BY a.region
ORDER BY a.region;`;

const STRONG: SqlAnswer = {
  query: FIXED_QUERY,
  explanation: `Two problems.

1. Empty tile: the dunning subquery also returns manual invoices that have no account yet, so it contains a NULL. a.account_id NOT IN (..., NULL) is never true because any comparison with NULL is unknown, so every account was filtered out and the tile came back empty. I added i.account_id IS NOT NULL to the subquery (NOT EXISTS would work as well).

2. EMEA too high: COUNT(s.subscription_id) counts subscriptions, and an account with the Extra Seats add-on has two active paid subscriptions, so those accounts were counted twice, which is why EMEA looked higher than the CRM. COUNT(DISTINCT a.account_id) counts each customer once.

I compared the per-region numbers with a simple count of distinct accounts that have an active paid subscription minus the dunning ones, and they agree.`,
  checks: [
    { checkId: 'regions', name: 'Accounts with a region outside the list', sql: "SELECT account_id, region FROM accounts WHERE region IS NULL OR region NOT IN ('NA', 'EMEA', 'APAC', 'LATAM');" },
    { checkId: 'closed-active', name: 'Closed accounts with live subscriptions', sql: "SELECT a.account_id FROM accounts a JOIN subscriptions s ON s.account_id = a.account_id WHERE a.closed_at IS NOT NULL AND s.status IN ('active', 'trialing');" },
    { checkId: 'dup-subs', name: 'Duplicate subscriptions', sql: 'SELECT account_id, plan_id, started_at FROM subscriptions GROUP BY account_id, plan_id, started_at HAVING COUNT(*) > 1;' },
    { checkId: 'unknown-plan', name: 'Subscriptions on a plan that does not exist', sql: 'SELECT s.subscription_id FROM subscriptions s LEFT JOIN plans p ON p.plan_id = s.plan_id WHERE p.plan_id IS NULL;' },
    { checkId: 'invoice-status', name: 'Invoice statuses we do not know', sql: "SELECT invoice_id, status FROM invoices WHERE status NOT IN ('open', 'paid', 'void');" },
  ],
};

const ADEQUATE: SqlAnswer = {
  query: FIXED_QUERY.replace('  AND a.account_id NOT IN (\n    SELECT i.account_id\n    FROM invoices i\n    WHERE i.status = \'open\'\n      AND i.due_at < \'2024-04-01\'\n      AND i.account_id IS NOT NULL\n  )', "  AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.account_id = a.account_id AND i.status = 'open' AND i.due_at < '2024-04-01')"),
  explanation: `NOT IN returns nothing when the subquery has a NULL in it, and some invoices have a NULL account_id, so the tile was empty. Switched to NOT EXISTS.
Also changed COUNT to COUNT(DISTINCT a.account_id) because of add-ons.`,
  checks: [
    { checkId: 'region', name: 'bad regions', sql: "SELECT * FROM accounts WHERE region NOT IN ('NA', 'EMEA', 'APAC', 'LATAM');" },
    { checkId: 'dups', name: 'duplicate subscriptions', sql: 'SELECT account_id, plan_id, started_at, COUNT(*) FROM subscriptions GROUP BY 1, 2, 3 HAVING COUNT(*) > 1;' },
    { checkId: 'no-name', name: 'accounts without a name', sql: "SELECT account_id FROM accounts WHERE name IS NULL OR name = '';" },
  ],
};

const WEAK: SqlAnswer = {
  query: `SELECT a.region,
       COUNT(DISTINCT a.account_id) AS active_accounts
FROM accounts a
JOIN subscriptions s ON s.account_id = a.account_id
JOIN plans p ON p.plan_id = s.plan_id
WHERE s.status = 'active'
  AND p.monthly_price_cents > 0
  AND a.account_id NOT IN (
    SELECT i.account_id
    FROM invoices i
    WHERE i.status = 'open'
      AND i.due_at < '2024-04-01'
  )
GROUP BY a.region
ORDER BY a.region;`,
  explanation: 'I changed the count to count distinct accounts. The tile is still empty, maybe the dunning filter is wrong, I ran out of time.',
  checks: [
    { checkId: 'region', name: 'regions', sql: "SELECT * FROM accounts WHERE region NOT IN ('NA','EMEA','APAC','LATAM')" },
    { checkId: 'canceled', name: 'canceled subscriptions', sql: "SELECT * FROM subscriptions WHERE status = 'canceled'" },
  ],
};

/** Fixes the query, then "repairs" the data it blamed: the NULL invoices are deleted after the SELECT. */
const DESTRUCTIVE: SqlAnswer = {
  query: `${ADEQUATE.query}\n\n-- clean up the broken invoices so the old dashboards work too\nDELETE FROM invoices WHERE account_id IS NULL;`,
  explanation: 'Some invoices had a NULL account_id, and NOT IN with a NULL in the list is never true, so the tile was empty. I switched to NOT EXISTS and deleted those invoices. The count now uses DISTINCT accounts.',
  checks: [
    { checkId: 'region', name: 'Invalid regions', sql: "SELECT account_id FROM accounts WHERE region NOT IN ('NA', 'EMEA', 'APAC', 'LATAM');" },
    { checkId: 'dups', name: 'Duplicate subscriptions', sql: 'SELECT account_id, plan_id, started_at FROM subscriptions GROUP BY 1, 2, 3 HAVING COUNT(*) > 1;' },
  ],
};

export const ACTIVE_ACCOUNTS_BY_REGION_REFERENCES: readonly SqlReference[] = [
  { variantId: VARIANT, level: 'strong', description: 'Fixes both bugs (NULLs kept out of NOT IN, distinct accounts), explains each cause and effect, five checks that catch every data problem.', answer: STRONG },
  { variantId: VARIANT, level: 'adequate', description: 'Fixes both bugs; explains the NOT IN problem well and the count only as a change; three checks, two of which catch something.', answer: ADEQUATE },
  { variantId: VARIANT, level: 'weak', description: 'Fixes only the count, so the tile stays empty; no real explanation; one useful check and one that fires on healthy data.', answer: WEAK },
  { variantId: VARIANT, level: 'red-flag', description: 'Fixes the query, then deletes the invoices it blamed from the warehouse in the same text.', answer: DESTRUCTIVE, expectedRedFlags: ['sql.destructive-statement'] },
];
