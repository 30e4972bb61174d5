// End-to-end: a conflicting review file resolved from the Panel tab, and one session's reviews exported from the
// session screen. Ana (panel lead) imports a colleague's review file and then a copy of it that forked elsewhere (a
// conflict kept aside); she compares the copies, chooses the incoming one by keyboard, confirms, and the conflict
// leaves the list with a note of who chose what. Her export from Casey's screen holds Casey's review only.
// Axe on each step; screenshots at 1366×768 in /tmp/panel-shots.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, startAssessment, expectAccessible, type RunningApp } from './app-fixture';
import { openFixedPlan } from './plan-files';
import { becomeReviewerMachine, submitAndExport, unlockNewReviewer } from './journeys';
import { appendEntry, headOf } from '../../electron/host/review-chain';
import type { ReviewBundle, ReviewFile } from '../../contract/panel';

const shots = process.env.DPE_PANEL_SHOTS ?? '/tmp/panel-shots';
const VIEWPORT = { width: 1366, height: 768 };
const BEN_ID = 'b0b0b0b0-0000-4000-8000-00000000000b';
const BEN_STORED = 'Ben (this laptop’s copy): solid SQL, some hesitation.';
const BEN_FORKED = 'Ben (his other laptop’s copy): strong SQL after a second look.';

/** One SQL-only candidate on this machine, submitted and exported; returns the session file. */
async function sqlCandidate(page: Page, app: RunningApp, name: string): Promise<string> {
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'revenue-by-plan' }]);
  await startAssessment(page, name);
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await page.getByTestId('sql-explanation').fill('The WHERE on payments undid the LEFT JOIN.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  return submitAndExport(page, app.dataDir, 'Check the data first.', `${name.split(' ')[0]!.toLowerCase()}.dpe-session.json`);
}

async function openSession(page: Page, candidate: string): Promise<void> {
  await page.getByRole('button', { name: candidate, exact: true }).click();
  await expect(page.getByTestId('overall-score')).toContainText('/ 100', { timeout: 120_000 });
}

const submit = (summary: string) => ({ kind: 'submit' as const, ratings: [], overallScore: null, recommendation: 'hire' as const, summary });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${shots}/${name}.png` });
}

test('a panel lead resolves a conflicting review file by keyboard, and exports one session’s review', async ({ page, app }) => {
  test.setTimeout(300_000);
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize(VIEWPORT);
  await openApp(page, app);
  const casey = await sqlCandidate(page, app, 'Casey Candidate');
  await becomeReviewerMachine(page, app);
  const dana = await sqlCandidate(page, app, 'Dana Doubtful');
  await becomeReviewerMachine(page, app);
  const caseyId = /"sessionId":"([0-9a-f-]{36})"/.exec(readFileSync(casey, 'utf8'))![1]!;

  await unlockNewReviewer(page, 'Ana Lead');
  await page.getByTestId('import-session-file').setInputFiles([casey, dana]);
  await expect(page.getByTestId('session-row')).toHaveCount(2);

  // Ana reviews both candidates (so an export of everything would hold two files) and submits on Casey.
  await openSession(page, 'Dana Doubtful');
  await page.getByRole('tab', { name: 'Submit my ratings' }).click();
  await page.getByTestId('submit-review').getByRole('radio', { name: /^No hire/ }).check();
  await page.getByTestId('submit-review').getByLabel(/^Summary/).fill('Ana on Dana: the evidence is thin.');
  await page.getByTestId('submit-review').getByRole('button', { name: 'Submit my ratings' }).click();
  await expect(page.getByTestId('panel-view')).toBeVisible();
  await page.getByRole('button', { name: '← All sessions' }).click();
  await openSession(page, 'Casey Candidate');
  await page.getByRole('tab', { name: 'Submit my ratings' }).click();
  await page.getByTestId('submit-review').getByRole('radio', { name: /^Hire/ }).check();
  await page.getByTestId('submit-review').getByLabel(/^Summary/).fill('Ana on Casey: found the join bug quickly.');
  await page.getByTestId('submit-review').getByRole('button', { name: 'Submit my ratings' }).click();
  await expect(page.getByTestId('panel-view')).toBeVisible();

  // Ben's review file of Casey arrives; then a copy of it continued differently on another laptop.
  const empty: ReviewFile = { format: 'dpe-review-file', version: 1, sessionId: caseyId, reviewer: { id: BEN_ID, name: 'Ben Rater' }, entries: [] };
  const base = appendEntry(empty, submit('Ben: first look at Casey, fine SQL.'), '2026-01-05T10:00:00.000Z', null);
  const stored = appendEntry(base, submit(BEN_STORED), '2026-01-05T11:00:00.000Z', null);
  const forked = appendEntry(appendEntry(base, { kind: 'action', action: { kind: 'override-dimension', dimensionId: 'sql-data', rating: 4, note: 'Second look.' }, from: null, to: 4 }, '2026-01-06T09:00:00.000Z', null), submit(BEN_FORKED), '2026-01-06T09:30:00.000Z', null);
  writeFileSync(join(app.dataDir, 'ben-casey.json'), JSON.stringify(stored));
  writeFileSync(join(app.dataDir, 'ben-casey-other-laptop.json'), JSON.stringify(forked));
  await page.getByRole('button', { name: '← All sessions' }).click();
  await page.getByTestId('import-review-files').setInputFiles(join(app.dataDir, 'ben-casey.json'));
  await expect(page.getByTestId('review-import-results')).toContainText('Added');
  await page.getByTestId('import-review-files').setInputFiles(join(app.dataDir, 'ben-casey-other-laptop.json'));
  await expect(page.getByTestId('review-import-results')).toContainText('Conflict kept aside');

  // The Panel tab lists the conflict with both copies compared.
  await openSession(page, 'Casey Candidate');
  await page.getByRole('tab', { name: 'Panel' }).click();
  const conflict = page.getByTestId('conflict-item');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('A review file from Ben Rater differs from the one stored here');
  const rows = conflict.getByRole('row');
  await expect(rows.filter({ hasText: 'Entries' })).toContainText('23');
  await expect(rows.filter({ hasText: 'Fingerprint' })).toContainText(`${headOf(stored).slice(0, 8)}${headOf(forked).slice(0, 8)}`);
  await expect(page.getByTestId('panel-submissions')).toContainText(BEN_STORED);
  await expectAccessible(page, 'panel tab with a conflict');
  await page.getByTestId('panel-conflicts').scrollIntoViewIfNeeded();
  await shot(page, 'conflicts-01-before');

  // By keyboard: choose the incoming copy, then confirm (focus moves to the confirmation).
  await conflict.getByRole('button', { name: 'Use the incoming copy' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('button', { name: 'Yes, use the incoming copy' });
  await expect(confirm).toBeFocused();
  await expect(page.getByTestId('conflict-confirm')).toContainText(`The stored copy (${headOf(stored).slice(0, 8)}) is set aside beside it on disk, not deleted`);
  await expectAccessible(page, 'conflict confirmation');
  await shot(page, 'conflicts-02-confirm');
  await page.keyboard.press('Enter');

  // Gone from the list; the note says who kept which copy; Ben's panel entry is now the incoming copy's.
  await expect(page.getByTestId('panel-conflicts')).toHaveCount(0);
  await expect(page.getByTestId('panel-resolutions')).toContainText('Resolved by Ana Lead');
  await expect(page.getByTestId('panel-resolutions')).toContainText(`kept the incoming copy of Ben Rater's review (${headOf(forked).slice(0, 8)})`);
  await expect(page.getByTestId('panel-submissions')).toContainText(BEN_FORKED);
  await expect(page.getByTestId('panel-submissions')).not.toContainText(BEN_STORED);
  const dir = join(app.dataDir, 'reviews', caseyId);
  expect(JSON.parse(readFileSync(join(dir, `${BEN_ID}.superseded-${headOf(stored).slice(0, 8)}.json`), 'utf8'))).toEqual(stored);
  expect(readdirSync(dir).filter((n) => n.includes('.conflict-'))).toEqual([]);
  await expectAccessible(page, 'panel tab after resolving');
  await page.getByTestId('panel-resolutions').scrollIntoViewIfNeeded();
  await shot(page, 'conflicts-03-after');

  // Export from Casey's screen: only Ana's review of Casey, named after the candidate.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-session-reviews').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^reviews-ana-lead-casey-candidate-${caseyId.slice(0, 8)}-\\d{4}-\\d\\d-\\d\\d\\.dpe-reviews\\.json$`));
  const path = join(app.dataDir, file.suggestedFilename());
  await file.saveAs(path);
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as ReviewBundle;
  expect(bundle.files.map((f) => [f.sessionId, f.reviewer.name])).toEqual([[caseyId, 'Ana Lead']]);
  await expect(page.getByTestId('session-export-note')).toContainText(`Saved ${file.suggestedFilename()}`);
  expect(existsSync(path)).toBe(true);
});
