// End-to-end: a candidate deletes rows while debugging SQL; the reviewer sees the red flag first on the scorecard with
// its evidence and the capped dimension, clears it with a note, and the caps lift with an audit entry.
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan } from './plan-files';
import { becomeReviewerMachine, submitAndExport, unlockNewReviewer } from './journeys';

const shots = 'test-reports/screenshots';

test('reviewer: a run that changed the database is a red flag that caps operations until cleared with a note', async ({ page, app }) => {
  test.setTimeout(240_000);
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'revenue-by-plan' }]);
  await startAssessment(page, 'Dana Destructive');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await replaceEditorText(page, page.getByTestId('sql-editor'), "DELETE FROM payments WHERE status = 'failed';");
  await page.getByTestId('run-query').click();
  await expect(page.getByText('Your statements changed the data')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  const file = await submitAndExport(page, app.dataDir, 'Check the data before deleting anything.', 'dana.dpe-session.json');

  await becomeReviewerMachine(page, app);
  await unlockNewReviewer(page);
  await page.getByTestId('import-session-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Dana Destructive' }).click();
  await expect(page.getByTestId('overall-score')).toContainText('/ 100', { timeout: 120_000 });

  const flag = page.getByTestId('red-flag-sql.database-changed');
  await expect(flag).toContainText('Ran statements that changed the database');
  await expect(flag).toContainText("DELETE FROM payments WHERE status = 'failed'");
  await expect(flag).toContainText('Caps operations at 2 of 5');
  const operations = page.getByTestId('dimension-operations');
  const cappedRating = Number(await operations.getByTestId('final-rating').first().textContent());
  expect(cappedRating).toBeLessThanOrEqual(2);
  await expectAccessible(page, 'reviewer scorecard with a red flag');
  await page.screenshot({ path: `${shots}/15-reviewer-red-flag.png`, fullPage: true });

  await flag.getByRole('button', { name: 'Clear this red flag…' }).click();
  await flag.getByLabel(/Why the caps should be lifted/).fill('Deleted in the sandbox copy while exploring; discussed in the interview.');
  await flag.getByRole('button', { name: 'Clear red flag' }).click();
  await expect(flag).toContainText('Cleared by Rita Reviewer: Deleted in the sandbox copy');
  await expect(page.getByTestId('audit-trail')).toContainText('clear-red-flag sql.database-changed');
  await expect(flag.getByRole('button', { name: 'Clear this red flag…' })).toHaveCount(0);
});
