// Host only: reference answers for revenue-by-plan at four levels, written the way candidates of that level write them.
import type { SqlAnswer } from '../../../exercises/sql/answer';
import type { SqlReference } from './reference-kit';

const VARIANT = 'revenue-by-plan';

const STRONG: SqlAnswer = {
  query: `-- Collected revenue by plan, March 2024 (USD)
SELECT p.name AS plan_name,
       ROUND(COALESCE(SUM(CASE WHEN pay.status = 'succeeded'
                                AND pay.paid_at >= '2024-03-01'
                                AND pay.paid_at < '2024-04-01'
                               THEN pay.amount_cents END), 0) / 100.0, 2) AS revenue_usd
FROM plans p
LEFT JOIN subscriptions s ON s.plan_id = p.plan_id
LEFT JOIN invoices i ON i.subscription_id = s.subscription_id
LEFT JOIN payments pay ON pay.invoice_id = i.invoice_id
GROUP BY p.plan_id, p.name
ORDER BY revenue_usd DESC;`,
  explanation: `I found three problems.

1. Missing plans: the conditions on pay.status and pay.paid_at were in the WHERE clause, so for plans with no March payment the payment columns are NULL and the WHERE threw those rows away. That is why Free and Legacy Pro were missing from the tile. I moved the conditions inside a CASE in the SUM and COALESCE the total to 0, so every plan in the price list shows up.

2. Last day missing: BETWEEN '2024-03-01' AND '2024-03-31' compares text, and '2024-03-31 14:05:00' sorts after '2024-03-31', so every payment made on 31 March after midnight was left out and every plan came out lower than the processor report. I use paid_at >= '2024-03-01' AND paid_at < '2024-04-01' instead.

3. Round numbers: SUM(amount_cents) / 100 is integer division in SQLite, so the cents were cut off and the totals looked suspiciously round. Dividing by 100.0 keeps them.

I checked the result against a SUM over payments for March grouped by plan and the totals match.`,
  checks: [
    { checkId: 'overpaid', name: 'Invoices paid more than once', sql: "SELECT invoice_id, COUNT(*) AS payments, SUM(amount_cents) AS paid\nFROM payments WHERE status = 'succeeded'\nGROUP BY invoice_id\nHAVING SUM(amount_cents) > (SELECT amount_cents FROM invoices i WHERE i.invoice_id = payments.invoice_id);" },
    { checkId: 'plan-missing', name: 'Subscriptions with a plan that is not in the price list', sql: 'SELECT s.subscription_id FROM subscriptions s WHERE s.plan_id NOT IN (SELECT plan_id FROM plans);' },
    { checkId: 'negative', name: 'Payments that are zero or negative', sql: 'SELECT payment_id, amount_cents FROM payments WHERE amount_cents <= 0;' },
    { checkId: 'paid-early', name: 'Payments before the invoice was issued', sql: 'SELECT p.payment_id FROM payments p JOIN invoices i USING (invoice_id) WHERE p.paid_at < i.issued_at;' },
    { checkId: 'orphans', name: 'Payments for invoices we do not have', sql: 'SELECT payment_id FROM payments WHERE invoice_id NOT IN (SELECT invoice_id FROM invoices);' },
  ],
};

const ADEQUATE: SqlAnswer = {
  query: `SELECT p.name AS plan_name,
       ROUND(COALESCE(SUM(pay.amount_cents), 0) / 100.0, 2) AS revenue_usd
FROM plans p
LEFT JOIN subscriptions s ON s.plan_id = p.plan_id
LEFT JOIN invoices i ON i.subscription_id = s.subscription_id
LEFT JOIN payments pay ON pay.invoice_id = i.invoice_id
  AND pay.status = 'succeeded'
  AND pay.paid_at >= '2024-03-01' AND pay.paid_at < '2024-04-01'
GROUP BY p.plan_id, p.name;`,
  explanation: `The WHERE filter on the payments table made the left join act like an inner join, so plans without payments were dropped from the chart. I moved it to the ON clause and added COALESCE.
Dividing by 100 was integer division, so the cents were lost. Changed it to 100.0.
Also changed the date range to < '2024-04-01'.`,
  checks: [
    { checkId: 'neg', name: 'Negative payments', sql: 'SELECT * FROM payments WHERE amount_cents < 0;' },
    { checkId: 'orphan', name: 'Payments without invoice', sql: 'SELECT p.* FROM payments p LEFT JOIN invoices i ON i.invoice_id = p.invoice_id WHERE i.invoice_id IS NULL;' },
    { checkId: 'status', name: 'Unknown payment status', sql: "SELECT * FROM payments WHERE status NOT IN ('succeeded', 'failed');" },
  ],
};

const WEAK: SqlAnswer = {
  query: `SELECT p.name AS plan_name,
       SUM(pay.amount_cents) / 100.0 AS revenue_usd
FROM plans p
LEFT JOIN subscriptions s ON s.plan_id = p.plan_id
LEFT JOIN invoices i ON i.subscription_id = s.subscription_id
LEFT JOIN payments pay ON pay.invoice_id = i.invoice_id
WHERE pay.status = 'succeeded'
  AND pay.paid_at BETWEEN '2024-03-01' AND '2024-03-31'
GROUP BY p.plan_id, p.name
ORDER BY revenue_usd DESC;`,
  explanation: 'The numbers were too round because the division by 100 was done on integers, so it cut off the cents. Some plans are missing too, I think they have no payments.',
  checks: [
    { checkId: 'neg', name: 'negative amounts', sql: 'SELECT * FROM payments WHERE amount_cents < 0' },
    { checkId: 'failed', name: 'failed payments', sql: "SELECT * FROM payments WHERE status = 'failed'" },
  ],
};

/** A fair fix, but "cleans" refunds out of the warehouse in what it calls a check. */
const DESTRUCTIVE_CHECK: SqlAnswer = {
  query: ADEQUATE.query,
  explanation: `The WHERE on payments removed every plan that had no payment in March, so Free and Legacy Pro were missing from the tile; the filters now sit in the join. The division by 100 was integer division and cut the cents, so I divide by 100.0. The date range now ends before 2024-04-01.`,
  checks: [
    { checkId: 'orphan', name: 'Payments without invoice', sql: 'SELECT p.payment_id FROM payments p LEFT JOIN invoices i ON i.invoice_id = p.invoice_id WHERE i.invoice_id IS NULL;' },
    { checkId: 'refunds', name: 'Remove refunds booked as payments', sql: 'DELETE FROM payments WHERE amount_cents < 0;\nSELECT payment_id FROM payments WHERE amount_cents < 0;' },
  ],
};

export const REVENUE_BY_PLAN_REFERENCES: readonly SqlReference[] = [
  { variantId: VARIANT, level: 'strong', description: 'Fixes all three bugs (filters moved into a CASE), explains each cause and its effect, five checks that catch every data problem.', answer: STRONG },
  { variantId: VARIANT, level: 'adequate', description: 'Fixes all three bugs; explains two of them, the date range only as a change; three checks, two of which catch something.', answer: ADEQUATE },
  { variantId: VARIANT, level: 'weak', description: 'Fixes only the integer division, explains that one; one useful check and one that fires on healthy data.', answer: WEAK },
  { variantId: VARIANT, level: 'red-flag', description: 'Fixes the query, but a "check" deletes rows from the payments table.', answer: DESTRUCTIVE_CHECK, expectedRedFlags: ['sql.destructive-statement'] },
];
