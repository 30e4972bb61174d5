// Host only (development data): how candidates phrase each seeded bug's cause and its effect on the tile, the
// material the vocabulary in explanation-vocabulary.ts was built from. The issue's own examples are included.
// Held-out sentences that are never tuned against live in explanation-heldout-set.ts.
import type { SqlBugId } from './bug-library';

export interface BugPhrasings {
  /** What was wrong in the query, in candidates' words. */
  causes: string[];
  /** What it did to the numbers the stakeholder saw. */
  effects: string[];
}

export const DEVELOPMENT_PHRASINGS: Record<SqlBugId, BugPhrasings> = {
  fanout: {
    causes: [
      'an account with two plan rows', 'the join to subscriptions gives one row per subscription', 'accounts with an add-on appear twice',
      'customers with two paid subscriptions showed up more than once', 'the join fans out', 'there is a fan-out from the subscriptions join',
      'duplicate account rows in paying_accounts', 'paying_accounts is not unique per account', 'each subscription becomes its own row',
      'accounts that have both a plan and the extra seats add-on', 'the join multiplies the rows', 'migrated legacy accounts still have the old plan too',
      'one account comes back several times', 'the CTE returned the same account twice', 'customers with multiple paid subscriptions',
      'the join duplicated accounts',
    ],
    effects: [
      'was counted twice', 'were double counted', 'inflated the new account numbers', 'the counts went up', 'overstated the sign-ups',
      'the month showed one extra new account', 'more new customers than we onboarded', 'counted as two customers', 'the totals were too high',
      'double-counting in the monthly totals', 'the churned numbers were inflated', 'overcounted the accounts', 'the numbers were higher than the CRM',
      'one customer counted once per subscription', 'counted more than once',
    ],
  },
  'left-join-where': {
    causes: [
      'the filter on payments was in the WHERE clause', 'the WHERE condition on pay.status', 'it turned the left join into an inner join',
      'the outer join behaved like an inner join', 'the where clause filtered after the left join', 'the condition on paid_at sat in WHERE',
      'filtering the payments table in WHERE', 'the predicate on the right side of the LEFT JOIN', 'the status filter was applied after the join',
      'plans with no payments have NULL payment columns and the WHERE removes them', 'the conditions belong in the ON clause',
      'the date filter in where made it an inner join', 'the left join is cancelled by the where filter', 'putting status = succeeded in the where',
      'the filter on the payment side',
    ],
    effects: [
      'Free and Legacy Pro disappeared from the tile', 'plans without payments were missing', 'some plans vanished', 'those plans were dropped',
      'plans with no revenue were excluded', 'plans got filtered out', 'they should show 0 instead', 'plans that took no money never appeared',
      'Finance thought we discontinued them', 'rows for empty plans were removed', 'the plans were left out of the chart', 'plans with nothing collected were lost',
      'missing bars for some plans', 'instead of showing zero', 'the plans with no March payments did not show up',
    ],
  },
  'date-boundary': {
    causes: [
      "BETWEEN '2024-03-01' AND '2024-03-31'", 'the end date cut off', 'the upper bound is a date without a time', 'an inclusive end date',
      'paid_at has a time part', 'the timestamp includes the time of day', 'comparing timestamp text with a date string', 'the range was not half open',
      'the last day of the month', '31 March', 'the 31st', 'midnight on March 31', "< '2024-04-01' is the right bound", 'the string comparison of the dates',
      'the boundary of the date range', 'the between only goes up to 00:00:00 on the last day',
    ],
    effects: [
      'everything after midnight was cut off', 'payments on the last day were left out', 'those payments were missing', 'the revenue was too low',
      'under-reported every plan', 'March 31 payments were not counted', 'the whole last day was excluded', 'lost a day of payments', 'missed the 31st',
      'revenue came out lower than the processor', 'payments later that day did not match', 'the final day dropped out', 'skipped anything paid on the 31st',
      'the totals were short', 'ignored payments after 00:00',
    ],
  },
  timezone: {
    causes: [
      'the months were cut in UTC', 'timestamps are stored in UTC', 'we report in Tokyo time', 'JST is UTC+9', 'no time zone conversion',
      'never shifted by nine hours', "adding '+9 hours'", 'bucketed by the UTC date', 'the offset between UTC and Tokyo', 'local time in Japan',
      'the time zone was ignored', 'not converting to JST', 'the month boundaries are in Tokyo time', 'datetime(created_at, +9 hours)',
      'UTC instead of Tokyo time',
    ],
    effects: [
      'landed in the wrong month', 'counted in the previous month', 'belongs to the next month', 'listed under a different month', 'put in January instead of February',
      'accounts near the month boundary moved', 'late-evening sign-ups at month end', 'reported in a different month than the CRM', 'shifted into the earlier month',
      'assigned to the wrong month', 'fell into the prior month', 'ended up in March instead of April', 'the month end closures', 'moved into the month the team sees',
      'showed up under the wrong month',
    ],
  },
  'count-distinct': {
    causes: [
      'COUNT(s.subscription_id)', 'it counts subscriptions', 'counting subscriptions instead of accounts', 'counts rows from the subscription join',
      'the Extra Seats add-on is a second subscription', 'accounts with more than one active subscription', 'once per subscription',
      'each add-on subscription', 'customers with two active plans', 'the count was of subscription ids not account ids', 'rows rather than customers',
      'the add-on adds another subscription row', 'multiple subscriptions per account', 'count of subscriptions', 'counting every subscription',
    ],
    effects: [
      'counted twice', 'EMEA looked too high', 'inflated regions with add-ons', 'the overcount', 'overstated EMEA', 'appeared as two paying accounts',
      'added another 1 to the count', 'double counting', 'more accounts than the CRM', 'the numbers were too high', 'counted more than once',
      'higher than the real number of customers', 'the regional totals were inflated', 'over-counted accounts', 'too many paying accounts',
    ],
  },
  'not-in-null': {
    causes: [
      'NOT IN with a NULL in the list', 'the subquery returns NULL', 'manual invoices have no account', 'a NULL account_id in the dunning list',
      'x NOT IN (..., NULL) is never true', 'the comparison with NULL is unknown', 'three-valued logic', 'one null in the not in list',
      'open invoices with account_id NULL', 'NOT IN against a subquery containing NULL', 'a NULL in the excluded ids', 'NOT EXISTS ignores the null',
      'the null makes NOT IN fail', 'invoices without an account', 'null values in the NOT IN subquery',
    ],
    effects: [
      'the tile was empty', 'every account was excluded', 'no rows came back', 'the chart was blank', 'the query returned nothing', 'no regions on the tile',
      'all accounts were filtered out', 'no bars at all', 'every row was removed', 'the result came back empty', 'nothing survived the filter',
      'the dashboard showed nothing', 'no account passed the condition', 'filters out all rows', 'returned an empty result',
    ],
  },
  'null-arithmetic': {
    causes: [
      'NULL minus anything is NULL', 'the LEFT JOIN gives NULL for a month with no churn', 'no closures in April', 'subtracting a null',
      'arithmetic with NULL', 'the missing count came back as NULL', 'new_accounts - NULL', 'no row to join for April', 'null counts from the outer join',
      'NULL values rather than zero', 'the net change calculation with a null', 'months with nothing in one CTE', 'there is no churn row for April',
      'null plus or minus a number', 'COALESCE to 0 before subtracting',
    ],
    effects: [
      'the net change was blank', 'the April row was blank', 'the row showed empty instead of 0', 'returned NULL for net change', 'wiped out the net change',
      'April looked like no data', 'the cell was empty', 'instead of showing 0', 'the net column was empty', 'blank instead of zero',
      'net_change came out as NULL', 'the April line was empty', 'the regional director read it as no data', 'rather than zero', 'the row was blank',
    ],
  },
  'integer-division': {
    causes: [
      'integer division', 'SUM(amount_cents) / 100', 'dividing an integer by 100', 'both operands are integers', 'the division was done on integers',
      'amount_cents and 100 are integers', 'dividing by 100 instead of 100.0', 'integer arithmetic in SQLite', 'divided by the integer 100',
      'integer divided by integer', 'the / 100 is an integer division', 'cents divided by an int', 'integers divide without decimals',
      'the division of two ints', 'dividing integers',
    ],
    effects: [
      'the cents were cut off', 'totals looked suspiciously round', 'rounded down to whole dollars', 'the decimal part was thrown away',
      'the fractional part was dropped', 'truncated to whole dollars', 'no cents in the revenue', 'every total ended in .00', 'lost the cents',
      'the amounts came out slightly low', 'whole-dollar totals', 'the remainder was discarded', 'truncated the cents', 'the decimals were lost',
      'numbers were rounded down',
    ],
  },
};
