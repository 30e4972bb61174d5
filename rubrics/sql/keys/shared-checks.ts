// Host only: reference validation checks that guard data every variant's tile depends on (used in several keys).
import type { ValidationCheck } from '../../../exercises/sql/answer';

export const DUPLICATE_SUBSCRIPTIONS_CHECK: ValidationCheck = {
  checkId: 'dup-subscriptions',
  name: 'Same subscription loaded twice',
  sql: 'SELECT account_id, plan_id, started_at, COUNT(*) AS copies\nFROM subscriptions\nGROUP BY account_id, plan_id, started_at\nHAVING COUNT(*) > 1;',
};

export const UNKNOWN_PLAN_CHECK: ValidationCheck = {
  checkId: 'unknown-plan',
  name: 'Subscriptions pointing at a plan that does not exist',
  sql: 'SELECT s.subscription_id, s.plan_id\nFROM subscriptions s LEFT JOIN plans p ON p.plan_id = s.plan_id\nWHERE p.plan_id IS NULL;',
};
