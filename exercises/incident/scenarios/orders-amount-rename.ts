// Pure (all processes): incident scenario "orders-amount-rename": the orders service renamed its amount column and
// changed its unit over the weekend; the nightly finance load fails and the CFO's revenue pack is due at 09:00.

const column = (name: string, type: string, description: string) => ({ name, type, description });

export const ordersAmountRename = {
  scenarioId: 'orders-amount-rename',
  title: 'Upstream column rename with a unit change (schema drift)',
  briefing: {
    headline: 'Monday 06:40. The finance revenue DAG failed over the weekend; the CFO revenue pack is due at 09:00.',
    body:
      'You are the data platform engineer on the morning rota. The nightly DAG finance_daily_revenue has failed twice, and the weekly ' +
      'revenue pack that the finance team takes into the CFO review is built from it. Work the incident: find out what broke, repair it ' +
      'safely, keep the finance team informed, and get correct numbers out by 09:00 if you can. Every action takes simulated time; the ' +
      'clock moves only when you act. When you are done, write a short post-incident review.',
  },
  incidentDay: '2026-03-09',
  start: '06:40',
  deadline: '09:00',
  reportName: 'Weekly revenue pack (CFO review)',
  dag: {
    dagId: 'finance_daily_revenue',
    schedule: 'Daily at 02:00 UTC, for the previous day',
    description: 'Copies the day\u2019s orders into the warehouse, builds daily revenue by channel and refreshes the finance revenue pack.',
    loadMode: 'append',
    checkDescription: 'check_revenue_quality fails when any revenue value in the day is NULL. It does not compare row counts or totals with the source.',
    tasks: [
      { taskId: 'extract_orders', role: 'extract', operator: 'SqlToS3Operator', minutes: 4, upstream: [] },
      { taskId: 'load_orders_raw', role: 'load', operator: 'WarehouseLoadOperator', minutes: 5, upstream: ['extract_orders'] },
      { taskId: 'build_revenue_daily', role: 'transform', operator: 'DbtRunOperator', minutes: 3, upstream: ['load_orders_raw'] },
      { taskId: 'check_revenue_quality', role: 'check', operator: 'SQLCheckOperator', minutes: 2, upstream: ['build_revenue_daily'] },
      { taskId: 'publish_revenue_pack', role: 'publish', operator: 'ReportRefreshOperator', minutes: 2, upstream: ['check_revenue_quality'] },
    ],
  },
  historyStart: '2025-01-01',
  partitions: [
    { partitionId: '2026-03-02', sourceRows: 11_204, sourceRevenue: 231_418.6, affected: false },
    { partitionId: '2026-03-03', sourceRows: 10_876, sourceRevenue: 224_903.15, affected: false },
    { partitionId: '2026-03-04', sourceRows: 11_512, sourceRevenue: 240_117.4, affected: false },
    { partitionId: '2026-03-05', sourceRows: 11_930, sourceRevenue: 246_552.85, affected: false },
    { partitionId: '2026-03-06', sourceRows: 13_045, sourceRevenue: 268_301.2, affected: false },
    { partitionId: '2026-03-07', sourceRows: 9_840, sourceRevenue: 189_774.35, affected: true, partialRows: 3_280 },
    { partitionId: '2026-03-08', sourceRows: 8_615, sourceRevenue: 171_260.9, affected: true },
  ],
  source: {
    system: 'Orders service (Postgres orders_db)',
    table: 'public.orders',
    contract: [
      column('order_id', 'bigint', 'Order key'),
      column('created_at', 'timestamptz', 'When the order was placed'),
      column('customer_id', 'bigint', 'Customer key'),
      column('channel', 'text', 'web, app or marketplace'),
      column('amount', 'numeric(12,2)', 'Order value in EUR, tax included'),
      column('currency', 'char(3)', 'Always EUR'),
    ],
    current: [
      column('order_id', 'bigint', 'Order key'),
      column('created_at', 'timestamptz', 'When the order was placed'),
      column('customer_id', 'bigint', 'Customer key'),
      column('channel', 'text', 'web, app or marketplace'),
      column('amount_cents', 'bigint', 'Order value in euro cents, tax included'),
      column('currency', 'char(3)', 'Always EUR'),
    ],
  },
  fault: {
    kind: 'schema-drift',
    failingTaskId: 'load_orders_raw',
    renamedFrom: 'amount',
    renamedTo: 'amount_cents',
    errorLog: [
      "ERROR - Column mapping failed: source column 'amount' not found in the extract",
      'Columns in the extract: order_id, created_at, customer_id, channel, amount_cents, currency',
      "KeyError: 'amount'",
      'Task failed with exception; marking the task as FAILED',
    ],
  },
  fixes: [
    {
      fixId: 'map-cents-to-euros', label: 'Map amount_cents to amount, divided by 100',
      detail: 'Edit mappings/orders.yml so amount = amount_cents / 100 as numeric(12,2), the unit the warehouse has always stored.',
      minutes: 15, repairs: true, valueEffect: 'none',
    },
    {
      fixId: 'map-rename-only', label: 'Map amount_cents to amount',
      detail: 'Edit mappings/orders.yml so the amount column is filled from amount_cents as it arrives.',
      minutes: 10, repairs: true, valueEffect: 'x100',
    },
    {
      fixId: 'make-amount-optional', label: 'Make amount optional in the mapping',
      detail: 'Mark amount as nullable so the load no longer fails when the source column is missing.',
      minutes: 8, repairs: true, valueEffect: 'null',
    },
    {
      fixId: 'ask-upstream-restore', label: 'Ask the orders team to restore the old column',
      detail: 'Wait until the orders service publishes amount (euros) again beside the new field, then re-run unchanged.',
      minutes: 150, repairs: true, valueEffect: 'none',
    },
  ],
  changeNotes: [
    {
      at: 'Fri 2026-03-06 17:45', team: 'Orders service', title: 'Release 4.12: order amounts stored in cents',
      body: 'The amount column (numeric, euros) is replaced by amount_cents (integer euro cents) to stop rounding drift at checkout. The mobile apps already read the new field. Consumers of amount should switch to amount_cents.',
    },
    {
      at: 'Thu 2026-03-05 10:12', team: 'Data platform', title: 'Shared Airflow cluster upgraded',
      body: 'Scheduler and workers restarted at 10:00 on the new minor version. No DAG changes are needed.',
    },
    {
      at: 'Wed 2026-03-04 15:30', team: 'Finance analytics', title: 'Marketplace channel in the revenue pack',
      body: 'The pack now splits revenue into web, app and marketplace. Marketplace orders have flowed through the same table since January.',
    },
  ],
  people: {
    stakeholder: { name: 'Priya Raman', role: 'Finance business partner' },
    upstream: { name: 'Jonas Weber', role: 'Orders service team lead' },
    'on-call': { name: 'Mei Lin', role: 'Senior data platform engineer, on call' },
  },
  opening: [
    { at: '02:14', from: 'alert', text: 'finance_daily_revenue: load_orders_raw failed for 2026-03-08. This is the second failed run in a row.' },
    { at: '06:31', from: 'stakeholder', text: 'Morning! The revenue pack for the CFO review is due at 09:00 and the dashboard still shows Friday. Is something wrong?' },
  ],
  questions: [
    {
      questionId: 'pack-usage', to: 'stakeholder', unlockedBy: [],
      text: 'Which numbers in the pack matter most this morning, and what are they used for?',
      answer: 'Weekend revenue by channel against the plan. The CFO decides on Monday whether to extend the spring promotion, so the weekend figures are the point of the meeting.',
    },
    {
      questionId: 'later-pack-ok', to: 'stakeholder', unlockedBy: ['failure-seen'],
      text: 'If the numbers could be right at 09:30 instead of 09:00, would that still work?',
      answer: '09:00 is the pre-read. A late pack is better than a wrong one, but tell me by 08:15 if it will slip so I can warn the CFO\u2019s office.',
    },
    {
      questionId: 'revenue-definition', to: 'stakeholder', unlockedBy: ['schema-changed'],
      text: 'How is revenue defined in the pack: order value in euros with tax, before refunds?',
      answer: 'Yes: order value in euros, tax included, before refunds, the same definition since 2023. Please keep it exactly that; a change of definition needs sign-off from the controller.',
    },
    {
      questionId: 'weekend-changes', to: 'upstream', unlockedBy: ['failure-seen'],
      text: 'Did the orders service change anything in the orders table since Friday?',
      answer: 'Yes, release 4.12 on Friday evening: amount became amount_cents. Sorry, we only announced it in the release notes.',
    },
    {
      questionId: 'cents-semantics', to: 'upstream', unlockedBy: ['schema-changed'],
      text: 'Is amount_cents exactly the old amount times 100, in euros, for every order?',
      answer: 'Exactly: integer euro cents, same currency, same tax treatment. Old amount = amount_cents / 100.',
    },
    {
      questionId: 'restore-column', to: 'upstream', unlockedBy: ['schema-changed'],
      text: 'Could you bring back the old amount column for a while?',
      answer: 'We can add it back, but not before midday: it needs a migration and a deploy, and the on-call release window opens at 11:00.',
    },
  ],
  reactions: {
    reminders: [
      { at: '07:15', text: 'Hi, any news on the revenue pack? The CFO\u2019s office asks me at 07:30 whether to expect it.' },
      { at: '08:00', text: 'It is 08:00 and I have not heard anything. Should I warn the CFO that the numbers will be late?' },
    ],
    ackWithPlan: 'Thanks, that is clear. I will tell the CFO\u2019s office and watch for your next update.',
    ackResolved: 'Thank you for fixing it and for keeping me posted. I will pass the summary on to the CFO\u2019s office.',
    ackMissingEta: 'Thanks for letting me know. Roughly when do you expect the numbers? I need to plan around 09:00.',
    ackMissingImpact: 'OK, thanks. Which numbers are affected: the whole week or only the weekend?',
    nextUpdateMissed: 'You said you would update me by now. Where are we?',
    etaMissed: 'The time you gave has passed and the pack is not there yet. What is happening?',
    deadlineMissed: 'It is 09:00 and the pack is not ready. I will tell the CFO to start without the weekend revenue.',
    published: {
      correct: 'The pack is in and the weekend matches what the orders team sees. Thank you!',
      stale: 'The pack refreshed, but Saturday and Sunday look far too low. Those cannot be the real weekend numbers, can they?',
      'wrong-unit': 'Weekend revenue in the pack is about a hundred times a normal day. Please check this before the CFO sees it!',
      duplicated: 'The weekend totals are higher than the orders dashboard shows. Were some orders counted twice?',
      'missing-values': 'The pack shows no revenue at all for the weekend. Is that expected?',
    },
    seniorTooEarly: 'What does the task log say? Come back with what you found and what you want to change.',
    seniorApproves: 'Thanks for the summary, that sounds right. Go ahead, keep the change small, and compare with the source before anything goes to Finance.',
    seniorTooOften: 'You have this one; you do not need my sign-off for every step. Ping me if something risky comes up.',
    noAnswerYet: 'No answer yet.',
  },
} as const;
