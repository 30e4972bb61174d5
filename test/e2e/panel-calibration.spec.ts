// End-to-end: the hiring panel across two laptops. Two reviewers on two data directories rate the same three
// sessions blind (the second cannot see the first's ratings before submitting), exchange review bundles both ways
// through the UI, a disagreement of two levels or more is flagged, the panel compares the three, the lead records a
// decision, and the CSV export and the printed scorecard hold the scores and the decision; the feedback sheet passes
// the leak scan. Axe on every panel screen; screenshots at 1366×768 in /tmp/p2-shots.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect, openApp, startAssessment, expectAccessible, type RunningApp } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan, REVENUE_BY_PLAN_FIX as FIXED_QUERY } from './plan-files';
import { becomeReviewerMachine, submitAndExport, unlockNewReviewer } from './journeys';
import { feedbackLeakMarkers, findLeaks } from '../../rubrics/feedback/leak-scan';
import { allCriterionDefinitions } from '../../rubrics/scorecard/criterion-definitions';
import { appendEntry } from '../../electron/host/review-chain';
import type { ReviewBundle } from '../../contract/panel';

const shots = process.env.DPE_PANEL_SHOTS ?? '/tmp/p2-shots';
const VIEWPORT = { width: 1366, height: 768 };
const ANA_SQL_NOTE = 'Ana: fixed all three bugs and checked the totals against the raw payments.';
const ANA_SUMMARY = 'Ana: strong debugging, clear explanation of the join bug.';
const BEN_SUMMARY = 'Ben (revised): the fix works; the reasoning was thin but coachable.';

/** One SQL-only candidate on this machine, submitted and exported; returns the session file. */
async function sqlCandidate(page: Page, app: RunningApp, name: string, fix: boolean): Promise<string> {
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'revenue-by-plan' }]);
  await startAssessment(page, name);
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  if (fix) {
    await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
    await replaceEditorText(page, page.getByTestId('sql-editor'), FIXED_QUERY);
    await page.getByTestId('run-query').click();
    await expect(page.getByTestId('result-row-count')).toHaveText('6 rows');
  }
  await page.getByTestId('sql-explanation').fill(fix ? 'The WHERE on payments undid the LEFT JOIN; BETWEEN cut the last day; integer division lost cents.' : 'I am not sure what is wrong.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  const file = await submitAndExport(page, app.dataDir, 'Check the data first.', `${name.split(' ')[0]!.toLowerCase()}.dpe-session.json`);
  await becomeReviewerMachine(page, app);
  return file;
}

async function reviewerPage(browser: Browser, app: RunningApp): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, app);
  return page;
}

async function openSession(page: Page, candidate: string): Promise<void> {
  await page.getByRole('button', { name: candidate, exact: true }).click();
  await expect(page.getByTestId('overall-score')).toContainText('/ 100', { timeout: 120_000 });
}

async function backToSessions(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← All sessions' }).click();
  await expect(page.getByTestId('session-row')).toHaveCount(3);
}

async function overrideSql(page: Page, rating: string, reason: string): Promise<void> {
  const sqlDim = page.getByTestId('dimension-sql-data');
  await sqlDim.locator('summary').first().click();
  await sqlDim.getByRole('button', { name: /Override the .* rating/ }).click();
  await page.getByLabel('New rating (1–5)').fill(rating);
  await page.getByLabel('Reason (required, kept in the audit trail)').fill(reason);
  await page.getByRole('button', { name: 'Save override' }).click();
  await expect(sqlDim.getByTestId('final-rating').first()).toHaveText(rating);
}

/** The "Submit my ratings" step; lands on the opened Panel tab. */
async function submitRatings(page: Page, recommendation: RegExp, summary: string, sqlNote = ''): Promise<void> {
  await page.getByRole('tab', { name: 'Submit my ratings' }).click();
  const form = page.getByTestId('submit-review');
  if (sqlNote) await form.getByRole('textbox', { name: /^Note on SQL/ }).fill(sqlNote);
  await form.getByRole('radio', { name: recommendation }).check();
  await form.getByLabel(/^Summary/).fill(summary);
  await form.getByRole('button', { name: 'Submit my ratings' }).click();
  await expect(page.getByTestId('panel-view')).toBeVisible();
}

/** Full-page shots start at the top, so the sticky header is not drawn over the middle of the page. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage });
}

async function downloadFrom(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  await (await download).saveAs(path);
  return path;
}

test('two reviewers rate blind, exchange review files, a disagreement is flagged, the lead decides and exports', async ({ page, app, secondApp, browser }) => {
  test.setTimeout(300_000);
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize(VIEWPORT);
  await openApp(page, app);
  const candidates = ['Casey Candidate', 'Dana Doubtful', 'Eli Example'];
  const files = [await sqlCandidate(page, app, candidates[0]!, true), await sqlCandidate(page, app, candidates[1]!, false), await sqlCandidate(page, app, candidates[2]!, true)];

  // Laptop A: Ana, the first reviewer here and so its panel lead, imports the three sessions.
  await unlockNewReviewer(page, 'Ana Lead');
  await expect(page.getByText('Signed in as Ana Lead (panel lead)')).toBeVisible();
  await page.getByTestId('import-session-file').setInputFiles(files);
  await expect(page.getByTestId('session-row')).toHaveCount(3);

  // She adds a reviewer at her workstation; the new person types their own passphrase.
  await page.getByRole('button', { name: 'Reviewers', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill('Noor Newcomer');
  await page.getByLabel('Their passphrase', { exact: true }).fill('noor’s own passphrase');
  await page.getByLabel('Repeat their passphrase').fill('noor’s own passphrase');
  await page.getByRole('button', { name: 'Add reviewer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Noor Newcomer can now unlock' })).toBeVisible();
  await expect(page.getByTestId('reviewer-row')).toHaveCount(2);
  await expect(page.getByTestId('reviewer-row').filter({ hasText: 'Noor Newcomer' })).toContainText('Reviewer');
  await expectAccessible(page, 'reviewers page');
  await shot(page, 'p2-01-reviewers');

  // The unlock screen offers the names known here (a picker), and the keyboard alone unlocks.
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Reviewer area' }).click();
  await expect(page.getByRole('button', { name: 'Noor Newcomer' })).toBeVisible();
  await expectAccessible(page, 'unlock with picker');
  await shot(page, 'p2-02-unlock-picker', false);
  await page.getByRole('button', { name: 'Ana Lead' }).focus();
  await page.keyboard.press('Enter'); // picks the name and moves to the passphrase
  await page.keyboard.type('correct horse battery');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Signed in as Ana Lead (panel lead)')).toBeVisible();

  // Ana rates the three candidates blind and submits; on Casey she rates SQL 5 of 5.
  await openSession(page, 'Casey Candidate');
  await overrideSql(page, '5', 'Fixed every bug and verified against raw data.');
  await submitRatings(page, /^Strong hire/, ANA_SUMMARY, ANA_SQL_NOTE);
  await expect(page.getByTestId('panel-dimension-sql-data')).toContainText('5 of 5');
  await backToSessions(page);
  for (const name of ['Dana Doubtful', 'Eli Example']) {
    await openSession(page, name);
    await submitRatings(page, name === 'Dana Doubtful' ? /^No hire/ : /^Hire/, `Ana on ${name}: rated from the evidence on the scorecard.`);
    await backToSessions(page);
  }
  const bundleA = await downloadFrom(page, () => page.getByTestId('export-my-reviews').click(), join(app.dataDir, 'ana.dpe-reviews.json'));
  expect(JSON.parse(readFileSync(bundleA, 'utf8'))).toMatchObject({ format: 'dpe-review-bundle', exportedBy: { name: 'Ana Lead' } });

  // Laptop B: Ben imports the same sessions and Ana's review files.
  const pageB = await reviewerPage(browser, secondApp);
  await unlockNewReviewer(pageB, 'Ben Rater');
  await pageB.getByTestId('import-session-file').setInputFiles(files);
  await expect(pageB.getByTestId('session-row')).toHaveCount(3);
  await pageB.getByTestId('import-review-files').setInputFiles(bundleA);
  await expect(pageB.getByTestId('review-import-results')).toContainText('Added');
  const caseyRowB = pageB.getByTestId('session-row').filter({ hasText: 'Casey Candidate' });
  await expect(caseyRowB.getByTestId('panel-cell')).toHaveText('1 submitted (hidden until you submit)');
  await expect(caseyRowB.getByTestId('my-review-cell')).toHaveText('Not started');
  await expectAccessible(pageB, 'session list with panel columns');
  await shot(pageB, 'p2-03-session-list-blind', false);

  // Blind: Ben sees that Ana submitted, but none of her ratings, notes or recommendation.
  await openSession(pageB, 'Casey Candidate');
  await pageB.getByRole('tab', { name: 'Panel' }).click();
  await expect(pageB.getByTestId('panel-blind')).toContainText('Ana Lead has submitted ratings');
  await expect(pageB.getByTestId('panel-blind')).toContainText('hidden until you submit');
  await expect(pageB.locator('body')).not.toContainText(ANA_SQL_NOTE);
  await expect(pageB.locator('body')).not.toContainText(ANA_SUMMARY);
  await expect(pageB.locator('body')).not.toContainText('Strong hire');
  await expectAccessible(pageB, 'panel tab, blind');
  await shot(pageB, 'p2-04-panel-blind');

  // Ben rates SQL 2 of 5 (three levels below Ana) and submits; now the panel opens with both.
  await pageB.getByRole('tab', { name: 'Scorecard' }).click();
  await overrideSql(pageB, '2', 'The explanation named only one bug; I weigh that heavily.');
  await pageB.getByRole('tab', { name: 'Submit my ratings' }).click();
  await expectAccessible(pageB, 'submit my ratings');
  await shot(pageB, 'p2-05-submit-ratings');
  await submitRatings(pageB, /^No hire/, 'Ben: the fix works but the reasoning was thin.', 'Ben: only the join bug was explained.');
  const sqlRow = pageB.getByTestId('panel-dimension-sql-data');
  await expect(sqlRow).toContainText(ANA_SQL_NOTE);
  await expect(sqlRow).toContainText('2 of 5');
  await expect(sqlRow.getByTestId('disagreement-flag')).toBeVisible();
  await expect(pageB.getByTestId('panel-submissions')).toContainText(ANA_SUMMARY);
  await expect(pageB.getByTestId('decision-form')).toBeVisible(); // Ben is the lead of his own laptop
  // Having seen the panel, Ben revises his summary; the panel marks it so.
  await pageB.getByRole('tab', { name: 'Submit my ratings' }).click();
  await expect(pageB.getByTestId('submit-review')).toContainText('You submitted on');
  await pageB.getByTestId('submit-review').getByLabel(/^Summary/).fill(BEN_SUMMARY);
  await pageB.getByRole('button', { name: 'Submit a revision' }).click();
  await expect(pageB.getByTestId('panel-submissions')).toContainText('revised after seeing the panel');
  await expect(pageB.getByTestId('panel-submissions')).toContainText(BEN_SUMMARY);
  await backToSessions(pageB);
  for (const name of ['Dana Doubtful', 'Eli Example']) {
    await openSession(pageB, name);
    await submitRatings(pageB, name === 'Dana Doubtful' ? /^Strong no hire/ : /^Hire/, `Ben on ${name}: agrees with the automatic scores.`);
    await backToSessions(pageB);
  }
  const bundleB = await downloadFrom(pageB, () => pageB.getByTestId('export-my-reviews').click(), join(secondApp.dataDir, 'ben.dpe-reviews.json'));

  // Back on laptop A: a session file offered as review files is refused in words; then Ana imports Ben's files
  // (twice: the second time changes nothing).
  await page.getByTestId('import-review-files').setInputFiles(files[0]!);
  await expect(page.getByTestId('review-import-results')).toContainText('Refused');
  await expect(page.getByTestId('review-import-results')).toContainText('casey.dpe-session.json');
  await page.getByTestId('import-review-files').setInputFiles(bundleB);
  await expect(page.getByTestId('review-import-results')).toContainText('Added');
  await page.getByTestId('import-review-files').setInputFiles(bundleB);
  await expect(page.getByTestId('review-import-results')).toContainText('Already here');
  await expect(page.getByTestId('review-import-results')).not.toContainText('Added');
  // A copy of Ben's Casey file that forked before his revision (as if edited on a second laptop) is kept aside as a
  // conflict, not merged over what is stored.
  const benBundle = JSON.parse(readFileSync(bundleB, 'utf8')) as ReviewBundle;
  const benCasey = benBundle.files.find((f) => f.entries.some((e) => e.body.kind === 'submit' && e.body.summary === BEN_SUMMARY))!;
  const forked = appendEntry({ ...benCasey, entries: benCasey.entries.slice(0, -1) }, { kind: 'submit', ratings: [], overallScore: null, recommendation: 'hire', summary: 'A different revision from another copy.' }, new Date().toISOString(), null);
  const forkedPath = join(app.dataDir, 'ben-casey-fork.json');
  writeFileSync(forkedPath, JSON.stringify(forked));
  await page.getByTestId('import-review-files').setInputFiles(forkedPath);
  await expect(page.getByTestId('review-import-results')).toContainText('Conflict kept aside');
  const caseyRowA = page.getByTestId('session-row').filter({ hasText: 'Casey Candidate' });
  await expect(caseyRowA.getByTestId('panel-cell')).toContainText('2 submitted; 1 disagreement');
  await expect(caseyRowA.getByTestId('my-review-cell')).toHaveText('Submitted');
  // Every trust column and the panel columns fit 1366 px.
  for (const column of ['Review', 'Overall (0–100)', 'Red flags', 'Integrity and seal', 'My review', 'Panel', 'Decision']) {
    const box = await page.getByRole('columnheader', { name: column, exact: true }).boundingBox();
    expect(box!.x + box!.width, `${column} ends inside 1366 px`).toBeLessThanOrEqual(1366);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await shot(page, 'p2-06-session-list-open', false);

  // The panel calibrates on Casey and Ana records the decision, by keyboard.
  await openSession(page, 'Casey Candidate');
  await page.getByRole('tab', { name: 'Panel' }).click();
  await expect(page.getByTestId('disagreement-summary')).toContainText('SQL');
  await expect(page.getByTestId('panel-dimension-sql-data').getByTestId('disagreement-flag')).toBeVisible();
  await expect(page.getByTestId('panel-dimension-sql-data')).toContainText('Ben: only the join bug was explained.');
  await expect(page.getByTestId('panel-submissions')).toContainText('Ben Rater: No hire');
  await expect(page.getByTestId('panel-conflicts')).toContainText('A review file from Ben Rater differs from the one stored here');
  await expect(page.getByTestId('panel-submissions')).not.toContainText('A different revision from another copy.');
  await expectAccessible(page, 'panel tab, open');
  await page.getByRole('radio', { name: 'Hire', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Strong SQL evidence; the thin explanation is coachable, so hire.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('decision-current')).toContainText('Hire, recorded by Ana Lead');
  await expect(page.getByTestId('decision-history')).toContainText('Strong SQL evidence');
  await shot(page, 'p2-07-panel-open-decision');
  await page.getByRole('heading', { name: 'Ratings per dimension' }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: `${shots}/p2-07b-panel-viewport.png` });

  // Compare the three: the decision is in the table and in the CSV, beside the scores.
  await backToSessions(page);
  await expect(caseyRowA.getByTestId('decision-cell')).toHaveText('Hire');
  for (const name of candidates) await page.getByLabel(`Select ${name} to compare`).check();
  await page.getByTestId('compare-selected').click();
  await expect(page.getByTestId('compare-row')).toHaveCount(3, { timeout: 120_000 });
  const casey = page.getByTestId('compare-row').filter({ hasText: 'Casey Candidate' });
  await expect(casey.getByTestId('compare-decision')).toContainText('Hire');
  await expect(casey.getByTestId('compare-decision')).toContainText('Ben Rater: No hire');
  const caseyOverall = Number(await casey.getByTestId('compare-overall').textContent());
  await expectAccessible(page, 'compare with decisions');
  await shot(page, 'p2-08-compare');
  const csvPath = await downloadFrom(page, () => page.getByRole('button', { name: 'Export scores as CSV' }).click(), join(app.dataDir, 'scores.csv'));
  const csv = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  const header = csv[0]!.split(',');
  const caseyLine = csv.find((l) => l.includes('Casey Candidate'))!;
  expect(Number(caseyLine.split(',')[header.indexOf('overall_0_100')])).toBe(caseyOverall);
  expect(caseyLine.split(',')[header.indexOf('sql-data_1_5')]).toBe('5');
  expect(caseyLine).toContain(',Hire,');
  expect(caseyLine).toContain('Ben Rater: No hire');

  // The printed scorecard holds the decision, both reviewers' ratings and summaries.
  await casey.getByRole('button', { name: 'Printable scorecard' }).click();
  await expect(page.getByTestId('print-decision')).toContainText('Decision: Hire');
  await expectAccessible(page, 'printable scorecard with decision');
  await shot(page, 'p2-09b-printable-on-screen');
  const pdfPath = join(app.dataDir, 'casey-scorecard.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  // Reading order without layout, spaces collapsed: table cells and wrapped lines read as running text.
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`Overall ${caseyOverall} of 100`);
  expect(text).toContain('Decision: Hire');
  expect(text).toContain(BEN_SUMMARY);
  expect(text).toContain('Ana Lead 5 · Ben Rater 2 (disagreement)');
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfPath, `${shots}/p2-09-scorecard-pdf`]);
  await page.getByRole('button', { name: '← Back to the comparison' }).click();

  // The feedback sheet for Casey holds nothing from the answer keys.
  await casey.getByRole('button', { name: 'Feedback sheet' }).click();
  const feedbackPath = await downloadFrom(page, () => page.getByRole('button', { name: 'Download as text' }).click(), join(app.dataDir, 'feedback.txt'));
  const feedback = readFileSync(feedbackPath, 'utf8');
  expect(feedback).toContain('Feedback for Casey Candidate');
  const titles = allCriterionDefinitions().map((c) => ({ exerciseId: c.exerciseId, needle: c.title }));
  expect(findLeaks(feedback, feedbackLeakMarkers([], titles)).map((l) => l.needle)).toEqual([]);
  await expectAccessible(page, 'feedback sheet');
  await pageB.context().close();

  // Noor, a reviewer but not a lead, on laptop A: the list without the add form, and Casey's panel blind to her.
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Reviewer area' }).click();
  await page.getByRole('button', { name: 'Noor Newcomer' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('noor’s own passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('Signed in as Noor Newcomer', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reviewers', exact: true }).click();
  await expect(page.getByTestId('reviewer-row').filter({ hasText: 'Ben Rater' })).toContainText('Known from imported review files');
  await expect(page.getByText('Only a panel lead can add reviewers.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add reviewer' })).toHaveCount(0);
  await shot(page, 'p2-10-reviewers-non-lead', false);
  await page.getByRole('button', { name: 'Sessions', exact: true }).click();
  await expect(caseyRowA.getByTestId('decision-cell')).toHaveText('—'); // blind: not even the decision
  await openSession(page, 'Casey Candidate');
  await page.getByRole('tab', { name: 'Panel' }).click();
  await expect(page.getByTestId('panel-blind')).toContainText('Ana Lead and Ben Rater have submitted');
  await expect(page.locator('body')).not.toContainText('Strong SQL evidence');
});
