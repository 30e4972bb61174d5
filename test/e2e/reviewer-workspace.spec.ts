// End-to-end: a candidate completes SQL and Python; a reviewer imports the session, reads the scorecard and the
// evidence of a lost point, overrides a dimension (audit entry), replays the SQL exercise, rates the explanation.
import type { Page } from '@playwright/test';
import { pythonReferenceAnswer } from '../../rubrics/python';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan, REVENUE_BY_PLAN_FIX as FIXED_QUERY } from './plan-files';
import { becomeReviewerMachine, submitAndExport, unlockNewReviewer } from './journeys';

const shots = 'test-reports/screenshots';

async function candidateTakesAssessment(page: Page, dataDir: string): Promise<string> {
  await openFixedPlan(page, dataDir, [
    { exerciseId: 'sql', variantId: 'revenue-by-plan' },
    { exerciseId: 'python', variantId: 'orders-ingest', minutes: 60 },
  ]);
  await startAssessment(page, 'Casey Candidate');

  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await page.getByTestId('run-query').click(); // the broken query, as found
  await expect(page.getByTestId('result-row-count')).toBeVisible();
  await replaceEditorText(page, page.getByTestId('sql-editor'), FIXED_QUERY);
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('result-row-count')).toHaveText('6 rows');
  await page.getByTestId('sql-explanation').fill('The WHERE on payments turned the LEFT JOIN into an inner join; BETWEEN cut off the last day; integer division dropped the cents.');

  await page.getByRole('button', { name: 'Python ingestion' }).click();
  await expect(page.getByTestId('python-status')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
  await replaceEditorText(page, page.getByTestId('python-editor'), pythonReferenceAnswer('orders-ingest', 'naive').source);
  await page.getByTestId('run-tests').click();
  // The naive solution runs but fails some public tests (it appends twice and validates nothing).
  await expect(page.getByTestId('test-summary')).toContainText(/^[1-9]\d* of [1-9]\d* tests passed, \d+ failed/, { timeout: 60_000 });
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');

  const file = await submitAndExport(page, dataDir, 'I would make the load idempotent with an upsert.', 'casey.dpe-session.json');
  return file;
}

test('reviewer: import, scores with evidence, override with audit, replay, rate the explanation', async ({ page, app }) => {
  test.setTimeout(240_000);
  await openApp(page, app);
  const file = await candidateTakesAssessment(page, app.dataDir);

  // The reviewer's machine: a fresh store with nothing but the imported file.
  await becomeReviewerMachine(page, app);
  await unlockNewReviewer(page);
  await page.getByTestId('import-session-file').setInputFiles(file);
  await expect(page.getByTestId('session-row')).toContainText('Casey Candidate');

  await page.getByRole('button', { name: 'Casey Candidate' }).click();
  await expect(page.getByTestId('overall-score')).toContainText('/ 100', { timeout: 120_000 });
  await expect(page.getByTestId('overall-score')).toContainText('Covers');
  await expect(page.getByTestId('signal').first()).toBeVisible();
  await expectAccessible(page, 'reviewer scorecard');
  await page.screenshot({ path: `${shots}/12-reviewer-scorecard.png`, fullPage: true });

  // Two clicks to the evidence of a lost point: the dimension, then the criterion.
  const python = page.getByTestId('dimension-python-scripting');
  await python.locator('summary').first().click();
  const lost = page.locator('[data-testid^="criterion-python.hidden."]').filter({ has: page.locator('.score-chip.zero, .score-chip.part') }).first();
  await lost.locator('summary').click();
  await expect(lost.getByTestId('evidence-list')).toContainText('✗');
  await page.screenshot({ path: `${shots}/13-reviewer-evidence.png`, fullPage: true });

  // Override a dimension with a note; the audit trail records who, from, to and why.
  const sqlDim = page.getByTestId('dimension-sql-data');
  await sqlDim.locator('summary').first().click();
  await sqlDim.getByRole('button', { name: /Override the .* rating/ }).click();
  await page.getByLabel('New rating (1–5)').fill('4');
  await page.getByLabel('Reason (required, kept in the audit trail)').fill('Strong live debugging in the interview as well.');
  await page.getByRole('button', { name: 'Save override' }).click();
  await expect(sqlDim.getByTestId('final-rating').first()).toHaveText('4');
  await expect(page.getByTestId('audit-trail')).toContainText('Rita Reviewer');
  await expect(page.getByTestId('audit-trail')).toContainText('Strong live debugging');

  // Rate the explanation against the anchored levels, by keyboard.
  const rating = page.getByTestId('rating-sql.explanation.rating');
  await page.getByTestId('dimension-communication').locator('summary').first().click();
  await page.getByTestId('criterion-sql.explanation.rating').locator('summary').click();
  await rating.getByRole('radio', { name: /^4/ }).check();
  await rating.getByLabel('Note (why this level)').fill('Names all three bugs and why they mattered.');
  await rating.getByRole('button', { name: 'Save rating' }).press('Enter');
  await expect(page.getByTestId('criterion-sql.explanation.rating').locator('.score-chip')).toHaveText('4 of 5');
  await expect(page.getByTestId('audit-trail')).toContainText('rate-criterion');

  // Replay: back to the moment the SQL query was still broken.
  await page.getByRole('tab', { name: 'Replay' }).click();
  await page.getByTestId('run-marker').filter({ hasText: 'sql query' }).first().click();
  await expect(page.getByTestId('replay-editor')).toContainText('/ 100 AS revenue_usd');
  await expect(page.getByTestId('replay-event')).toContainText('run');
  await page.screenshot({ path: `${shots}/14-reviewer-replay.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Integrity and timing' }).click();
  await expect(page.getByTestId('chain-status')).toContainText('verified');
  await expectAccessible(page, 'reviewer integrity');
});
