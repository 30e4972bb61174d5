// Host only (test data): HELD-OUT paraphrases for explanation matching, committed before the vocabulary existed and
// never used to tune it. Do not edit the vocabulary to make one of these pass: add that phrasing to the development
// set (explanation-paraphrases.ts) and write fresh held-out sentences here instead.
import type { SqlBugId } from './bug-library';

export const HELD_OUT: Record<SqlBugId, string[]> = {
  fanout: [
    'An account that had both a paid plan and the extra seats add-on showed up twice in paying_accounts, so it was counted as two new customers.',
    'The join to subscriptions duplicated accounts with more than one paid subscription, which inflated the new and churned numbers.',
    "paying_accounts wasn't unique per account: customers on two plans produced two rows and the counts went up by one for each of them.",
    'Because of the join each subscription became its own row, so customers with an add-on were double counted in the monthly totals.',
    'Accounts migrated from Legacy Pro kept their old paid subscription too, so the join returned them twice and the month they joined had one extra new account.',
  ],
  'left-join-where': [
    "Putting pay.status = 'succeeded' in the WHERE clause threw away the plans that had no payments, because their payment columns were NULL, so Free and Legacy Pro never appeared on the chart.",
    'The where condition on the payments table effectively turned the left join into an inner join and plans without March revenue were excluded from the result.',
    'Plans that collected nothing were missing from the tile since the filter on paid_at removed every row where the payment side was null.',
    'Because the filter was applied after the outer join, any plan without a successful payment got filtered away instead of showing 0.',
    'The LEFT JOIN to payments did nothing useful: the WHERE on status dropped unmatched plans, which is why Finance thought some plans were discontinued.',
  ],
  'date-boundary': [
    "BETWEEN '2024-03-01' AND '2024-03-31' stops at midnight on the 31st, so every payment made later that day was left out and March came out too low.",
    "The upper bound was the date '2024-03-31' but paid_at includes a time, so payments on the last day of the month after 00:00 didn't match and were missing from revenue.",
    "Comparing the timestamp text with '2024-03-31' excluded the whole of 31 March apart from exactly midnight, which under-reported every plan.",
    "The range should be half-open (< '2024-04-01'); with the inclusive end date the final day's payments were not counted.",
    "Payments on March 31 were dropped because the between check treats '2024-03-31 10:00' as greater than '2024-03-31'.",
  ],
  timezone: [
    'The months were cut in UTC but the team counts in Tokyo time, so an account created at 20:00 UTC on 31 January, which is already February in Tokyo, was put in January.',
    'Timestamps are UTC and we never shifted them by nine hours, so sign-ups and closures late in the evening at month end landed in the previous month.',
    'Because the query bucketed by UTC date instead of JST, accounts near the month boundary were reported in a different month than the Tokyo CRM.',
    'Without converting to Japan time, anything after 15:00 UTC on the last day of a month belongs to the next month in Tokyo but was counted in the earlier one.',
    "The month assignment used the stored UTC time; adding '+9 hours' moves those late-evening closures into the month the customer success team sees.",
  ],
  'count-distinct': [
    'COUNT(s.subscription_id) counts subscriptions, and an account with the Extra Seats add-on has two of them, so it was counted twice and EMEA looked too high.',
    'The tile counted rows from the subscription join rather than customers, which inflated regions where many accounts have add-ons.',
    'Accounts with more than one active paid subscription were counted once per subscription; counting distinct account ids fixes the overcount.',
    'EMEA was overstated because each add-on subscription added another 1 to the count even though it is the same customer.',
    'We were counting subscriptions not accounts, so customers with two active plans appeared as two paying accounts.',
  ],
  'not-in-null': [
    'The dunning subquery returns NULL for manual invoices with no account, and NOT IN with a NULL in the list is never true, so every account was excluded and the tile came back empty.',
    'Because one of the values in the NOT IN list was null, the comparison evaluated to unknown for every account and no rows survived, which is why the chart was blank.',
    'A manual invoice without an account_id put a NULL into the excluded ids; x NOT IN (…, NULL) can never be true, so the query returned nothing.',
    'The tile was empty since NOT IN against a subquery containing NULL filters out all rows; NOT EXISTS ignores the null.',
    'There is an open invoice with account_id NULL, and that single null made the NOT IN condition fail for everyone, leaving no regions on the tile.',
  ],
  'null-arithmetic': [
    'April had no closed accounts yet, so the churned join produced NULL for April and NULL minus anything is NULL, which left the net change blank.',
    'When a month has no churn the LEFT JOIN gives a null count, and subtracting a null gives null, so the row showed empty instead of 0.',
    'The April row was blank because the missing count came back as NULL and new_accounts - NULL is NULL; COALESCE to 0 fixes it.',
    'Months with nothing in one of the CTEs got NULL values rather than zero, and the net_change calculation then returned NULL for them.',
    'Since there were no closures in April there was no row to join, the value was null and the arithmetic with it wiped out the net change.',
  ],
  'integer-division': [
    'SUM(amount_cents) / 100 is integer division in SQLite, so the cents were cut off and every total looked suspiciously round.',
    'Dividing an integer by the integer 100 drops the fractional part, which is why the revenue numbers had no cents and came out slightly low.',
    'Both operands were integers so SQLite truncated the result to whole dollars; using 100.0 keeps the cents.',
    'The amounts were rounded down to whole dollars because the division was done on integers.',
    'Because amount_cents and 100 are both integers, the decimal part was thrown away and the totals ended in .00.',
  ],
};

/** Lists of terms, a cause with no effect, an effect with no cause, and prose about nothing in particular. */
export const EARNS_NOTHING = [
  'left join, where clause, inner join, missing, coalesce, zero, between, boundary, midnight, integer division, truncate, decimal, cents',
  'Bugs: NOT IN, NULL, NOT EXISTS, count distinct, duplicate, add-on, subscriptions, EMEA, counted twice',
  'Fixed: timezone utc jst offset wrong month; fanout duplicate distinct; null coalesce zero subtract; blank april',
  'I changed COUNT to COUNT(DISTINCT a.account_id) and replaced NOT IN with NOT EXISTS.',
  'The EMEA number was too high and the tile was empty.',
  'I looked at the query carefully and rewrote it so that it is cleaner and easier to read for the team.',
  'Moved the filter to the ON clause. Used 100.0. Changed the date range.',
];
