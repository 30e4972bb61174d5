// Host only: reference answers for churn-by-month at four levels, written the way candidates of that level write them.
import type { SqlAnswer } from '../../../exercises/sql/answer';
import type { SqlBugId } from '../bug-library';
import { churnByMonthKey } from '../keys/churn-by-month';
import type { SqlReference } from './reference-kit';

const VARIANT = 'churn-by-month';
// Candidates edit the query they were given, so their fixes land in the same places the key's do.
const query = (...fixed: SqlBugId[]) => churnByMonthKey.buildQuery(new Set(fixed));

const STRONG: SqlAnswer = {
  query: query('timezone', 'fanout', 'null-arithmetic'),
  explanation: `Three things were wrong.

Time zone: created_at and closed_at are stored in UTC but the tile is in Tokyo calendar months, and the query cut months at UTC midnight. A customer who signed up at 20:00 UTC on 31 January (05:00 on 1 February in Tokyo) landed in the wrong month. I shift both timestamps with datetime(..., '+9 hours') before comparing.

Double counting: paying_accounts joins accounts to subscriptions, so an account with two paid subscriptions (the add-on, or a migrated Legacy Pro plan) appears twice and was counted twice in new and churned. SELECT DISTINCT keeps one row per account.

Blank April: there are no closures in April yet, so the churned CTE has no April row and the LEFT JOIN gives NULL; NULL minus anything is NULL, which left the net change blank. COALESCE(…, 0) turns missing counts into 0.

I checked January against a hand count of accounts created in Tokyo January and the numbers match.`,
  checks: [
    { checkId: 'closed-first', name: 'Accounts closed before they were created', sql: 'SELECT account_id FROM accounts WHERE closed_at < created_at;' },
    { checkId: 'future', name: 'Accounts created or closed after the snapshot', sql: "SELECT account_id FROM accounts WHERE created_at > '2024-04-01 00:00:00' OR closed_at > '2024-04-01 00:00:00';" },
    { checkId: 'dup-subs', name: 'Same subscription twice', sql: 'SELECT account_id, plan_id, started_at FROM subscriptions GROUP BY account_id, plan_id, started_at HAVING COUNT(*) > 1;' },
    { checkId: 'no-plan', name: 'Subscriptions pointing at a missing plan', sql: 'SELECT subscription_id FROM subscriptions WHERE plan_id NOT IN (SELECT plan_id FROM plans);' },
    { checkId: 'no-account', name: 'Subscriptions without an account', sql: 'SELECT subscription_id FROM subscriptions WHERE account_id NOT IN (SELECT account_id FROM accounts);' },
  ],
};

const ADEQUATE: SqlAnswer = {
  query: query('timezone', 'fanout', 'null-arithmetic'),
  explanation: `Accounts with an add-on have two paid subscriptions, so the join returned them twice and they were double counted. Added DISTINCT.
April had no churned row, so the value was NULL and NULL minus a number is NULL, which is why the April row was blank. Used COALESCE.
Converted the timestamps to JST with +9 hours.`,
  checks: [
    { checkId: 'order', name: 'closed before created', sql: 'SELECT * FROM accounts WHERE closed_at < created_at;' },
    { checkId: 'plans', name: 'missing plans', sql: 'SELECT * FROM subscriptions s LEFT JOIN plans p ON p.plan_id = s.plan_id WHERE p.plan_id IS NULL;' },
    { checkId: 'names', name: 'accounts without a name', sql: "SELECT * FROM accounts WHERE name IS NULL OR trim(name) = '';" },
  ],
};

const WEAK: SqlAnswer = {
  query: query('null-arithmetic'),
  explanation: 'The April row was blank because churned was NULL for April and the subtraction with a NULL gave NULL. I used COALESCE so it shows 0. The other months look fine to me.',
  checks: [
    { checkId: 'order', name: 'closed before created', sql: 'SELECT * FROM accounts WHERE closed_at < created_at' },
    { checkId: 'closed', name: 'closed accounts', sql: 'SELECT * FROM accounts WHERE closed_at IS NOT NULL' },
  ],
};

/** A decent answer, but the candidate deleted "duplicate" subscriptions in the warehouse while working. */
const CHANGED_DATA: SqlAnswer = {
  query: query('fanout', 'null-arithmetic'),
  explanation: 'Some accounts have two paid subscriptions so they were counted twice; I removed the duplicate subscriptions and also added DISTINCT. The April row was blank because NULL minus a number is NULL, so I added COALESCE.',
  checks: [
    { checkId: 'order', name: 'Closed before created', sql: 'SELECT account_id FROM accounts WHERE closed_at < created_at;' },
    { checkId: 'dups', name: 'Duplicate subscriptions', sql: 'SELECT account_id, plan_id, started_at FROM subscriptions GROUP BY 1, 2, 3 HAVING COUNT(*) > 1;' },
  ],
};

const DELETE_RUN = {
  seq: 14,
  at: '2026-01-05T10:12:40.000Z',
  type: 'run',
  data: { purpose: 'query', ok: true, sql: 'DELETE FROM subscriptions WHERE plan_id = 5;', rowCount: 0, databaseChanged: true },
};

export const CHURN_BY_MONTH_REFERENCES: readonly SqlReference[] = [
  { variantId: VARIANT, level: 'strong', description: 'Fixes all three bugs, explains each cause and its effect on the tile, five checks that catch every data problem.', answer: STRONG },
  { variantId: VARIANT, level: 'adequate', description: 'Fixes all three bugs; explains two, the time zone only as a change; three checks, two of which catch something.', answer: ADEQUATE },
  { variantId: VARIANT, level: 'weak', description: 'Fixes only the blank April row and explains it; one useful check and one that fires on healthy data.', answer: WEAK },
  { variantId: VARIANT, level: 'red-flag', description: 'Reasonable query and explanation, but deleted subscriptions in the warehouse during the session.', answer: CHANGED_DATA, events: [DELETE_RUN], expectedRedFlags: ['sql.database-changed'] },
];
