// Pure (all processes): incident scenario "billing-credential-rotation": a service-account password was rotated on
// Sunday, the DAG's connection still holds the old one, and the billing revenue report is due at 09:00.

const column = (name: string, type: string, description: string) => ({ name, type, description });
const invoiceColumns = [
  column('invoice_id', 'bigint', 'Invoice key'),
  column('issued_at', 'timestamptz', 'When the invoice was issued'),
  column('account_id', 'bigint', 'Customer account'),
  column('plan', 'text', 'Plan billed'),
  column('amount_eur', 'numeric(12,2)', 'Invoiced amount in EUR'),
  column('status', 'text', 'open, paid or void'),
];

export const billingCredentialRotation = {
  scenarioId: 'billing-credential-rotation',
  title: 'Expired credential after a password rotation',
  briefing: {
    headline: 'Monday 06:50. The billing revenue DAG failed overnight; the revenue report is needed for the 09:00 forecast call.',
    body:
      'You are the data platform engineer on the morning rota. The nightly DAG billing_revenue_daily failed for Sunday, so the month-to-date ' +
      'billing revenue report that revenue operations use at 09:00 is a day behind. Work the incident: find out what broke, repair it the ' +
      'way your platform expects, keep revenue operations informed, and get correct numbers out by 09:00 if you can. Every action takes ' +
      'simulated time; the clock moves only when you act. When you are done, write a short post-incident review.',
  },
  incidentDay: '2026-03-16',
  start: '06:50',
  deadline: '09:00',
  reportName: 'Billing revenue report (month to date)',
  dag: {
    dagId: 'billing_revenue_daily',
    schedule: 'Daily at 02:00 UTC, for the previous day',
    description: 'Extracts the day\u2019s invoices from the billing read replica, loads them, builds revenue by plan and refreshes the report.',
    loadMode: 'overwrite',
    checkDescription: 'check_billing_revenue fails when any amount in the day is NULL. It does not compare row counts or totals with the source.',
    tasks: [
      { taskId: 'extract_invoices', role: 'extract', operator: 'SqlToS3Operator', minutes: 4, upstream: [] },
      { taskId: 'load_invoices_raw', role: 'load', operator: 'WarehouseLoadOperator', minutes: 4, upstream: ['extract_invoices'] },
      { taskId: 'build_billing_revenue', role: 'transform', operator: 'DbtRunOperator', minutes: 3, upstream: ['load_invoices_raw'] },
      { taskId: 'check_billing_revenue', role: 'check', operator: 'SQLCheckOperator', minutes: 2, upstream: ['build_billing_revenue'] },
      { taskId: 'publish_billing_report', role: 'publish', operator: 'ReportRefreshOperator', minutes: 2, upstream: ['check_billing_revenue'] },
    ],
  },
  historyStart: '2024-07-01',
  partitions: [
    { partitionId: '2026-03-09', sourceRows: 4_310, sourceRevenue: 118_240.0, affected: false },
    { partitionId: '2026-03-10', sourceRows: 4_122, sourceRevenue: 112_905.5, affected: false },
    { partitionId: '2026-03-11', sourceRows: 4_508, sourceRevenue: 121_377.25, affected: false },
    { partitionId: '2026-03-12', sourceRows: 4_467, sourceRevenue: 119_806.0, affected: false },
    { partitionId: '2026-03-13', sourceRows: 4_951, sourceRevenue: 133_420.75, affected: false },
    { partitionId: '2026-03-14', sourceRows: 2_016, sourceRevenue: 51_770.5, affected: false },
    { partitionId: '2026-03-15', sourceRows: 1_874, sourceRevenue: 47_912.25, affected: true },
  ],
  source: { system: 'Billing service (Postgres read replica billing-replica)', table: 'billing.invoices', contract: invoiceColumns, current: invoiceColumns },
  fault: {
    kind: 'expired-credential',
    failingTaskId: 'extract_invoices',
    connectionId: 'billing_replica',
    account: 'svc_finance_etl',
    secretPath: 'prod/billing-replica/svc_finance_etl',
    errorLog: [
      "Using connection ID 'billing_replica' for task execution.",
      'psycopg2.OperationalError: connection to server at "billing-replica.db.internal", port 5432 failed:',
      'FATAL:  password authentication failed for user "svc_finance_etl"',
      'Task failed with exception; marking the task as FAILED',
    ],
  },
  fixes: [
    {
      fixId: 'connection-from-secret-manager', label: 'Point the connection at the rotated secret in the secret manager',
      detail: 'Switch the Airflow connection billing_replica to the secrets backend path prod/billing-replica/svc_finance_etl, so it reads the current password itself.',
      minutes: 12, repairs: true, valueEffect: 'none',
    },
    {
      fixId: 'paste-password-in-dag', label: 'Paste the new password into the DAG file',
      detail: 'Copy the new password from the secret manager into dags/billing_revenue.py as a connection string and redeploy the DAG.',
      minutes: 8, repairs: true, valueEffect: 'none',
      laterAlert: { afterMinutes: 25, source: 'Secret scanner', text: 'Possible database password committed in dags/billing_revenue.py (airflow-dags repository). Platform security has been notified.' },
    },
    {
      fixId: 'personal-login', label: 'Use your own database login in the connection',
      detail: 'Store your personal read-only login in billing_replica until the service account is sorted out.',
      minutes: 6, repairs: true, valueEffect: 'none',
      laterAlert: { afterMinutes: 40, source: 'Access audit', text: 'A personal database account is being used by a scheduled job on billing-replica. Flagged for the access review.' },
    },
    {
      fixId: 'rollback-rotation', label: 'Ask platform security to roll back the rotation',
      detail: 'Have the old password restored for svc_finance_etl on the replica, then re-run unchanged.',
      minutes: 120, repairs: true, valueEffect: 'none',
    },
  ],
  changeNotes: [
    {
      at: 'Sun 2026-03-15 15:02', team: 'Platform security', title: 'Quarterly rotation of database service-account passwords',
      body: 'Passwords of the service accounts on billing-replica were rotated. The new values are in the secret manager under prod/billing-replica/<account>. Connections that read from the secrets backend pick them up by themselves; connections that store a password must be switched to the secrets backend.',
    },
    {
      at: 'Fri 2026-03-13 11:20', team: 'Billing', title: 'New plan: Team Plus',
      body: 'Invoices for the new plan appear in billing.invoices with plan = team_plus from Friday.',
    },
    {
      at: 'Thu 2026-03-12 09:00', team: 'Data platform', title: 'dbt upgraded for the finance models',
      body: 'All finance models now build on the new dbt minor version. No model changes were needed.',
    },
  ],
  people: {
    stakeholder: { name: 'Tom\u00e1s Ferreira', role: 'Head of revenue operations' },
    upstream: { name: 'Aisha Bello', role: 'Platform security engineer' },
    'on-call': { name: 'Dan Okafor', role: 'Senior data platform engineer, on call' },
  },
  opening: [
    { at: '02:09', from: 'alert', text: 'billing_revenue_daily: extract_invoices failed for 2026-03-15.' },
    { at: '06:45', from: 'stakeholder', text: 'Hi, the billing revenue report still stops at Saturday. We use it in the 09:00 forecast call. Will it be there?' },
  ],
  questions: [
    {
      questionId: 'report-usage', to: 'stakeholder', unlockedBy: [],
      text: 'What do you use the report for at 09:00?',
      answer: 'The forecast call compares month-to-date billed revenue with the target, by plan. Sunday is small, but the month-to-date total has to be complete.',
    },
    {
      questionId: 'revenue-definition', to: 'stakeholder', unlockedBy: ['failure-seen'],
      text: 'Should Sunday count every invoice issued, or only paid ones?',
      answer: 'Every invoice issued, whatever its status: the same definition as every other day. Please do not change it for Sunday.',
    },
    {
      questionId: 'incomplete-ok', to: 'stakeholder', unlockedBy: ['failure-seen'],
      text: 'Would a report without Sunday help, or is it better to wait for a complete one?',
      answer: 'Without Sunday the month-to-date total would mislead the call. I would rather have it complete at 09:15 than incomplete at 09:00, but tell me which it will be.',
    },
    {
      questionId: 'replica-changes', to: 'upstream', unlockedBy: ['failure-seen'],
      text: 'Did anything change on billing-replica over the weekend?',
      answer: 'Yes: the quarterly password rotation on Sunday at 15:00. The new passwords are in the secret manager; nothing else changed on the replica.',
    },
    {
      questionId: 'secret-location', to: 'upstream', unlockedBy: ['changes-seen'],
      text: 'Where does the new password for svc_finance_etl live, and who can read it?',
      answer: 'prod/billing-replica/svc_finance_etl. The Airflow secrets backend can read it; people do not need to. Please do not copy it anywhere.',
    },
    {
      questionId: 'send-password', to: 'upstream', unlockedBy: ['failure-seen'],
      text: 'Can you send me the new password?',
      answer: 'No, we never send service passwords. Point the connection at the secret manager and Airflow reads it by itself.',
    },
  ],
  reactions: {
    reminders: [
      { at: '07:20', text: 'Any news on the billing report? I need to know before 07:45 whether to move the forecast call.' },
      { at: '08:10', text: 'Still nothing from you. Should I tell sales leadership the report will be late?' },
    ],
    ackWithPlan: 'Thanks, that is clear. I will keep the call at 09:00 and watch for your next update.',
    ackResolved: 'Thanks for the fix and the clear updates. I will share the summary with sales leadership.',
    ackMissingEta: 'Thanks. Do you have a time for when it will be fixed? I have to decide about the call.',
    ackMissingImpact: 'OK. Is it only Sunday that is missing, or is more of the month affected?',
    nextUpdateMissed: 'You said you would update me by now. Any progress?',
    etaMissed: 'The time you gave has passed and the report still stops at Saturday. What is happening?',
    deadlineMissed: 'It is 09:00 and the report is still a day behind. We will run the call without Sunday.',
    published: {
      correct: 'Report is in, and Sunday matches what billing shows. Thanks for the quick fix!',
      stale: 'The report refreshed but Sunday shows nothing billed. We always bill on Sundays, so this looks incomplete.',
      'wrong-unit': 'Sunday revenue is about a hundred times a normal Sunday. Can you check?',
      duplicated: 'Sunday\u2019s total is higher than billing shows. Are invoices counted twice?',
      'missing-values': 'Sunday revenue shows as blank. Is that expected?',
    },
    seniorTooEarly: 'What does the log of the failed task say? Find out what broke first, then tell me what you want to change.',
    seniorApproves: 'Good summary. Go ahead with the standard way we handle credentials, and validate before the report goes out.',
    seniorTooOften: 'You do not need my sign-off for every step here. Ping me if something risky comes up.',
    noAnswerYet: 'No answer yet.',
  },
} as const;
