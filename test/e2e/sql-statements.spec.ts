// End-to-end: the SQL execution contract in the candidate's editor: with two statements only the first runs (as in
// grading), and the editor says so until the extra statement is gone.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';

const ANSWER = "SELECT pipeline, COUNT(*) AS failures\nFROM pipeline_runs\nWHERE status = 'failed'\nGROUP BY pipeline\nORDER BY failures DESC";

test('a query after SELECT 1; does not run: the first statement runs and the editor warns', async ({ page, app }) => {
  await openApp(page, app);
  await startAssessment(page, 'Sam Statements');
  await page.getByTestId('overview-practice').getByRole('button', { name: 'Open' }).click();
  const editor = page.getByTestId('practice-editor');
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');

  await replaceEditorText(page, editor, `SELECT 1 AS probe;\n${ANSWER};`);
  await expect(page.getByTestId('extra-statements-warning')).toContainText('holds 2 statements. Only the first one runs');
  await page.getByTestId('run-query').click();
  // The grid shows the probe, not the answer after it: what runs here is what would be graded.
  await expect(page.getByTestId('result-row-count')).toHaveText('1 row');
  await expect(page.getByTestId('result-grid')).toContainText('probe');
  await expect(page.getByTestId('result-grid')).not.toContainText('payments_hourly');
  await expectAccessible(page, 'practice with two statements');

  await replaceEditorText(page, editor, `${ANSWER};\n-- a trailing comment is not a statement`);
  await expect(page.getByTestId('extra-statements-warning')).toHaveCount(0);
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('result-row-count')).toHaveText('2 rows');
  await expect(page.getByTestId('result-grid')).toContainText('payments_hourly');
});

test('the SQL exercise warns in the query and in a check; the exported session keeps the runs', async ({ page, app }) => {
  test.setTimeout(180_000);
  await openApp(page, app);
  await startAssessment(page, 'Rene Recorded');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await page.getByTestId('run-query').click(); // the broken query, as found
  await expect(page.getByTestId('result-row-count')).toBeVisible();

  const query = page.getByTestId('sql-editor');
  await replaceEditorText(page, query, 'SELECT 1 AS probe;\nSELECT 2 AS second;');
  await expect(page.getByTestId('extra-statements-warning')).toContainText('holds 2 statements');
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('result-grid')).toContainText('probe');
  await replaceEditorText(page, query, 'SELECT FROM;');
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('query-error')).toContainText('syntax error');
  await replaceEditorText(page, query, 'SELECT COUNT(*) AS accounts FROM accounts;');
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('result-row-count')).toHaveText('1 row');
  await expect(page.getByTestId('extra-statements-warning')).toHaveCount(0);

  const check = page.getByTestId('validation-check').first();
  await replaceEditorText(page, check, 'SELECT 1;\nSELECT * FROM payments WHERE amount_cents < 0;');
  await expect(check.getByTestId('check-extra-statements-warning')).toContainText('Only the first one runs');
  await page.getByTestId('sql-explanation').fill('The count was wrong because of a join fan-out; I counted accounts directly.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');

  await page.getByRole('button', { name: 'Submit…' }).click();
  await page.getByLabel(/what would you do differently/).fill('Check the join keys before aggregating.');
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, Rene Recorded' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const file = join(app.dataDir, 'rene.dpe-session.jsonl');
  await (await download).saveAs(file);
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  expect(lines.slice(1).filter((l) => (JSON.parse(l) as { type: string }).type === 'run').length).toBeGreaterThanOrEqual(4);
  // `DPE_RECORD_SESSION_TO=<path>` keeps this real session as the registry conformance test's fixture.
  if (process.env.DPE_RECORD_SESSION_TO) copyFileSync(file, process.env.DPE_RECORD_SESSION_TO);
});
