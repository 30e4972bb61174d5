// Host only: answer key for churn-by-month — seeded bugs, reference fix, hidden-data recipes and good checks.
import type { SqlBugId } from '../bug-library';
import type { SqlAnswerKey } from '../answer-key';
import { utcHour } from '../../../exercises/sql/timestamps';
import { addAccount, paidPlanIds, removeSubscriptions } from '../data-edits';
import { DUPLICATE_SUBSCRIPTIONS_CHECK, UNKNOWN_PLAN_CHECK } from './shared-checks';

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];

function midMonthDaytime(ts: string): string {
  const day = Number(ts.slice(8, 10));
  const safeDay = Math.min(Math.max(day, 2), 27);
  const hour = 9 + (utcHour(ts) % 6);
  return `${ts.slice(0, 8)}${String(safeDay).padStart(2, '0')} ${String(hour).padStart(2, '0')}${ts.slice(13)}`;
}

function buildQuery(fixed: ReadonlySet<SqlBugId>): string {
  const distinct = fixed.has('fanout') ? 'DISTINCT ' : '';
  const times = fixed.has('timezone')
    ? `datetime(a.created_at, '+9 hours') AS created_at,\n         datetime(a.closed_at, '+9 hours') AS closed_at`
    : 'a.created_at, a.closed_at';
  const columns = fixed.has('null-arithmetic')
    ? `COALESCE(na.n, 0) AS new_accounts,
       COALESCE(ch.n, 0) AS churned_accounts,
       COALESCE(na.n, 0) - COALESCE(ch.n, 0) AS net_change`
    : `na.n AS new_accounts,
       ch.n AS churned_accounts,
       na.n - ch.n AS net_change`;
  return `-- Paying accounts: new vs churned by month (Tokyo reporting calendar)
WITH months(month_start, next_month_start) AS (
  VALUES ('2024-01-01', '2024-02-01'),
         ('2024-02-01', '2024-03-01'),
         ('2024-03-01', '2024-04-01'),
         ('2024-04-01', '2024-05-01')
),
paying_accounts AS (
  SELECT ${distinct}a.account_id, ${times}
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
       ${columns}
FROM months m
LEFT JOIN new_accounts na ON na.month_start = m.month_start
LEFT JOIN churned ch ON ch.month_start = m.month_start
ORDER BY month;`;
}

export const churnByMonthKey: SqlAnswerKey = {
  variantId: 'churn-by-month',
  hidden: { seed: 402_117, accounts: 300 },
  buildQuery,
  bugs: [
    {
      bugId: 'timezone',
      whatIsWrong: 'Months are cut at UTC midnight, but the business reports in Tokyo time (UTC+9): sign-ups and closures from 15:00 UTC on the last day of a month belong to the next month.',
      neutralise(data) {
        // Every account event between 09:00 and 15:00 UTC, never on a month's first or last day: the UTC and the Tokyo
        // month are then the same, and so is the month after any shift of up to nine hours either way, so a wrong
        // time-zone fix cannot cost the credit for the other bugs.
        for (const a of data.accounts) {
          a.created_at = midMonthDaytime(a.created_at);
          if (a.closed_at) a.closed_at = midMonthDaytime(a.closed_at);
        }
      },
      expose(data) {
        addAccount(data, { createdAt: '2024-01-31 20:15:00', planIds: [3] });
        addAccount(data, { createdAt: '2023-06-05 02:00:00', closedAt: '2024-02-29 18:30:00', planIds: [2] });
      },
    },
    {
      bugId: 'fanout',
      whatIsWrong: 'paying_accounts joins accounts to subscriptions, so an account with two paid subscriptions (add-on, or a migrated legacy plan) appears twice and is counted twice.',
      neutralise(data) {
        const paid = paidPlanIds(data);
        const kept = new Set<number>();
        removeSubscriptions(data, (s) => {
          if (!paid.has(s.plan_id)) return false;
          if (kept.has(s.account_id)) return true;
          kept.add(s.account_id);
          return false;
        });
      },
      expose(data) {
        const addonPlan = data.plans.find((p) => p.is_addon === 1 && p.monthly_price_cents > 0)!.plan_id;
        addAccount(data, { createdAt: '2024-02-10 05:00:00', planIds: [2, addonPlan] });
        addAccount(data, { createdAt: '2023-03-03 03:00:00', closedAt: '2024-03-12 06:00:00', planIds: [3, addonPlan] });
      },
    },
    {
      bugId: 'null-arithmetic',
      whatIsWrong: 'A month with no sign-ups or no closures has no row in the CTE; the LEFT JOIN yields NULL, and NULL minus anything is NULL, so the row is blank instead of 0.',
      neutralise(data) {
        // Every month gets at least one sign-up and one closure, away from the Tokyo/UTC boundary.
        for (const month of MONTHS) {
          addAccount(data, { createdAt: `${month}-10 03:00:00`, planIds: [2] });
          addAccount(data, { createdAt: '2023-05-05 03:00:00', closedAt: `${month}-12 04:00:00`, planIds: [2] });
        }
      },
      expose(data) {
        for (const a of data.accounts) {
          if (a.closed_at && a.closed_at >= '2024-02-01' && a.closed_at < '2024-03-01') a.closed_at = null;
        }
      },
    },
  ],
  corruptionIds: ['closed-before-created', 'future-timestamps', 'duplicate-subscriptions', 'missing-plan-row', 'orphan-subscriptions'],
  referenceExplanation:
    '(1) Time zone: timestamps are stored in UTC but the tile uses Tokyo calendar months (UTC+9). The query compared UTC ' +
    'timestamps with month boundaries, so an account that signed up at 20:00 UTC on 31 January (05:00 on 1 February in Tokyo) ' +
    "landed in the wrong month. I convert first with datetime(created_at, '+9 hours') and the same for closed_at.\n" +
    '(2) Fan-out: paying_accounts joins accounts to subscriptions, which gives one row per paid subscription. Accounts with an ' +
    'add-on or a migrated legacy plan appeared more than once and were counted twice. SELECT DISTINCT on the account keeps one row per account.\n' +
    '(3) NULL arithmetic: April has no closures yet, so the churned CTE has no April row and the LEFT JOIN gives NULL; ' +
    'NULL minus a number is NULL, so the net change was blank. COALESCE(n, 0) turns the missing counts into 0 before subtracting.',
  referenceChecks: [
    {
      checkId: 'closed-before-created',
      name: 'Accounts closed before they were created',
      sql: 'SELECT account_id, created_at, closed_at FROM accounts WHERE closed_at < created_at;',
    },
    {
      checkId: 'after-snapshot',
      name: 'Account timestamps after the 2024-04-01 snapshot',
      sql: "SELECT account_id, created_at, closed_at FROM accounts\nWHERE created_at >= '2024-04-01' OR closed_at >= '2024-04-01';",
    },
    DUPLICATE_SUBSCRIPTIONS_CHECK,
    UNKNOWN_PLAN_CHECK,
    {
      checkId: 'orphan-subscriptions',
      name: 'Subscriptions for accounts that do not exist',
      sql: 'SELECT s.subscription_id, s.account_id\nFROM subscriptions s LEFT JOIN accounts a ON a.account_id = s.account_id\nWHERE a.account_id IS NULL;',
    },
  ],
};
