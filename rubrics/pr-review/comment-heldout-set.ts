// Host only (test data): HELD-OUT review comments written the way junior candidates write them, per PR variant, with
// the seeded issue each one finds (or null). Written from the PR as the candidate sees it and the exercise doc; round 1
// before reading how match.ts / concepts.ts decide, rounds 2 and 3 after the previous round's fixes but before running
// them. Round 3 has never been used to tune anything. Do not add words from these comments to
// concepts.ts to make one pass: write a development example in match.test.ts instead, and fresh held-out items here.
import type { CommentCategory, Severity } from '../../exercises/pr-review/review-actions';

/** How the comment is written: the first group find an issue, the second are plausible comments that find none. */
export type HeldOutStyle =
  | 'terse' | 'verbose' | 'hedged' | 'misspelled' | 'non-native' | 'synonym' | 'off-by-lines'
  | 'wrong-claim' | 'negated' | 'vague' | 'praise' | 'nit' | 'stuffing' | 'fine-line';

export interface HeldOutComment {
  style: HeldOutStyle;
  file: string;
  startLine: number;
  endLine?: number;
  category: CommentCategory;
  severity: Severity;
  text: string;
  /** The seeded issue a fair human reviewer would credit, or null when the comment finds nothing. */
  finds: string | null;
}

const P_DAG = 'dags/partner_orders_export.py';
const P_MOD = 'pipelines/partner_export/export_orders.py';
const P_SQL = 'sql/partner_export/orders_for_partner.sql';
const P_CFG = 'config/partner_export.yaml';

const partnerOrdersExport: HeldOutComment[] = [
  { style: 'terse', file: P_CFG, startLine: 14, category: 'security', severity: 'blocker', text: 'pw in git!!', finds: 'sftp-password-in-config' },
  { style: 'verbose', file: P_CFG, startLine: 14, category: 'security', severity: 'blocker', text: 'This line puts the real SFTP password for the Northwind staging server straight into the YAML, so everyone who can read the repository (and every clone and CI log) has it from now on. The parcelhub block above already points at the secrets backend; northwind should do the same, and the value must be rotated because it stays in the history.', finds: 'sftp-password-in-config' },
  { style: 'hedged', file: P_CFG, startLine: 14, category: 'security', severity: 'major', text: 'not sure but maybe this should be an env var instead of living in the file?', finds: 'sftp-password-in-config' },
  { style: 'misspelled', file: P_CFG, startLine: 14, category: 'correctness', severity: 'blocker', text: 'sftp pasword is hardcoded in plain text, shoud be in the secrets manager', finds: 'sftp-password-in-config' },
  { style: 'non-native', file: P_CFG, startLine: 13, endLine: 14, category: 'security', severity: 'blocker', text: 'Here the password of partner is written in clear, it is not good to keep it in repository. Please to use the secret store like parcelhub does.', finds: 'sftp-password-in-config' },
  { style: 'synonym', file: P_CFG, startLine: 14, category: 'reliability', severity: 'blocker', text: 'Credential committed in plaintext. Move it to Vault and rotate it.', finds: 'sftp-password-in-config' },
  { style: 'off-by-lines', file: P_CFG, startLine: 12, category: 'security', severity: 'blocker', text: 'the northwind sftp creds are checked in to the repo', finds: 'sftp-password-in-config' },
  { style: 'terse', file: P_SQL, startLine: 10, category: 'security', severity: 'major', text: 'PII to partner? do they really need email?', finds: 'recipient-pii-exported' },
  { style: 'misspelled', file: P_SQL, startLine: 9, endLine: 11, category: 'security', severity: 'major', text: 'we send customer emial and phone nr to a 3rd party, GDPR / data protecton problem. is there a DPA for this?', finds: 'recipient-pii-exported' },
  { style: 'off-by-lines', file: P_SQL, startLine: 13, category: 'correctness', severity: 'major', text: 'why are we sharing the recipients personal data (name, phone) with Northwind? data minimisation says only what they need', finds: 'recipient-pii-exported' },
  { style: 'non-native', file: P_MOD, startLine: 32, category: 'security', severity: 'major', text: 'This log is writing the whole row with customer informations into Airflow log, everybody can read the logs.', finds: 'order-rows-logged' },
  { style: 'hedged', file: P_MOD, startLine: 31, endLine: 32, category: 'readability', severity: 'minor', text: 'maybe logging every row is a bit much? it probably prints the email and phone of each customer', finds: 'order-rows-logged' },
  { style: 'terse', file: P_MOD, startLine: 28, category: 'readability', severity: 'minor', text: 'avoid select *, list the columns', finds: 'select-star-export' },
  { style: 'misspelled', file: P_SQL, startLine: 2, category: 'reliability', severity: 'major', text: 'not idempotant - if the task reruns the day gets inserted twice', finds: 'staging-insert-appends' },
  { style: 'verbose', file: P_SQL, startLine: 2, category: 'correctness', severity: 'major', text: 'If the DAG is cleared and run again, or someone backfills a day, this INSERT just adds the same orders again and the export table ends up with duplicates, so the partner file lists each parcel twice. Delete the export_date partition first or use a MERGE.', finds: 'staging-insert-appends' },
  { style: 'off-by-lines', file: P_SQL, startLine: 4, category: 'reliability', severity: 'major', text: 're-running appends duplicate rows; delete + insert for the day instead', finds: 'staging-insert-appends' },
  { style: 'terse', file: P_MOD, startLine: 26, category: 'correctness', severity: 'major', text: 'use ds / logical_date, not now()', finds: 'run-clock-not-logical-date' },
  { style: 'non-native', file: P_SQL, startLine: 18, category: 'correctness', severity: 'major', text: 'When we make backfill for old day, CURRENT_DATE give always the yesterday of today and not the day of the run. Better to take the logical date from Airflow.', finds: 'run-clock-not-logical-date' },
  { style: 'hedged', file: P_MOD, startLine: 26, category: 'readability', severity: 'minor', text: "hmm, wouldn't datetime.now() break backfills? I think the execution date should come from the context", finds: 'run-clock-not-logical-date' },
  { style: 'synonym', file: P_DAG, startLine: 12, category: 'reliability', severity: 'major', text: 'zero retry attempts and nobody gets paged if the upload dies at 2:30. Add a couple of retries with a delay and an on_failure_callback', finds: 'no-retries-or-alerting' },
  { style: 'misspelled', file: P_DAG, startLine: 12, category: 'reliability', severity: 'minor', text: 'retires = 0 ? a flaky sftp conection will fail the nigthly run, add some retrys + alerting', finds: 'no-retries-or-alerting' },
  { style: 'terse', file: P_MOD, startLine: 48, endLine: 49, category: 'correctness', severity: 'blocker', text: 'except: pass = silent fail', finds: 'upload-errors-swallowed' },
  { style: 'non-native', file: P_MOD, startLine: 49, category: 'reliability', severity: 'blocker', text: 'If the upload is failing, the exception is eaten and task become green, nobody will know the file was not sent.', finds: 'upload-errors-swallowed' },
  { style: 'off-by-lines', file: P_MOD, startLine: 47, category: 'correctness', severity: 'blocker', text: 'errors get swallowed here, at least log it and re-raise', finds: 'upload-errors-swallowed' },
  { style: 'misspelled', file: P_MOD, startLine: 13, category: 'readability', severity: 'major', text: 'absolut path to your home dir, this breaks on the airflow workrs', finds: 'laptop-config-path' },
  { style: 'terse', file: P_MOD, startLine: 25, category: 'readability', severity: 'nit', text: "nit: proc / d / x aren't descriptive names", finds: 'unclear-names' },
  { style: 'hedged', file: P_MOD, startLine: 36, category: 'testing', severity: 'major', text: 'are there any unit tests for proc / upload_file? I could not find them', finds: 'no-tests' },

  { style: 'wrong-claim', file: P_CFG, startLine: 14, category: 'security', severity: 'major', text: 'the port 22 should be configurable in this yaml instead of fixed in the code', finds: null },
  { style: 'wrong-claim', file: P_CFG, startLine: 12, category: 'correctness', severity: 'major', text: 'This is the staging host, production should use the prod server before go-live.', finds: null },
  { style: 'negated', file: P_CFG, startLine: 14, category: 'security', severity: 'nit', text: 'the password handling looks fine to me', finds: null },
  { style: 'negated', file: P_MOD, startLine: 48, endLine: 49, category: 'reliability', severity: 'nit', text: 'exception handling is ok here, no need to change anything', finds: null },
  { style: 'vague', file: P_SQL, startLine: 9, endLine: 11, category: 'security', severity: 'minor', text: 'looks risky', finds: null },
  { style: 'praise', file: P_MOD, startLine: 32, category: 'readability', severity: 'nit', text: 'nice, good to have a log line for every row 👍', finds: null },
  { style: 'nit', file: P_MOD, startLine: 26, category: 'readability', severity: 'nit', text: 'nit: add a blank line after the def', finds: null },
  { style: 'wrong-claim', file: P_SQL, startLine: 2, category: 'correctness', severity: 'major', text: 'INSERT without a column list fails at runtime in our warehouse', finds: null },
  { style: 'wrong-claim', file: P_DAG, startLine: 13, category: 'reliability', severity: 'minor', text: 'depends_on_past should be True so the days run in order', finds: null },
  { style: 'fine-line', file: P_DAG, startLine: 21, category: 'correctness', severity: 'major', text: 'catchup=False means missed days are never exported', finds: null },
  { style: 'stuffing', file: P_SQL, startLine: 14, category: 'performance', severity: 'minor', text: 'security password secret idempotent retries alerting select * pii logging tests now() logical date', finds: null },
];

const C_DAG = 'dags/crm_contacts_sync.py';
const C_MOD = 'ingestion/crm/contacts_loader.py';
const C_SQL = 'sql/analytics/contacts_current.sql';
const C_CFG = 'config/sources.yaml';

const crmContactsSync: HeldOutComment[] = [
  { style: 'terse', file: C_DAG, startLine: 9, category: 'security', severity: 'blocker', text: 'live token in code!!', finds: 'crm-token-in-dag' },
  { style: 'verbose', file: C_DAG, startLine: 9, category: 'security', severity: 'blocker', text: 'The CRM API key is hard-coded in the DAG file, so it ends up in git and in every copy of the repo, and as it is a live key anyone who reads the code can call the CRM as us. Please load it from an Airflow connection or the secrets backend and ask the CRM admins to revoke this one.', finds: 'crm-token-in-dag' },
  { style: 'hedged', file: C_DAG, startLine: 9, category: 'security', severity: 'major', text: 'I might be wrong but should this bearer token be in source control? maybe an Airflow Variable is better', finds: 'crm-token-in-dag' },
  { style: 'misspelled', file: C_DAG, startLine: 9, category: 'security', severity: 'blocker', text: 'api credentails are comitted to the repo, pls move to secret manager', finds: 'crm-token-in-dag' },
  { style: 'non-native', file: C_DAG, startLine: 22, category: 'correctness', severity: 'blocker', text: 'The token is given in clear text from the code, it should not stay in repository but come from secrets.', finds: 'crm-token-in-dag' },
  { style: 'off-by-lines', file: C_DAG, startLine: 7, category: 'security', severity: 'blocker', text: 'secret key hardcoded just below, please take it out of the file', finds: 'crm-token-in-dag' },
  { style: 'terse', file: C_MOD, startLine: 36, category: 'security', severity: 'major', text: 'logging emails = PII in logs', finds: 'contacts-logged' },
  { style: 'non-native', file: C_MOD, startLine: 36, category: 'readability', severity: 'minor', text: 'we write name and e-mail of every person to log, this is personal data and logs are kept long time', finds: 'contacts-logged' },
  { style: 'hedged', file: C_MOD, startLine: 44, endLine: 45, category: 'reliability', severity: 'major', text: 'not sure writing the contacts to a json in the dags folder is a good idea? it gets synced to every worker and the scheduler parses that folder', finds: 'contacts-dumped-in-dags-folder' },
  { style: 'misspelled', file: C_MOD, startLine: 46, category: 'correctness', severity: 'minor', text: 'this append is not idempotant, overlaping windows will create duplicats in raw', finds: 'raw-append-duplicates' },
  { style: 'synonym', file: C_CFG, startLine: 12, category: 'reliability', severity: 'minor', text: 'append mode means a retried or re-triggered run loads the same contacts a second time; upsert on contact_id?', finds: 'raw-append-duplicates' },
  { style: 'terse', file: C_MOD, startLine: 32, category: 'correctness', severity: 'major', text: 'use data_interval_start instead of now()', finds: 'window-from-wall-clock' },
  { style: 'verbose', file: C_MOD, startLine: 32, category: 'correctness', severity: 'major', text: 'The window is computed from the wall clock when the task happens to start, so if the run is delayed or retried an hour later the contacts changed in between are skipped, and a backfill of an old hour reads the current hour instead. Take the window from the data interval Airflow passes in.', finds: 'window-from-wall-clock' },
  { style: 'off-by-lines', file: C_MOD, startLine: 34, category: 'reliability', severity: 'major', text: 'naive datetime.now() for the since window, should be the data interval so reruns fetch the same hour', finds: 'window-from-wall-clock' },
  { style: 'terse', file: C_MOD, startLine: 21, category: 'reliability', severity: 'major', text: 'no timeout on requests.get -> can hang forever', finds: 'no-retries-timeout-alerting' },
  { style: 'misspelled', file: C_DAG, startLine: 16, category: 'reliability', severity: 'major', text: 'retries 0 and no alerting, one flakey api call and the hour is lost', finds: 'no-retries-timeout-alerting' },
  { style: 'non-native', file: C_MOD, startLine: 23, category: 'correctness', severity: 'major', text: 'Only first page of 200 is taken, if more contacts changed in the hour the rest is lost. Need to follow the next page.', finds: 'first-page-only' },
  { style: 'synonym', file: C_MOD, startLine: 26, category: 'correctness', severity: 'major', text: 'no pagination: the API returns at most page_size results and we never ask for the next cursor', finds: 'first-page-only' },
  { style: 'terse', file: C_MOD, startLine: 27, endLine: 28, category: 'reliability', severity: 'blocker', text: 'swallows all errors -> silent data loss', finds: 'fetch-errors-swallowed' },
  { style: 'hedged', file: C_MOD, startLine: 28, category: 'correctness', severity: 'major', text: "maybe don't return [] on error? the run will look successful even when the CRM was down", finds: 'fetch-errors-swallowed' },
  { style: 'misspelled', file: C_MOD, startLine: 31, category: 'readability', severity: 'nit', text: 'do_it, lst, res2 are not very descripitve names', finds: 'unclear-names' },
  { style: 'terse', file: C_SQL, startLine: 12, category: 'readability', severity: 'minor', text: 'select * also returns rn, list columns', finds: 'select-star-view' },
  { style: 'synonym', file: C_MOD, startLine: 47, category: 'testing', severity: 'major', text: 'Could you add a test for do_it with a mocked API response?', finds: 'no-tests' },

  { style: 'negated', file: C_DAG, startLine: 9, category: 'security', severity: 'nit', text: 'token handling looks fine', finds: null },
  { style: 'wrong-claim', file: C_DAG, startLine: 9, category: 'security', severity: 'minor', text: 'constants should be defined after the imports block, move this down', finds: null },
  { style: 'vague', file: C_MOD, startLine: 36, category: 'security', severity: 'minor', text: 'looks risky', finds: null },
  { style: 'praise', file: C_MOD, startLine: 27, endLine: 28, category: 'reliability', severity: 'nit', text: 'good defensive coding, returning an empty list keeps the DAG green', finds: null },
  { style: 'wrong-claim', file: C_MOD, startLine: 23, category: 'correctness', severity: 'major', text: 'page_size 200 is too small, the API allows 1000 so this is slow', finds: null },
  { style: 'nit', file: C_MOD, startLine: 32, category: 'readability', severity: 'nit', text: 'nit: put spaces around the minus sign', finds: null },
  { style: 'negated', file: C_CFG, startLine: 12, category: 'reliability', severity: 'nit', text: 'append is fine here, the view dedupes so there are no duplicates problems', finds: null },
  { style: 'fine-line', file: C_CFG, startLine: 11, category: 'security', severity: 'major', text: 'personal email address in the config, this is PII', finds: null },
  { style: 'fine-line', file: C_SQL, startLine: 8, category: 'correctness', severity: 'minor', text: 'COALESCE here hides contacts with a null updated_at', finds: null },
  { style: 'stuffing', file: C_MOD, startLine: 16, category: 'performance', severity: 'minor', text: 'token secret hardcoded pii logging idempotent duplicates retries timeout pagination now() tests', finds: null },
];

export const HELD_OUT_COMMENTS: Record<string, HeldOutComment[]> = {
  'partner-orders-export': partnerOrdersExport,
  'crm-contacts-sync': crmContactsSync,
};

/**
 * Round 2: written after the round-1 fixes to match.ts, committed before running them, and never tuned against. Round 1
 * above was measured before and after those fixes; round 2 is the honest estimate of how the fixes generalise.
 */
export const HELD_OUT_COMMENTS_ROUND_2: Record<string, HeldOutComment[]> = {
  'partner-orders-export': [
    { style: 'terse', file: P_CFG, startLine: 14, category: 'security', severity: 'blocker', text: 'plaintext secret, rotate + move to secrets backend', finds: 'sftp-password-in-config' },
    { style: 'hedged', file: P_CFG, startLine: 14, category: 'readability', severity: 'minor', text: 'Is it ok to have the real password here? Feels like it should come from a connection', finds: 'sftp-password-in-config' },
    { style: 'non-native', file: P_SQL, startLine: 9, endLine: 11, category: 'security', severity: 'major', text: 'For what the partner need the phone and email of our clients? Is personal data, we should send only what is necessary.', finds: 'recipient-pii-exported' },
    { style: 'misspelled', file: P_MOD, startLine: 32, category: 'security', severity: 'major', text: 'loging the full row leaks custmer email/phone into the logs', finds: 'order-rows-logged' },
    { style: 'verbose', file: P_MOD, startLine: 48, endLine: 49, category: 'reliability', severity: 'blocker', text: 'Catching every exception and doing nothing means that when the SFTP server is down or the login is rejected, the task still finishes successfully and Northwind simply gets no file. Please let the exception propagate (or log and re-raise) so Airflow marks the run as failed.', finds: 'upload-errors-swallowed' },
    { style: 'synonym', file: P_DAG, startLine: 12, category: 'reliability', severity: 'major', text: "If the partner's server blips at 2:30 the export just dies and no one finds out until Northwind complains. Set retries and a failure notification.", finds: 'no-retries-or-alerting' },
    { style: 'off-by-lines', file: P_SQL, startLine: 16, category: 'correctness', severity: 'major', text: 'CURRENT_DATE ties the export to the day it runs; a rerun next week exports the wrong day. Use the logical date of the run.', finds: 'run-clock-not-logical-date' },
    { style: 'misspelled', file: P_MOD, startLine: 13, category: 'reliability', severity: 'major', text: 'this config path only exsits on your machine', finds: 'laptop-config-path' },
    { style: 'fine-line', file: P_SQL, startLine: 20, category: 'correctness', severity: 'minor', text: 'cancelled orders should be included so the partner can see them', finds: null },
    { style: 'negated', file: P_MOD, startLine: 28, category: 'readability', severity: 'nit', text: 'select * is fine here since the table was built for this export', finds: null },
    { style: 'praise', file: P_DAG, startLine: 12, category: 'reliability', severity: 'nit', text: "great that failures don't retry endlessly", finds: null },
    { style: 'vague', file: P_MOD, startLine: 13, category: 'reliability', severity: 'minor', text: 'hmm, not sure about this', finds: null },
    { style: 'nit', file: P_MOD, startLine: 25, category: 'readability', severity: 'nit', text: 'nit: missing docstring', finds: null },
  ],
  'crm-contacts-sync': [
    { style: 'terse', file: C_DAG, startLine: 9, category: 'security', severity: 'blocker', text: 'revoke this key, its in git now', finds: 'crm-token-in-dag' },
    { style: 'misspelled', file: C_DAG, startLine: 22, category: 'security', severity: 'major', text: 'passing the hardcodd token via op_kwargs also shows it in the rendered template in the UI', finds: 'crm-token-in-dag' },
    { style: 'non-native', file: C_MOD, startLine: 36, category: 'security', severity: 'major', text: 'Here we are printing email of the customer in the log, it is not allowed by GDPR I think', finds: 'contacts-logged' },
    { style: 'hedged', file: C_MOD, startLine: 44, category: 'security', severity: 'minor', text: 'could this file with all the contacts end up readable by anyone on the airflow box?', finds: 'contacts-dumped-in-dags-folder' },
    { style: 'synonym', file: C_MOD, startLine: 46, category: 'reliability', severity: 'major', text: 'every run inserts again, so rows pile up when windows overlap; merge on contact_id instead', finds: 'raw-append-duplicates' },
    { style: 'off-by-lines', file: C_MOD, startLine: 30, category: 'readability', severity: 'nit', text: "do_it / lst / res2 don't tell me anything, please rename", finds: 'unclear-names' },
    { style: 'verbose', file: C_MOD, startLine: 23, endLine: 25, category: 'correctness', severity: 'major', text: 'The API is paged and this call only reads the first 200 results. In an hour with a bulk update in the CRM (imports happen) we would silently drop everything after the first page. Loop until there is no next page.', finds: 'first-page-only' },
    { style: 'misspelled', file: C_MOD, startLine: 27, endLine: 28, category: 'reliability', severity: 'blocker', text: 'excpetion is swalowed, the task is green even if the CRM is down', finds: 'fetch-errors-swallowed' },
    { style: 'fine-line', file: C_DAG, startLine: 13, category: 'correctness', severity: 'major', text: 'hourly is too often, once a day is enough', finds: null },
    { style: 'negated', file: C_MOD, startLine: 32, category: 'correctness', severity: 'nit', text: 'using datetime.now() here is fine since it runs every hour', finds: null },
    { style: 'wrong-claim', file: C_MOD, startLine: 40, category: 'correctness', severity: 'major', text: 'normalise_email will crash on None values', finds: null },
    { style: 'vague', file: C_SQL, startLine: 12, category: 'readability', severity: 'minor', text: 'not a fan of this', finds: null },
    { style: 'praise', file: C_MOD, startLine: 36, category: 'readability', severity: 'nit', text: 'nice that each contact is logged, helps debugging', finds: null },
  ],
};

/** Round 3: written after the round-2 fixes, committed before running them, never tuned against. */
export const HELD_OUT_COMMENTS_ROUND_3: Record<string, HeldOutComment[]> = {
  'partner-orders-export': [
    { style: 'terse', file: P_CFG, startLine: 14, category: 'security', severity: 'blocker', text: 'secret leaked in repo', finds: 'sftp-password-in-config' },
    { style: 'synonym', file: P_CFG, startLine: 14, category: 'correctness', severity: 'major', text: "Passwords belong in the secrets backend (like parcelhub's sftp_password_secret), not in the YAML.", finds: 'sftp-password-in-config' },
    { style: 'hedged', file: P_SQL, startLine: 11, category: 'security', severity: 'major', text: "Do drivers really need the recipient's phone? Feels like more personal info than the partner should get", finds: 'recipient-pii-exported' },
    { style: 'misspelled', file: P_MOD, startLine: 32, category: 'readability', severity: 'minor', text: 'this prints every order incl. customer adress and email to the log, dont think we want that', finds: 'order-rows-logged' },
    { style: 'non-native', file: P_SQL, startLine: 2, category: 'correctness', severity: 'major', text: 'When task is running second time for same day, the rows are inserted one more time, then partner receive double orders.', finds: 'staging-insert-appends' },
    { style: 'terse', file: P_MOD, startLine: 26, category: 'reliability', severity: 'major', text: 'now() breaks backfills', finds: 'run-clock-not-logical-date' },
    { style: 'verbose', file: P_DAG, startLine: 12, endLine: 13, category: 'reliability', severity: 'major', text: "With retries at 0 any hiccup on the SFTP side fails the run for good, and there is no on_failure_callback or email, so nobody will notice until the partner asks where the file is. I'd add retries with a retry_delay and hook the DAG into our alerting.", finds: 'no-retries-or-alerting' },
    { style: 'synonym', file: P_MOD, startLine: 49, category: 'reliability', severity: 'blocker', text: 'pass here hides upload failures; the task goes green with no file delivered', finds: 'upload-errors-swallowed' },
    { style: 'off-by-lines', file: P_MOD, startLine: 11, category: 'correctness', severity: 'major', text: 'this open() of a file in your home folder runs at import on every worker and will crash the DAG', finds: 'laptop-config-path' },
    { style: 'non-native', file: P_MOD, startLine: 27, category: 'readability', severity: 'nit', text: 'Names like x and d is difficult to understand, please give more clear names.', finds: 'unclear-names' },
    { style: 'terse', file: P_DAG, startLine: 1, category: 'testing', severity: 'major', text: 'tests?', finds: 'no-tests' },
    { style: 'praise', file: P_CFG, startLine: 14, category: 'security', severity: 'nit', text: 'good that you quoted the value, the ! would break the YAML otherwise', finds: null },
    { style: 'wrong-claim', file: P_SQL, startLine: 18, category: 'correctness', severity: 'major', text: 'shipped_at is a timestamp so >= CURRENT_DATE - 1 misses orders shipped exactly at midnight', finds: null },
    { style: 'negated', file: P_MOD, startLine: 28, category: 'performance', severity: 'minor', text: 'no performance concern with SELECT * here, the table is tiny', finds: null },
    { style: 'vague', file: P_DAG, startLine: 12, category: 'reliability', severity: 'nit', text: 'hmm', finds: null },
    { style: 'wrong-claim', file: P_MOD, startLine: 44, category: 'security', severity: 'major', text: 'paramiko is deprecated, use pysftp', finds: null },
  ],
  'crm-contacts-sync': [
    { style: 'misspelled', file: C_DAG, startLine: 9, category: 'security', severity: 'blocker', text: 'hardcoded crm tokne, move to a conection/secret', finds: 'crm-token-in-dag' },
    { style: 'hedged', file: C_DAG, startLine: 9, category: 'readability', severity: 'minor', text: "shouldn't this come from an Airflow Variable or Connection rather than being in the file?", finds: 'crm-token-in-dag' },
    { style: 'synonym', file: C_MOD, startLine: 36, category: 'security', severity: 'major', text: 'Customer PII (name + email) ends up in the Airflow task logs on every run.', finds: 'contacts-logged' },
    { style: 'terse', file: C_MOD, startLine: 44, category: 'reliability', severity: 'major', text: 'writing into the dags folder?? use tmp or skip the file', finds: 'contacts-dumped-in-dags-folder' },
    { style: 'non-native', file: C_CFG, startLine: 12, category: 'correctness', severity: 'minor', text: 'With append mode and window overlapping, same contact will be loaded many times in raw table.', finds: 'raw-append-duplicates' },
    { style: 'misspelled', file: C_MOD, startLine: 32, category: 'correctness', severity: 'major', text: 'datetime.now() is naive and not the data intervall; a late run skips contacts', finds: 'window-from-wall-clock' },
    { style: 'verbose', file: C_DAG, startLine: 16, category: 'reliability', severity: 'major', text: 'Retries are set to 0 and there is no alerting configured, so if the CRM API is briefly unavailable the hour is lost and nobody knows. Also requests.get has no timeout, so a stuck connection can block the worker slot indefinitely.', finds: 'no-retries-timeout-alerting' },
    { style: 'hedged', file: C_MOD, startLine: 23, category: 'correctness', severity: 'major', text: 'what happens when more than 200 contacts changed in the hour? I think we only get the first page', finds: 'first-page-only' },
    { style: 'non-native', file: C_MOD, startLine: 28, category: 'correctness', severity: 'blocker', text: 'Return empty list when error is happen, so the DAG is success but nothing is loaded.', finds: 'fetch-errors-swallowed' },
    { style: 'synonym', file: C_SQL, startLine: 5, category: 'readability', severity: 'minor', text: "Spell out the columns instead of * so rn doesn't leak into the view and a new raw column doesn't silently change it.", finds: 'select-star-view' },
    { style: 'wrong-claim', file: C_MOD, startLine: 24, category: 'security', severity: 'major', text: 'The bearer token should be sent as a query parameter instead of a header', finds: null },
    { style: 'wrong-claim', file: C_SQL, startLine: 7, category: 'correctness', severity: 'major', text: 'PARTITION BY contact_id should be PARTITION BY email', finds: null },
    { style: 'negated', file: C_DAG, startLine: 16, category: 'reliability', severity: 'nit', text: 'retries 0 is ok, the next hourly run catches up anyway', finds: null },
    { style: 'praise', file: C_MOD, startLine: 36, category: 'readability', severity: 'nit', text: '👍 useful log line', finds: null },
    { style: 'vague', file: C_DAG, startLine: 22, category: 'security', severity: 'minor', text: 'this worries me', finds: null },
  ],
};
