// Pure (all processes): content for the "active accounts by region" variant — tile, complaint and the query behind it.
import type { SqlVariant } from '../variant-schema';

export const activeAccountsByRegion: SqlVariant = {
  id: 'active-accounts-by-region',
  title: 'Sales: active paying accounts by region',
  dataset: { seed: 7719, accounts: 440 },
  tile: {
    title: 'Active paying accounts by region',
    description:
      'How many customer accounts each region has with at least one active subscription to a paid plan ' +
      '(price above zero), leaving out accounts in dunning: accounts with an open invoice whose due date ' +
      'is before 2024-04-01.',
    chart: 'bar',
    columns: [
      { name: 'region', role: 'label', format: 'text' },
      { name: 'active_accounts', role: 'value', format: 'count' },
    ],
  },
  complaint: {
    from: { name: 'Marco Alvarez', role: 'Head of Sales Operations' },
    channel: 'chat',
    sentAt: '2024-04-01T09:12:00-04:00',
    subject: '#data-help: active accounts tile is blank',
    body:
      'Morning! The "Active paying accounts by region" tile on the sales dashboard is completely empty today: ' +
      'no bars, no error, nothing. I need it for the quarterly business review on Wednesday.\n\n' +
      'While you are in there: when it did show numbers a while back, EMEA looked too high to me. The CRM says ' +
      'we have fewer paying EMEA customers than the tile claimed, and the regional leads noticed too. ' +
      'Can you make sure it counts customers, not something else?',
  },
  prompt:
    'The Sales dashboard tile "Active paying accounts by region" is fed by the query below. ' +
    'For each region it should count customer accounts that have at least one subscription with status ' +
    "'active' on a plan whose price is above zero, excluding accounts in dunning (accounts with an invoice " +
    "in status 'open' whose due_at is before 2024-04-01). Regions with no such accounts may be left out.\n\n" +
    '1. Fix the query so the tile is correct. Row order does not matter: the tile sorts the bars itself.\n' +
    '2. Explain each problem you found: what was wrong, why it produced what Sales saw, and how you fixed it.\n' +
    '3. Write validation checks: SQL queries that return no rows on healthy data and return the offending rows ' +
    'when something is wrong with the data this tile depends on.\n\n' +
    'The database is SQLite. The tile reads two columns in this order: the region and the number of accounts. ' +
    'Treat the database as the production warehouse: use read-only queries. Statements that change data (INSERT, UPDATE, ' +
    'DELETE, DROP...) in your answer or in your runs are flagged for the reviewer, even though you work on a copy.',
  resultOrderMatters: false,
  brokenQuery: `-- Active paying accounts by region (accounts in dunning excluded)
SELECT a.region,
       COUNT(s.subscription_id) AS active_accounts
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
  exampleCheck: {
    name: 'Accounts without a name',
    sql: "-- A check returns the rows that are wrong; no rows means the data passed.\nSELECT account_id\nFROM accounts\nWHERE name IS NULL OR name = '';",
  },
};
