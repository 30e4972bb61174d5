// End-to-end: the hiring panel in Chromium: clear scales on the scorecard and in the audit trail, the session list
// at 1366×768 with every trust column on screen, two candidates compared side by side with a chart, the scores
// exported as CSV and JSON (files read back), and a one-page scorecard printed to PDF and rendered to PNG.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan, REVENUE_BY_PLAN_FIX as FIXED_QUERY } from './plan-files';
import { feedbackLeakMarkers, findLeaks } from '../../rubrics/feedback/leak-scan';
import { allCriterionDefinitions } from '../../rubrics/scorecard/criterion-definitions';
import { becomeReviewerMachine, unlockNewReviewer } from './journeys';

const shots = 'test-reports/screenshots';

/** One SQL-only session, submitted and exported; the query and explanation decide its scores. */
async function sqlCandidate(page: Page, dataDir: string, name: string, query: string, explanation: string): Promise<string> {
  await openFixedPlan(page, dataDir, [{ exerciseId: 'sql', variantId: 'revenue-by-plan' }]);
  await startAssessment(page, name);
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await replaceEditorText(page, page.getByTestId('sql-editor'), query);
  await page.getByTestId('run-query').click();
  await page.getByTestId('sql-explanation').fill(explanation);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  await page.getByRole('button', { name: 'Submit…' }).click();
  await page.getByLabel(/what would you do differently/).fill('Check the data first.');
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const file = join(dataDir, `${name.split(' ')[0]}.dpe-session.json`);
  await (await download).saveAs(file);
  return file;
}

test('hiring panel: clear scales, list at 1366 px, compare with chart, CSV/JSON exports, one-page PDF', async ({ page, app }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app);
  const files = [await sqlCandidate(page, app.dataDir, 'Casey Candidate', FIXED_QUERY, 'The WHERE on payments made the LEFT JOIN an inner join; BETWEEN cut the last day; integer division dropped cents.')];
  await becomeReviewerMachine(page, app);
  files.push(await sqlCandidate(page, app.dataDir, 'Dana Destructive', "DELETE FROM payments WHERE status = 'failed';", 'Removed the bad rows.'));

  // The reviewer's machine: nothing but the two imported files.
  await becomeReviewerMachine(page, app);
  await unlockNewReviewer(page);
  await page.getByTestId('import-session-file').setInputFiles(files);
  await expect(page.getByTestId('session-row')).toHaveCount(2);

  // 1. Clear scales: a level-2 rating reads "2 of 5" on the criterion and in the audit trail.
  await page.getByRole('button', { name: 'Casey Candidate' }).click();
  await expect(page.getByTestId('overall-score')).toContainText('/ 100', { timeout: 120_000 });
  const communication = page.getByTestId('dimension-communication');
  await communication.locator('summary').first().click();
  await expect(communication).toContainText(/of 5/);
  const criterion = page.getByTestId('criterion-sql.explanation.rating');
  await criterion.locator('summary').click();
  await expect(criterion.getByTestId('evidence-list')).toContainText('Awaiting reviewer rating');
  const form = page.getByTestId('rating-sql.explanation.rating');
  await form.getByRole('radio', { name: /^2/ }).check();
  await form.getByLabel('Note (why this level)').fill('Names the join bug but not why the cents were lost.');
  await form.getByRole('button', { name: 'Save rating' }).click();
  await expect(criterion.locator('.score-chip')).toHaveText('2 of 5');
  await expect(criterion.getByTestId('evidence-list')).not.toContainText('Awaiting reviewer rating');
  await expect(criterion).toContainText('rated by a reviewer');
  await expect(criterion).not.toContainText('auto pending');
  const audit = page.getByTestId('audit-trail');
  await expect(audit).toContainText('2 of 5');
  await expect(audit).not.toContainText('0.25');
  // An automatically scored criterion reads met / partly / not met, with the exact fraction on hover.
  const sqlDim = page.getByTestId('dimension-sql-data');
  await sqlDim.locator('summary').first().click();
  const chip = sqlDim.locator('.criterion .score-chip').first();
  await expect(chip).toHaveText(/^(met|partly met|not met)/);
  await expect(chip).toHaveAttribute('title', /of the points \(\d+%\)/);
  await expectAccessible(page, 'scorecard with clear scales');
  await page.screenshot({ path: `${shots}/40-panel-scorecard-scales.png`, fullPage: true });

  // 2. Answers: the fixed query as a coloured diff against the broken starter.
  await page.getByRole('tab', { name: 'Answers' }).click();
  const diff = page.getByTestId('answer-diff').first();
  await expect(diff).toContainText('BETWEEN'); // the starter's line, on the left
  await expect(diff).toContainText("pay.paid_at >= '2024-03-01'"); // the candidate's, on the right
  await expect(diff.locator('.line-insert').first()).toBeVisible();
  await expect(diff.locator('.line-delete').first()).toBeVisible();
  await expect(diff.locator('.mtk1, .mtk5, .mtk6, .mtk7, .mtk8').first()).toBeVisible(); // Monaco's token colours
  await expectAccessible(page, 'answers diff');
  await page.screenshot({ path: `${shots}/42-panel-answers-diff.png` });
  await page.getByRole('tab', { name: 'Scorecard' }).click();

  // The session list fits 1366 px: every trust column is on screen without scrolling sideways.
  await page.getByRole('button', { name: '← All sessions' }).click();
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  for (const column of ['Red flags', 'Integrity and seal', 'Review', 'Overall (0–100)']) {
    const box = await page.getByRole('columnheader', { name: column, exact: true }).boundingBox();
    expect(box, column).not.toBeNull();
    expect(box!.x + box!.width, `${column} ends inside 1366 px`).toBeLessThanOrEqual(1366);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await expectAccessible(page, 'session list');
  await page.screenshot({ path: `${shots}/41-panel-session-list-1366.png` });

  // 3. Compare the two candidates.
  await page.getByLabel('Select Casey Candidate to compare').check();
  await page.getByLabel('Select Dana Destructive to compare').check();
  await page.getByTestId('compare-selected').click();
  await expect(page.getByTestId('compare-row')).toHaveCount(2, { timeout: 120_000 });
  await expect(page.getByTestId('compare-chart').locator('canvas')).toBeVisible();
  const dana = page.getByTestId('compare-row').filter({ hasText: 'Dana Destructive' });
  await expect(dana).toContainText('Ran statements that changed the database');
  await expect(dana).toContainText('sql:revenue-by-plan');
  const casey = page.getByTestId('compare-row').filter({ hasText: 'Casey Candidate' });
  await casey.getByText('Notes (1)').click();
  await expect(casey).toContainText('Rita Reviewer: Names the join bug');
  const caseyOverall = Number(await casey.getByTestId('compare-overall').textContent());
  const danaOverall = Number(await dana.getByTestId('compare-overall').textContent());
  expect(caseyOverall).toBeGreaterThan(danaOverall);
  // Sorting: by overall ascending puts the lower score first.
  await page.getByRole('button', { name: /^Overall/ }).click();
  await expect(page.getByTestId('compare-row').first()).toContainText('Dana Destructive');
  await expectAccessible(page, 'compare view');
  await page.screenshot({ path: `${shots}/43-panel-compare.png`, fullPage: true });

  // Exports: the files hold the same scores as the screen.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scores as CSV' }).click();
  const csvPath = join(app.dataDir, 'scores.csv');
  await (await csvDownload).saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  const header = csv[0]!.split(',');
  const overallCol = header.indexOf('overall_0_100');
  const caseyLine = csv.find((l) => l.includes('Casey Candidate'))!.split(',');
  expect(Number(caseyLine[overallCol])).toBe(caseyOverall);
  expect(header).toContain('communication_1_5');
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scores as JSON' }).click();
  const jsonPath = join(app.dataDir, 'scores.json');
  await (await jsonDownload).saveAs(jsonPath);
  const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as { candidates: Array<{ candidateName: string; overall: number; redFlags: unknown[] }> };
  expect(json.candidates.find((c) => c.candidateName === 'Dana Destructive')).toMatchObject({ overall: danaOverall });
  expect(json.candidates.find((c) => c.candidateName === 'Dana Destructive')!.redFlags.length).toBeGreaterThan(0);

  // 5. Feedback sheet for the candidate: strengths and what to work on, and nothing from the answer keys.
  await casey.getByRole('button', { name: 'Feedback sheet' }).click();
  const sheet = page.getByTestId('feedback-sheet');
  await expect(sheet.getByRole('heading', { name: /SQL and data reasoning/ })).toBeVisible();
  await expect(sheet).toContainText('What went well');
  await expect(sheet).toContainText('What to work on');
  await expectAccessible(page, 'feedback sheet');
  await page.screenshot({ path: `${shots}/44-panel-feedback.png`, fullPage: true });
  const feedbackDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as text' }).click();
  const feedbackPath = join(app.dataDir, 'feedback.txt');
  await (await feedbackDownload).saveAs(feedbackPath);
  const feedback = readFileSync(feedbackPath, 'utf8');
  expect(feedback).toContain('Feedback for Casey Candidate');
  expect(findLeaks(feedback, feedbackLeakMarkers())).toEqual([]);
  // Nor a criterion title: "Fixed: <the seeded bug>" would tell the next candidate what to look for.
  const titles = allCriterionDefinitions().map((c) => ({ exerciseId: c.exerciseId, needle: c.title }));
  expect(findLeaks(feedback, feedbackLeakMarkers([], titles)).map((l) => l.needle)).toEqual([]);
  await page.getByRole('button', { name: '← Back to the comparison' }).click();

  // 4. One-page scorecard: printed by Chromium, rendered to PNG.
  await casey.getByRole('button', { name: 'Printable scorecard' }).click();
  await expect(page.getByTestId('print-overall')).toContainText(`Overall ${caseyOverall} of 100`);
  await expectAccessible(page, 'printable scorecard');
  const pdfPath = join(app.dataDir, 'casey-scorecard.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Scorecard: Casey Candidate');
  expect(text).toContain(`Overall ${caseyOverall} of 100`);
  expect(text).toContain('Names the join bug');
  expect(text).not.toContain('Lock and leave'); // the app's header is not printed
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfPath, `${shots}/45-panel-scorecard-pdf`]);
  expect(existsSync(`${shots}/45-panel-scorecard-pdf.png`)).toBe(true);
});
