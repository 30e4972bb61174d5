// End-to-end: a candidate deletes rows while debugging SQL; the reviewer sees the red flag first on the scorecard with
// its evidence and the capped dimension, clears it with a note, and the caps lift with an audit entry.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan } from './plan-files';

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
  await page.getByRole('button', { name: 'Submit…' }).click();
  await page.getByLabel(/what would you do differently/).fill('Check the data before deleting anything.');
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const file = join(app.dataDir, 'dana.dpe-session.json');
  await (await download).saveAs(file);

  await app.kill();
  rmSync(join(app.dataDir, 'sessions'), { recursive: true, force: true });
  await app.restart();
  await openApp(page, app);
  await page.getByRole('button', { name: 'Reviewer area' }).click();
  await page.getByLabel('Your name').fill('Rita Reviewer');
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await page.getByRole('button', { name: 'Set passphrase and unlock' }).click();
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
