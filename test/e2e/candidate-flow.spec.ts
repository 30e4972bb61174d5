// End-to-end: a candidate goes from the welcome screen through the practice question to submit and export.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { ExerciseIdSchema } from '../../contract/exercise-ids';
import { isPlannable } from '../../assessment/exercise-registry';

const shots = 'test-reports/screenshots';

test('the whole candidate flow: welcome, overview, practice query, submit, export', async ({ page, app }) => {
  await openApp(page, app);
  await expect(page.getByRole('heading', { name: 'Junior Data Platform Engineer assessment' })).toBeVisible();
  await expect(page.getByText('Total time:')).toBeVisible();
  await expectAccessible(page, 'welcome');
  await page.screenshot({ path: `${shots}/01-welcome.png`, fullPage: true });

  // Starting without consent is refused with a clear message.
  await page.getByLabel('Your name or candidate ID').fill('Ada Example');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('alert')).toContainText('confirm that you have read the rules');

  await page.getByLabel(/I have read the rules/).check();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Hello Ada Example' })).toBeVisible();
  await expect(page.getByTestId('overview-sql')).toContainText('SQL debugging');
  // An exercise this version has not finished (not in the exercise registry) is not shown to candidates at all.
  for (const id of ExerciseIdSchema.options.filter((id) => !isPlannable(id))) await expect(page.getByTestId(`overview-${id}`)).toHaveCount(0);
  await expect(page.getByTestId('overall-clock')).toBeVisible();
  await expectAccessible(page, 'overview');
  await page.screenshot({ path: `${shots}/02-overview.png`, fullPage: true });

  await page.getByTestId('overview-practice').getByRole('button', { name: 'Open' }).click();
  const editor = page.getByTestId('practice-editor');
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await replaceEditorText(page, editor, "SELECT pipeline, COUNT(*) AS failures\nFROM pipeline_runs\nWHERE status = 'failed'\nGROUP BY pipeline\nORDER BY failures DESC;");
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('result-row-count')).toHaveText('2 rows');
  await expect(page.getByTestId('result-grid')).toContainText('payments_hourly');
  await expect(page.getByTestId('practice-feedback')).toContainText('matches the expected answer');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  await expectAccessible(page, 'practice');
  await page.screenshot({ path: `${shots}/03-practice.png`, fullPage: true });

  // A syntax error shows SQLite's message with its position.
  await replaceEditorText(page, editor, 'SELECT pipeline FROM pipeline_runs WHERE;');
  await page.getByTestId('run-query').click();
  await expect(page.getByTestId('query-error')).toContainText('syntax error');
  await expect(page.getByTestId('query-error')).toContainText('line 1');

  await page.getByRole('button', { name: 'Submit…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByLabel(/what would you do differently/).fill('Write the validation checks first.');
  await page.screenshot({ path: `${shots}/04-submit-dialog.png` });
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, Ada Example' })).toBeVisible();
  await expectAccessible(page, 'finished');
  await page.screenshot({ path: `${shots}/05-finished.png`, fullPage: true });

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^ada-example-.*\.dpe-session\.jsonl$/);
  // A header stating what the log derives, then one chained event a line, sealed at the end.
  const [header, ...lines] = readFileSync((await download.path())!, 'utf8').trim().split('\n');
  const { stated } = JSON.parse(header!);
  expect(stated.status).toBe('submitted');
  expect(stated.reflection).toBe('Write the validation checks first.');
  expect(stated.answers.practice.query).toContain('WHERE;');
  const types = lines.map((l) => (JSON.parse(l) as { type: string }).type);
  expect(types[0]).toBe('session-started');
  expect(types).toContain('run');
  expect(types).toContain('autosave');
  expect(types.slice(-2)).toEqual(['submitted', 'sealed']);
});

test('after the host is killed mid-session, reopening resumes the same exercise, answer and remaining time', async ({ page, app }) => {
  await openApp(page, app);
  await startAssessment(page, 'Grace Resume');
  await page.getByRole('button', { name: 'Practice question' }).click();
  const editor = page.getByTestId('practice-editor');
  await replaceEditorText(page, editor, 'SELECT 42 AS answer_before_crash;');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  // Let the autosave heartbeat store the clock too, then read what the candidate sees.
  await page.waitForFunction(() => document.querySelector('[data-testid="save-indicator"]')?.getAttribute('data-save-state') === 'saved');
  const clockBefore = await page.getByTestId('overall-clock').innerText();

  await app.kill();
  // The laptop stays off for a while: that outage must not be charged to the candidate. (A scenario step, not a
  // wait for a state: nothing is running to wait on.)
  const OUTAGE_S = 8;
  await new Promise((r) => setTimeout(r, OUTAGE_S * 1000));
  const backAt = Date.now();
  await app.restart();
  await openApp(page, app);

  await expect(page.getByTestId('practice-exercise')).toBeVisible();
  await expect(page.getByTestId('practice-editor')).toContainText('answer_before_crash');
  const toSeconds = (clock: string) => {
    const parts = clock.replace(/[^\d:]/g, '').split(':').map(Number);
    return parts.reduce((acc, n) => acc * 60 + n, 0);
  };
  const before = toSeconds(clockBefore);
  const after = toSeconds(await page.getByTestId('overall-clock').innerText());
  // Time since the app came back is the candidate's again; the outage is not. At most the last second or two before the kill is lost; the 8 s outage would break this bound.
  const sinceBack = Math.ceil((Date.now() - backAt) / 1000);
  expect(after).toBeLessThanOrEqual(before + 1);
  expect(after).toBeGreaterThanOrEqual(before - 3 - sinceBack);
});
