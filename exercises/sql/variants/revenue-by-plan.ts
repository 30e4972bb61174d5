// Pure (all processes): content for the "revenue by plan" variant — tile, complaint and the query behind it.
import type { SqlVariant } from '../variant-schema';

export const revenueByPlan: SqlVariant = {
  id: 'revenue-by-plan',
  title: 'Finance: collected revenue by plan',
  dataset: { seed: 20240331, accounts: 420 },
  tile: {
    title: 'Collected revenue by plan — March 2024',
    description:
      'For every plan in the price list, the money actually collected in March 2024 (successful payments, ' +
      'UTC calendar month), in US dollars with cents. A plan that collected nothing shows 0.',
    chart: 'bar',
    columns: [
      { name: 'plan_name', role: 'label', format: 'text' },
      { name: 'revenue_usd', role: 'value', format: 'usd' },
    ],
  },
  complaint: {
    from: { name: 'Dana Whitfield', role: 'Finance Controller' },
    channel: 'email',
    sentAt: '2024-04-02T08:47:00+01:00',
    subject: 'Revenue-by-plan tile does not reconcile for March',
    body:
      'Hi,\n\nI am closing March and the "Collected revenue by plan" tile does not agree with the payout ' +
      'report from our payment processor. Every plan comes out lower than the processor says, and the gap ' +
      'is far bigger than a few cents of rounding. The amounts also look suspiciously round.\n\n' +
      'Second thing: the board pack needs one bar per plan in the price list, including plans that took no ' +
      'money in March, but some plans are simply missing from the tile, and I have been asked whether we ' +
      'discontinued them.\n\nCould someone look before Thursday\'s close meeting?\n\nThanks,\nDana',
  },
  prompt:
    'The Finance dashboard tile "Collected revenue by plan — March 2024" is fed by the query below. ' +
    'It should list every plan in the `plans` table with the total of successful payments made in March 2024 ' +
    '(calendar month in UTC, the time zone all timestamps are stored in), in US dollars with cents; ' +
    'plans with no money collected show 0.\n\n' +
    '1. Fix the query so the tile is correct. Row order does not matter: the tile sorts the bars itself.\n' +
    '2. Explain each problem you found: what was wrong, why it produced the numbers Finance saw, and how you fixed it.\n' +
    '3. Write validation checks: SQL queries that return no rows on healthy data and return the offending rows ' +
    'when something is wrong with the data this tile depends on.\n\n' +
    'The database is SQLite; date(), datetime() and strftime() are available. The tile reads two columns in this order: ' +
    'the plan name and the revenue as a number of dollars with cents (for example 1234.56). ' +
    'Treat the database as the production warehouse: use read-only queries. Statements that change data (INSERT, UPDATE, ' +
    'DELETE, DROP...) in your answer or in your runs are flagged for the reviewer, even though you work on a copy.',
  resultOrderMatters: false,
  brokenQuery: `-- Collected revenue by plan, March 2024 (USD)
SELECT p.name AS plan_name,
       SUM(pay.amount_cents) / 100 AS revenue_usd
FROM plans p
LEFT JOIN subscriptions s ON s.plan_id = p.plan_id
LEFT JOIN invoices i ON i.subscription_id = s.subscription_id
LEFT JOIN payments pay ON pay.invoice_id = i.invoice_id
WHERE pay.status = 'succeeded'
  AND pay.paid_at BETWEEN '2024-03-01' AND '2024-03-31'
GROUP BY p.plan_id, p.name
ORDER BY revenue_usd DESC;`,
  exampleCheck: {
    name: 'Plans without a code',
    sql: "-- A check returns the rows that are wrong; no rows means the data passed.\nSELECT plan_id, name\nFROM plans\nWHERE code IS NULL OR code = '';",
  },
};
