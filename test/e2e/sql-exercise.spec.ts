// End-to-end: the SQL debugging exercise: broken tile, fixed query, explanation and checks survive a reload;
// a runaway query is stopped and the next run works.
import { sqlReferenceAnswer } from '../../rubrics/sql/reference-answer';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan } from './plan-files';

const shots = 'test-reports/screenshots';
const VARIANT = 'revenue-by-plan';

test('fix the query, watch the tile change, explain, add checks, reload: everything is still there', async ({ page, app }) => {
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: VARIANT }]);
  await startAssessment(page, 'Sol Query');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');

  // The broken query drew the tile on open; note what the stakeholder sees.
  const tile = page.getByTestId('dashboard-tile');
  await expect(tile.getByTestId('tile-bar').first()).toBeVisible();
  const brokenTile = await tile.innerText();
  await expect(page.getByTestId('schema-payments')).toContainText('rows');
  await page.screenshot({ path: `${shots}/08-sql-broken.png`, fullPage: true });

  const reference = sqlReferenceAnswer(VARIANT);
  await replaceEditorText(page, page.getByTestId('sql-editor'), reference.query);
  await page.getByTestId('run-query').click();
  await expect.poll(() => tile.innerText()).not.toBe(brokenTile);
  const fixedTile = await tile.innerText();

  await page.getByTestId('sql-explanation').fill('The LEFT JOIN was undone by filtering payments in WHERE; integer division dropped the cents.');
  const checks = page.getByTestId('validation-check');
  await expect(checks).toHaveCount(1);
  await checks.first().getByRole('textbox', { name: /Name of check 1/ }).fill('Payments that exceed their invoice');
  await replaceEditorText(page, checks.first(), 'SELECT pay.payment_id FROM payments pay JOIN invoices i ON i.invoice_id = pay.invoice_id GROUP BY i.invoice_id HAVING SUM(pay.amount_cents) > MAX(i.amount_cents) + 0;');
  await page.getByRole('button', { name: 'Add a check' }).click();
  await expect(checks).toHaveCount(2);
  await checks.nth(1).getByRole('textbox', { name: /Name of check 2/ }).fill('Plans missing from the tile');
  await replaceEditorText(page, checks.nth(1), 'SELECT plan_id FROM plans WHERE plan_id IS NULL;');
  await checks.nth(1).getByRole('button', { name: 'Run check' }).click();
  await expect(checks.nth(1).getByTestId('check-outcome')).toContainText('Returns no rows');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  await expectAccessible(page, 'sql exercise');
  await page.screenshot({ path: `${shots}/09-sql-fixed.png`, fullPage: true });

  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByTestId('sql-exercise')).toBeVisible();
  await expect(page.getByTestId('sql-explanation')).toHaveValue(/integer division dropped the cents/);
  await expect(checks).toHaveCount(2);
  await expect(checks.nth(1).getByRole('textbox', { name: /Name of check 2/ })).toHaveValue('Plans missing from the tile');
  // The tile is redrawn from the saved (fixed) query.
  await expect.poll(() => tile.innerText()).toBe(fixedTile);
});

test('a runaway query is stopped with a clear message, the UI stays responsive, and the next run works', async ({ page, app }) => {
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: VARIANT }]);
  await startAssessment(page, 'Rex Runaway');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await replaceEditorText(page, page.getByTestId('sql-editor'), 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT COUNT(*) FROM r;');
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('run-query')).toContainText('Running');
  // While SQLite spins in its worker, the page still answers: the explanation box takes typing.
  await page.getByTestId('sql-explanation').fill('typing while the query runs');
  await expect(page.getByTestId('sql-explanation')).toHaveValue('typing while the query runs');
  await expect(page.getByTestId('query-error')).toContainText('Stopped after 5 s');
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await replaceEditorText(page, page.getByTestId('sql-editor'), 'SELECT COUNT(*) AS plans FROM plans;');
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('result-row-count')).toHaveText('1 row');
});
