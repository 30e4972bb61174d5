// Host only (test data): HELD-OUT prevention write-ups written the way junior candidates write them, per scenario,
// with what a fair human reviewer would credit: the root-cause class and the early-detection guard the key names.
// Written from the scenarios as the candidate sees them and the exercise doc; round 1 before reading the key's patterns,
// rounds 2 and 3 after the previous round's fixes but before running them. Round 3 has never been used to tune anything. Do not add words from these answers to keys.ts to make one pass: write fresh items instead.

export type PreventionStyle =
  | 'terse' | 'verbose' | 'hedged' | 'misspelled' | 'non-native' | 'synonym'
  | 'wrong-claim' | 'negated' | 'vague' | 'blame';

export interface HeldOutPrevention {
  style: PreventionStyle;
  text: string;
  /** Names the scenario's root-cause class (keys.ts `prevention.rootCause.label`). */
  rootCause: boolean;
  /** Names an early-detection guard (keys.ts `prevention.detection.label`). */
  detection: boolean;
}

// Class: a schema contract or drift check between the orders service and the load. Guard: reconciliation, range or
// freshness checks that catch wrong units, duplicates or late data.
const ordersAmountRename: HeldOutPrevention[] = [
  { style: 'terse', text: 'schema check before load + reconcile totals vs source', rootCause: true, detection: true },
  { style: 'verbose', text: "We should have a data contract with the orders team for public.orders so a rename or type change is caught by a contract test in their CI before it ships, and on our side the load should compare the extract's columns with the expected schema and stop before writing anything. We also need a daily check that row counts and revenue per day match the orders service, so a 100x unit error would be noticed.", rootCause: true, detection: true },
  { style: 'hedged', text: 'maybe we could validate the incoming columns against what we expect before loading? and probably alert if the revenue for a day is way outside the usual range', rootCause: true, detection: true },
  { style: 'misspelled', text: 'add schmea validaton on the extract so droped or renamed colums fail fast. also a reconcilation job against the source', rootCause: true, detection: true },
  { style: 'non-native', text: 'Orders team must inform us before they change the table, and we make automatic test which compare the columns with the contract every night, if different the load stop.', rootCause: true, detection: false },
  { style: 'synonym', text: 'Detect upstream drift: diff the source table definition against the expected one on every run and block the load on a mismatch.', rootCause: true, detection: false },
  { style: 'synonym', text: 'Add a freshness SLA alert on the revenue table and an anomaly check on daily revenue (e.g. more than 50% away from the 7-day average).', rootCause: false, detection: true },
  { style: 'terse', text: 'Compare row counts and the sum of revenue with the orders database after every load.', rootCause: false, detection: true },
  { style: 'misspelled', text: 'montoring on revnue per day vs the sourse system, alert when they are diffrent', rootCause: false, detection: true },
  { style: 'non-native', text: 'In future we ask orders team to send us the change before release, and we put a check in the pipeline that the columns from source are same like in our contract, if not then stop. Also we check the sum with the source.', rootCause: true, detection: true },
  { style: 'hedged', text: 'I think we need some kind of contract test between the orders service and us, not sure who would own it', rootCause: true, detection: false },
  { style: 'terse', text: 'range check on daily revenue', rootCause: false, detection: true },

  { style: 'vague', text: 'Be more careful next time.', rootCause: false, detection: false },
  { style: 'blame', text: 'The orders team should not change things without telling us.', rootCause: false, detection: false },
  { style: 'negated', text: 'A schema check would not have helped here because the column was simply renamed; we just need to fix mappings faster next time.', rootCause: false, detection: false },
  { style: 'negated', text: 'No need for an extra reconciliation, the quality check already exists and is enough.', rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Add more retries to load_orders_raw and switch the load to overwrite mode.', rootCause: false, detection: false },
  { style: 'vague', text: 'The team handled it well and the pack went out on time.', rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Make the amount column nullable so the load never fails on a missing column again.', rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Turn off the quality check at weekends so it cannot block the pack.', rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Write unit tests for our dbt models.', rootCause: false, detection: false },
];

// Class: every connection reads its credential from the secret manager, so a rotation needs no change. Guard: an
// alert or check that catches authentication failures or stale data early (freshness SLA, auth-failure alert, runbook).
const billingCredentialRotation: HeldOutPrevention[] = [
  { style: 'terse', text: 'conn from secret manager + alert on auth errors', rootCause: true, detection: true },
  { style: 'verbose', text: 'All Airflow connections, billing_replica included, should be resolved from the secrets backend instead of being stored in the metadata database, so when platform security rotates a password the DAG picks up the new one without anyone touching it. We should also page the on-call when a task fails with an authentication error, and put a freshness alert on the billing report.', rootCause: true, detection: true },
  { style: 'hedged', text: "maybe the connection could read the password from Vault directly? then rotations wouldn't break it", rootCause: true, detection: false },
  { style: 'misspelled', text: 'use the secrt manager for the credentails of billing_replica so the rotaton is automatic; add alerting on login failures', rootCause: true, detection: true },
  { style: 'non-native', text: 'Password must be taken from secret manager and not saved in the connection, then when security team change it nothing break. Also we need alarm when the data is old.', rootCause: true, detection: true },
  { style: 'synonym', text: 'Stop storing the service account password in the Airflow connection; point the connection at the secrets backend path so rotated creds are picked up automatically.', rootCause: true, detection: false },
  { style: 'synonym', text: "Alert if the billing report isn't refreshed by 04:00 (freshness SLA), and write a runbook for credential errors.", rootCause: false, detection: true },
  { style: 'synonym', text: "Set up monitoring that notifies us when the extract fails with 'password authentication failed', so we see it at night and not at 7.", rootCause: false, detection: true },
  { style: 'misspelled', text: 'add an alret when a task fails because of autentication', rootCause: false, detection: true },
  { style: 'non-native', text: 'All connections will read the secret from secret manager, like this the rotation is not a problem anymore.', rootCause: true, detection: false },
  { style: 'terse', text: 'vault for all conns', rootCause: true, detection: false },
  { style: 'hedged', text: 'perhaps the connection should use the secret backend, and maybe we should get a notification when data is stale?', rootCause: true, detection: true },

  { style: 'negated', text: 'Moving the connection to the secret manager would not help, the password would still be rotated. We should ask security to warn us before they rotate.', rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Put the new password in the DAG file so it is versioned with the code.', rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Use my personal login for the extract until security sorts the account out.', rootCause: false, detection: false },
  { style: 'vague', text: 'Improve how we handle things like this.', rootCause: false, detection: false },
  { style: 'blame', text: 'Platform security should not rotate passwords without asking us first.', rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Rotate passwords less often.', rootCause: false, detection: false },
  { style: 'negated', text: "We don't need extra alerts, the DAG failure email is enough.", rootCause: false, detection: false },
  { style: 'wrong-claim', text: 'Keep the password in an environment variable on the workers instead.', rootCause: false, detection: false },
];

export const HELD_OUT_PREVENTION: Record<string, HeldOutPrevention[]> = {
  'orders-amount-rename': ordersAmountRename,
  'billing-credential-rotation': billingCredentialRotation,
};

/**
 * Round 2: written after the round-1 fixes to prevention.ts and keys.ts, committed before running them, and never tuned
 * against. Round 1 above was measured before and after those fixes; round 2 is the honest estimate of how they generalise.
 */
export const HELD_OUT_PREVENTION_ROUND_2: Record<string, HeldOutPrevention[]> = {
  'orders-amount-rename': [
    { style: 'verbose', text: 'We need to get notified by the orders team about breaking changes and have a pre-load check that the expected columns are all present.', rootCause: true, detection: false },
    { style: 'synonym', text: "Add a dbt test that daily revenue is within ±30% of last week's same day.", rootCause: false, detection: true },
    { style: 'terse', text: 'schema registry with compatibility checks on the orders topic', rootCause: true, detection: false },
    { style: 'synonym', text: 'sanity check the loaded totals against the orders db each morning', rootCause: false, detection: true },
    { style: 'terse', text: 'Introduce a contract between teams.', rootCause: true, detection: false },
    { style: 'negated', text: 'Monitoring is not enough, we need a contract test in the orders service CI.', rootCause: true, detection: false },
    { style: 'vague', text: 'Stop trusting upstream.', rootCause: false, detection: false },
    { style: 'negated', text: "I don't think a schema check is needed; the mapping should just be more flexible.", rootCause: false, detection: false },
    { style: 'synonym', text: "Alert when a day's revenue is zero or 100 times the usual value.", rootCause: false, detection: true },
    { style: 'terse', text: 'daily row-count reconciliation + column-level contract', rootCause: true, detection: true },
  ],
  'billing-credential-rotation': [
    { style: 'terse', text: 'Connections should pull creds from AWS Secrets Manager.', rootCause: true, detection: false },
    { style: 'terse', text: 'Add an auth-failure alert to the extract task.', rootCause: false, detection: true },
    { style: 'wrong-claim', text: 'Store the password in the Airflow connection and update it faster next time.', rootCause: false, detection: false },
    { style: 'verbose', text: 'Use secret manager references for all database connections, and a freshness check on the report at 05:00.', rootCause: true, detection: true },
    { style: 'negated', text: 'Hard-coding the password would not be better, use the vault.', rootCause: true, detection: false },
    { style: 'synonym', text: 'A runbook for rotations and a heads-up channel with security.', rootCause: false, detection: true },
    { style: 'negated', text: 'A secret manager is not needed, just share the password with our team.', rootCause: false, detection: false },
    { style: 'terse', text: 'paging on stale billing data', rootCause: false, detection: true },
    { style: 'wrong-claim', text: 'Use a personal access token with no expiry.', rootCause: false, detection: false },
    { style: 'terse', text: 'Move creds into the vault and alert on failed logins.', rootCause: true, detection: true },
  ],
};

/** Round 3: written after the round-2 fixes, committed before running them, never tuned against. */
export const HELD_OUT_PREVENTION_ROUND_3: Record<string, HeldOutPrevention[]> = {
  'orders-amount-rename': [
    { style: 'verbose', text: "Ask the orders team to version their schema and give consumers two weeks' notice; validate the columns on extract.", rootCause: true, detection: false },
    { style: 'synonym', text: 'Write a post-load test comparing revenue by channel with the orders service totals.', rootCause: false, detection: true },
    { style: 'terse', text: 'I would add data contracts', rootCause: true, detection: false },
    { style: 'synonym', text: 'Add an expectation that each day has between 5k and 20k orders.', rootCause: false, detection: true },
    { style: 'blame', text: 'We should not blame the orders team; a schema check would have stopped the load before it wrote partial rows.', rootCause: true, detection: false },
    { style: 'vague', text: 'Better communication with other teams.', rootCause: false, detection: false },
    { style: 'wrong-claim', text: 'Retry the load automatically three times.', rootCause: false, detection: false },
    { style: 'negated', text: 'Schema validation is not necessary if we read the release notes.', rootCause: false, detection: false },
    { style: 'terse', text: 'freshness alert on revenue_daily + contract tests with upstream', rootCause: true, detection: true },
    { style: 'wrong-claim', text: 'Reprocess everything weekly to be safe.', rootCause: false, detection: false },
  ],
  'billing-credential-rotation': [
    { style: 'verbose', text: 'Have Airflow read the billing_replica password from the secrets backend instead of a stored connection.', rootCause: true, detection: false },
    { style: 'terse', text: 'Add monitoring for failed DAG runs.', rootCause: false, detection: true },
    { style: 'synonym', text: 'Keep the credentials in a vault and set an SLA on the billing report.', rootCause: true, detection: true },
    { style: 'wrong-claim', text: 'Ask security for a longer rotation period.', rootCause: false, detection: false },
    { style: 'wrong-claim', text: 'Paste the new password into the connection faster next time.', rootCause: false, detection: false },
    { style: 'negated', text: 'A secrets backend would not have helped; it is a process problem.', rootCause: false, detection: false },
    { style: 'terse', text: 'secret manager integration for every DB conn', rootCause: true, detection: false },
    { style: 'synonym', text: "Alerts on 'authentication failed' errors in extract tasks.", rootCause: false, detection: true },
    { style: 'wrong-claim', text: 'Give the on-call engineers access to the password.', rootCause: false, detection: false },
    { style: 'terse', text: 'Use env variables', rootCause: false, detection: false },
  ],
};
