// Pure (all processes): content for the "churn by month" variant — tile, complaint and the query behind it.
import type { SqlVariant } from '../variant-schema';

export const churnByMonth: SqlVariant = {
  id: 'churn-by-month',
  title: 'Customer success: new and churned paying accounts by month',
  dataset: { seed: 329, accounts: 430 },
  tile: {
    title: 'Paying accounts: new vs churned, by month (Tokyo time)',
    description:
      'For January to April 2024 (April is month-to-date), in Tokyo calendar months: how many paying accounts ' +
      'signed up, how many closed, and the net change. An account counts once. Months with no activity show 0.',
    chart: 'table',
    columns: [
      { name: 'month', role: 'label', format: 'month' },
      { name: 'new_accounts', role: 'value', format: 'count' },
      { name: 'churned_accounts', role: 'value', format: 'count' },
      { name: 'net_change', role: 'value', format: 'count' },
    ],
  },
  complaint: {
    from: { name: 'Aiko Tanaka', role: 'Customer Success Lead, Tokyo' },
    channel: 'email',
    sentAt: '2024-04-01T10:05:00+09:00',
    subject: 'Churn tile: blanks in April and counts that do not match our CRM',
    body:
      'Hello data team,\n\nTwo problems with the new-vs-churned tile this morning.\n\n' +
      'The April row is blank, which the regional director read as "no data". But two or three customers ' +
      'already closed their accounts this morning, Tokyo time, so I expect to see them, and a 0 where nothing happened.\n\n' +
      'The January to March rows also disagree with the CRM export we keep in Tokyo. Some months show more ' +
      'new customers than we onboarded (customers with an add-on seem to be counted twice?), and a few ' +
      'accounts that signed up or left late in the evening at month end are listed under a different month ' +
      'than ours.\n\nBest regards,\nAiko',
  },
  prompt:
    'The Customer Success tile "Paying accounts: new vs churned, by month" is fed by the query below. ' +
    'A paying account is an account with at least one subscription (in any status) to a plan priced above zero. ' +
    'For each month from January to April 2024 (April is month-to-date) the tile shows the number of paying accounts ' +
    'created in the month, the number closed in the month (accounts.closed_at), and new minus closed. ' +
    'Months are calendar months in Tokyo time (JST, UTC+9, no daylight saving); timestamps are stored in UTC. ' +
    'Every month appears, with 0 where nothing happened.\n\n' +
    '1. Fix the query so the tile is correct. Row order matters: one row per month, oldest first, as the tile prints rows as they come.\n' +
    '2. Explain each problem you found: what was wrong, why it produced what Customer Success saw, and how you fixed it.\n' +
    '3. Write validation checks: SQL queries that return no rows on healthy data and return the offending rows ' +
    'when something is wrong with the data this tile depends on.\n\n' +
    'The database is SQLite; date(), datetime() and strftime() accept modifiers such as \'+9 hours\'. ' +
    'The tile reads four columns in this order: the month as text written exactly YYYY-MM (for example 2024-01), new accounts, ' +
    'closed accounts and the net change. ' +
    'Treat the database as the production warehouse: use read-only queries. Statements that change data (INSERT, UPDATE, ' +
    'DELETE, DROP...) in your answer or in your runs are flagged for the reviewer, even though you work on a copy.',
  resultOrderMatters: true,
  brokenQuery: `-- Paying accounts: new vs churned by month (Tokyo reporting calendar)
WITH months(month_start, next_month_start) AS (
  VALUES ('2024-01-01', '2024-02-01'),
         ('2024-02-01', '2024-03-01'),
         ('2024-03-01', '2024-04-01'),
         ('2024-04-01', '2024-05-01')
),
paying_accounts AS (
  SELECT a.account_id, a.created_at, a.closed_at
  FROM accounts a
  JOIN subscriptions s ON s.account_id = a.account_id
  JOIN plans p ON p.plan_id = s.plan_id
  WHERE p.monthly_price_cents > 0
),
new_accounts AS (
  SELECT m.month_start, COUNT(*) AS n
  FROM months m
  JOIN paying_accounts pa
    ON pa.created_at >= m.month_start AND pa.created_at < m.next_month_start
  GROUP BY m.month_start
),
churned AS (
  SELECT m.month_start, COUNT(*) AS n
  FROM months m
  JOIN paying_accounts pa
    ON pa.closed_at >= m.month_start AND pa.closed_at < m.next_month_start
  GROUP BY m.month_start
)
SELECT substr(m.month_start, 1, 7) AS month,
       na.n AS new_accounts,
       ch.n AS churned_accounts,
       na.n - ch.n AS net_change
FROM months m
LEFT JOIN new_accounts na ON na.month_start = m.month_start
LEFT JOIN churned ch ON ch.month_start = m.month_start
ORDER BY month;`,
  exampleCheck: {
    name: 'Accounts with an unknown region',
    sql: "-- A check returns the rows that are wrong; no rows means the data passed.\nSELECT account_id, region\nFROM accounts\nWHERE region NOT IN ('NA', 'EMEA', 'APAC', 'LATAM');",
  },
};
