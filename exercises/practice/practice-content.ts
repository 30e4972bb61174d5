// Pure: the unscored warm-up: a tiny table and a question, so the candidate meets the editor before the clock matters.
export const PRACTICE_VARIANT_IDS = ['pipeline-runs'] as const;

export const PRACTICE_CONTENT = {
  variantId: 'pipeline-runs',
  title: 'Practice: which pipelines failed?',
  prompt:
    'The table pipeline_runs holds last week\u2019s scheduled runs. List each pipeline that failed at least once, ' +
    'with its number of failed runs, most failures first. Run your query with the Run button or Ctrl+Enter.',
  setupSql: `
CREATE TABLE pipeline_runs (
  run_id INTEGER PRIMARY KEY,
  pipeline TEXT NOT NULL,
  started_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('success', 'failed', 'running')),
  rows_loaded INTEGER
);
INSERT INTO pipeline_runs (run_id, pipeline, started_at, status, rows_loaded) VALUES
  (1, 'orders_daily', '2026-11-16 02:00', 'success', 18240),
  (2, 'orders_daily', '2026-11-17 02:00', 'failed', NULL),
  (3, 'orders_daily', '2026-11-18 02:00', 'success', 18911),
  (4, 'payments_hourly', '2026-11-18 03:00', 'failed', NULL),
  (5, 'payments_hourly', '2026-11-18 04:00', 'failed', NULL),
  (6, 'payments_hourly', '2026-11-18 05:00', 'success', 1204),
  (7, 'crm_accounts', '2026-11-19 01:30', 'success', 5320),
  (8, 'crm_accounts', '2026-11-20 01:30', 'running', NULL);
`,
  starterQuery: `-- Start here: this lists every run. Change it to answer the question.
SELECT pipeline, status, started_at
FROM pipeline_runs
ORDER BY started_at;
`,
  /** Expected rows, shown as a hint after a run; the practice question is not scored. */
  expectedRows: [
    ['payments_hourly', 2],
    ['orders_daily', 1],
  ] as const,
};
