// End-to-end: the SQL execution contract in the candidate's editor: with two statements only the first runs (as in
// grading), and the editor says so until the extra statement is gone.
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
