// End-to-end: the candidate's experience under time pressure (issue 15): the SQL scratch console, tile messages,
// 0-row results, destructive statements, failing checks with their rows, oversized pastes refused at the editor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, startAssessment, expectAccessible, type RunningApp } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan } from './plan-files';

const shots = 'test-reports/screenshots';
/** Screens reviewed by a person (DPE_SHOTS_DIR to collect them elsewhere). */
const reviewShots = process.env.DPE_SHOTS_DIR ?? shots;
test.use({ viewport: { width: 1366, height: 768 } });

function loggedEvents(app: RunningApp): Array<{ type: string; data: Record<string, unknown> }> {
  const dir = join(app.dataDir, 'sessions');
  const file = join(dir, readdirSync(dir).find((n) => n.endsWith('.jsonl'))!);
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> });
}

async function openSql(page: Page, app: RunningApp, name: string): Promise<void> {
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'active-accounts-by-region' }]);
  await startAssessment(page, name);
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('schema-accounts')).toContainText('rows');
}

test('the scratch console explores without touching the tile; the tile explains a wrong shape and shows 0 rows as empty', async ({ page, app }) => {
  await openSql(page, app, 'Sam Scratch');
  const tile = page.getByTestId('dashboard-tile');
  await expect(tile).toHaveAttribute('data-tile-state', /rows|empty/);
  const tileBefore = await tile.innerText();

  // A big exploratory query in the scratch console: its own grid, the tile unchanged, the run logged as exploration.
  const scratch = page.getByTestId('scratch-console');
  await replaceEditorText(page, page.getByTestId('scratch-editor'), 'SELECT a.*, s.* FROM accounts a CROSS JOIN subscriptions s;');
  await scratch.getByTestId('scratch-run-query').click();
  await expect(scratch.getByTestId('result-row-count')).toHaveText(/\d{2,3},\d{3} rows/);
  await expect(scratch.getByTestId('scratch-result-grid')).toContainText('showing the first 1,000');
  expect(await tile.innerText()).toBe(tileBefore);
  await expect.poll(() => loggedEvents(app).filter((e) => e.type === 'run' && e.data.purpose === 'scratch').length).toBe(1);
  const scratchRun = loggedEvents(app).find((e) => e.type === 'run' && e.data.purpose === 'scratch')!;
  expect(scratchRun.data.startedBy).toBe('candidate');

  // Ctrl+Enter in the scratch editor runs the scratch text, not the tile query.
  await replaceEditorText(page, page.getByTestId('scratch-editor'), 'SELECT COUNT(*) AS n FROM plans;');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(scratch.getByTestId('result-row-count')).toHaveText('1 row');
  expect(await tile.innerText()).toBe(tileBefore);

  // A one-column tile query: a sentence in the tile, not an error.
  await replaceEditorText(page, page.getByTestId('sql-editor'), 'SELECT COUNT(*) AS n FROM accounts;');
  await page.getByTestId('run-query').click();
  await expect(tile.getByTestId('tile-message')).toContainText('reads 2 columns in order (region, active_accounts)');
  await expect(page.getByTestId('query-error')).toHaveCount(0);

  // A 0-row SELECT: headers, "0 rows" and an empty tile.
  await replaceEditorText(page, page.getByTestId('sql-editor'), "SELECT region, COUNT(*) AS active_accounts FROM accounts WHERE region = 'Atlantis' GROUP BY region;");
  await page.getByTestId('run-query').click();
  const grid = page.getByTestId('result-grid');
  await expect(grid.getByTestId('result-row-count')).toHaveText('0 rows');
  await expect(grid.getByRole('columnheader', { name: 'active_accounts' })).toBeVisible();
  await expect(tile.getByTestId('tile-empty')).toBeVisible();
  await expect(page.getByText('returned no result set')).toHaveCount(0);

  // The multi-statement warning stays.
  await replaceEditorText(page, page.getByTestId('sql-editor'), 'SELECT 1; SELECT region, 2 FROM accounts;');
  await expect(page.getByTestId('extra-statements-warning')).toBeVisible();

  await expectAccessible(page, 'sql exercise with scratch console');
  await page.screenshot({ path: `${shots}/h8-sql-scratch.png` });
  await page.screenshot({ path: `${shots}/h8-sql-scratch-full.png`, fullPage: true });
});

test('a DROP in the scratch console shows a notice, the schema lists the table as missing, Reset restores it; a failing check shows its rows', async ({ page, app }) => {
  await openSql(page, app, 'Dee Drop');
  const scratch = page.getByTestId('scratch-console');
  await replaceEditorText(page, page.getByTestId('scratch-editor'), 'DROP TABLE plans;');
  await scratch.getByTestId('scratch-run-query').click();
  await expect(scratch.getByTestId('data-changed-notice')).toContainText('changed the exercise data');
  await expect(page.getByTestId('schema-plans')).toContainText('missing');
  await page.screenshot({ path: `${shots}/h8-sql-dropped.png` });
  await scratch.getByTestId('data-changed-notice').getByRole('button', { name: 'Reset database' }).click();
  await expect(page.getByTestId('schema-plans')).toContainText(/\d+ rows/);
  await expect(page.getByTestId('schema-plans')).not.toContainText('missing');

  const check = page.getByTestId('validation-check').first();
  await replaceEditorText(page, check, 'SELECT plan_id, code FROM plans WHERE is_legacy = 1 OR is_legacy = 0;');
  await check.getByRole('button', { name: 'Run check' }).click();
  await expect(check.getByTestId('check-outcome')).toContainText('flags a problem');
  await expect(check.getByTestId('check-rows').getByRole('columnheader', { name: 'code' })).toBeVisible();
  await expect(check.getByTestId('check-rows').locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page, 'sql exercise after a failing check');
});

test('a 60,000-character paste is refused with the limit named; the previous text stays and later typing is saved', async ({ page, app }) => {
  await openSql(page, app, 'Pat Paste');
  const query = 'SELECT region, COUNT(*) AS active_accounts FROM accounts GROUP BY region;';
  await replaceEditorText(page, page.getByTestId('sql-editor'), query);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');

  const huge = `-- ${'x'.repeat(60_000)}`;
  await page.getByTestId('sql-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate((t) => navigator.clipboard.writeText(t), huge);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('editor-limit-message')).toContainText('at most 50,000 characters');
  await expect(page.getByTestId('sql-editor')).toContainText('GROUP BY region');
  await expect(page.getByTestId('sql-editor')).not.toContainText('xxxxxxxxxx');

  // The explanation textarea refuses too, rather than cutting the paste silently.
  await page.getByTestId('sql-explanation').fill('The join dropped accounts.');
  await page.getByTestId('sql-explanation').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('sql-explanation')).toHaveValue('The join dropped accounts.');
  await expect(page.locator('#sql-explanation-limit')).toContainText('at most 50,000 characters');

  // Saving goes on: the explanation typed after the refusals reaches the disk.
  await page.getByTestId('sql-explanation').fill('The join dropped accounts. Fixed with a LEFT JOIN.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await expect(page.getByTestId('sql-explanation')).toHaveValue('The join dropped accounts. Fixed with a LEFT JOIN.');
  await expect(page.getByTestId('sql-editor')).toContainText('GROUP BY region');
  await expectAccessible(page, 'sql exercise after a refused paste');
});

async function openPythonExercise(page: Page, app: RunningApp, name: string): Promise<void> {
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'python', variantId: 'orders-ingest', minutes: 60 }]);
  await startAssessment(page, name);
  await page.getByRole('button', { name: 'Python ingestion' }).click();
  await expect(page.getByTestId('python-status')).toHaveAttribute('data-status', 'ready', { timeout: 90_000 });
}

test('Python: the full traceback with frames that move the cursor; shortcuts work from the editor; a run clears old results and says it is running', async ({ page, app }) => {
  test.setTimeout(240_000);
  await openPythonExercise(page, app, 'Tia Traceback');
  const editor = page.getByTestId('python-editor');
  await replaceEditorText(page, editor, 'def ratio(a, b):\n    return a / b\n\n\nprint("before the error")\nratio(1, 0)\n');
  // Ctrl+Enter from inside the editor runs the module.
  await page.keyboard.press('ControlOrMeta+Enter');
  const console_ = page.getByTestId('python-console');
  await expect(console_).toContainText('before the error', { timeout: 60_000 });
  await expect(console_.getByTestId('python-traceback')).toContainText('Traceback (most recent call last)');
  await expect(console_.getByTestId('python-traceback')).toContainText('ZeroDivisionError');
  await expect(console_.getByRole('button', { name: 'ingest.py line 6 in <module>' })).toBeVisible();
  await expectAccessible(page, 'python run with a traceback');
  await page.screenshot({ path: `${shots}/h8-python-traceback.png` });

  // A frame moves the cursor to its line and focuses the editor: typing lands on line 2.
  await console_.getByRole('button', { name: 'ingest.py line 2 in ratio' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('  # divides by zero');
  await expect(editor).toContainText('return a / b  # divides by zero');

  // Ctrl+Shift+Enter from inside the editor runs the public tests.
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(page.getByTestId('test-summary')).toBeVisible({ timeout: 60_000 });

  // While a run is in progress the old results are gone and the pill says so.
  await replaceEditorText(page, editor, 'import time\nprint("slow start")\ntime.sleep(3)\nprint("slow end")\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-running')).toBeVisible();
  await expect(page.getByTestId('test-summary')).toHaveCount(0);
  await expect(page.getByTestId('python-status')).toContainText('running');
  await expect(console_).toContainText('slow end', { timeout: 60_000 });
  await expect(page.getByTestId('python-status')).toHaveText('Python ready');
});

test('time runs out: warnings first, then a "Time is up" step that still asks the reflection; the log says how it ended; reload shows Thank you', async ({ page, app }) => {
  test.setTimeout(240_000);
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'active-accounts-by-region', minutes: 1 }]);
  await startAssessment(page, 'Tim Timeout');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  const warnings = page.getByTestId('time-warnings');
  await expect(warnings).toHaveAttribute('aria-live', 'assertive');
  await expect(warnings.locator('[data-scope="overall"]')).toContainText('about 2 minutes left in the whole assessment'.replace('about', 'About'));
  await expect(warnings.locator('[data-scope="exercise"]')).toContainText('of the suggested time left for SQL debugging');
  await page.getByTestId('sql-explanation').fill('Typed before the time ran out.');
  await expectAccessible(page, 'sql exercise with time warnings');
  await page.screenshot({ path: `${shots}/h8-time-warning.png` });

  const step = page.getByTestId('time-up-step');
  await expect(step).toBeVisible({ timeout: 120_000 });
  await expect(step.getByRole('heading', { name: 'Time is up' })).toBeVisible();
  await expect.poll(() => loggedEvents(app).some((e) => e.type === 'time-up'), { timeout: 30_000 }).toBe(true);
  // A reload at this point comes back to the question, not to a sealed Thank you without it.
  await page.reload();
  await expect(step).toBeVisible();
  await step.getByLabel(/what would you do differently/).fill('I would write the checks before touching the query.');
  await expectAccessible(page, 'time-up step');
  await page.screenshot({ path: `${shots}/h8-time-up.png` });
  await step.getByRole('button', { name: 'Submit and finish' }).click();
  await expect(page.getByRole('heading', { name: /Thank you/ })).toBeVisible();
  const events = loggedEvents(app);
  expect(events.find((e) => e.type === 'submitted')?.data.reflection).toBe('I would write the checks before touching the query.');
  expect(events.filter((e) => e.type === 'sealed').map((e) => e.data.reason)).toContain('time-up');

  await page.reload();
  await expect(page.getByRole('heading', { name: /Thank you/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export session file' })).toBeVisible();
});

test('submit lists what is untouched and the time left; a second tab is read-only until it takes over; leaving asks first; no 404s', async ({ page, app }) => {
  test.setTimeout(180_000);
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [
    { exerciseId: 'sql', variantId: 'active-accounts-by-region', minutes: 30 },
    { exerciseId: 'python', variantId: 'orders-ingest', minutes: 30 },
  ]);
  await startAssessment(page, 'Uma Unfinished');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await page.getByTestId('sql-explanation').fill('Started the SQL.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');

  await page.getByRole('button', { name: 'Submit…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your assessment?' });
  await expect(dialog.getByTestId('submit-unfinished')).toContainText('Python ingestion');
  await expect(dialog.getByTestId('submit-unfinished')).not.toContainText('SQL debugging');
  await expect(dialog.getByTestId('submit-time-left')).toContainText(/\d+:\d\d left/);
  await expect(dialog.getByText('This question is part of the assessment')).toBeVisible();
  await expect(dialog.getByText('Optional')).toHaveCount(0);
  await expectAccessible(page, 'submit dialog');
  await page.screenshot({ path: `${shots}/h8-submit-dialog.png` });
  await dialog.getByRole('button', { name: 'Keep working' }).click();

  // A second tab of the same session: told, shows the work read-only (typing changes nothing), and it can take over.
  const second = await page.context().newPage();
  await second.setViewportSize({ width: 1366, height: 768 });
  await openApp(second, app);
  await expect(second.getByTestId('read-only-banner')).toContainText('open in another tab or window');
  await expect(second.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'read-only');
  await expect(second.getByRole('button', { name: 'Submit…' })).toHaveCount(0);
  await expect(second.getByTestId('sql-explanation')).toHaveValue('Started the SQL.');
  await second.getByTestId('sql-explanation').click({ force: true });
  await second.keyboard.type(' typed in the copy');
  await expect(second.getByTestId('sql-explanation')).toHaveValue('Started the SQL.');
  await expect(page.getByTestId('sql-explanation')).toHaveValue('Started the SQL.');
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
  await expectAccessible(second, 'second tab, read-only');
  await second.evaluate(() => window.scrollTo(0, 0));
  await second.screenshot({ path: `${reviewShots}/c3-second-tab-read-only.png` });
  // The first tab keeps writing (it took the host's lease back when the second tab opened).
  await page.getByTestId('sql-explanation').fill('Started the SQL. Still here.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  await second.getByRole('button', { name: 'Continue here' }).click();
  await expect(second.getByTestId('sql-explanation')).toHaveValue('Started the SQL. Still here.');
  await expect(page.getByTestId('read-only-banner')).toBeVisible();

  // Leaving mid-session asks first.
  const asked = new Promise<string>((resolve) => second.once('dialog', (d) => { resolve(d.type()); void d.accept(); }));
  await second.getByTestId('sql-explanation').click();
  await second.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(missing).toEqual([]);
});

test('a second window the page cannot reach (another browser profile): the host lease makes the older window read-only; Continue here takes it back', async ({ page, app, browser }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'active-accounts-by-region', minutes: 30 }]);
  await startAssessment(page, 'Wes Windows');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await page.getByTestId('sql-explanation').fill('Written in window A.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');

  // Window B shares no BroadcastChannel with A: only the host knows B opened the session and now holds it.
  const other = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const b = await other.newPage();
  await openApp(b, app);
  await expect(b.getByTestId('sql-explanation')).toHaveValue('Written in window A.');
  await expect(b.getByTestId('read-only-banner')).toHaveCount(0);
  // A learns on its next save (the heartbeat, within a second or two) and turns read-only, its work still shown.
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'read-only');
  await expect(page.getByTestId('sql-explanation')).toHaveValue('Written in window A.');
  await expectAccessible(page, 'older window after the host refused its lease');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${reviewShots}/c4-older-window-read-only.png` });

  await b.getByTestId('sql-explanation').fill('Written in window B.');
  await expect(b.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  // A takes the session back: it loads B's work from the host; B is refused on its next save.
  await page.getByTestId('continue-here').click();
  await expect(page.getByTestId('sql-explanation')).toHaveValue('Written in window B.');
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
  await expect(b.getByTestId('read-only-banner')).toBeVisible();
  await page.getByTestId('sql-explanation').fill('Back in window A.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  // A reload of B is a new opening: B holds the session again and sees A's last words.
  await b.reload();
  await expect(b.getByTestId('sql-explanation')).toHaveValue('Back in window A.');
  await expect(b.getByTestId('read-only-banner')).toHaveCount(0);
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await other.close();
});

test('the welcome copy promises only what is there, and the practice card does not contradict its clock', async ({ page, app }) => {
  await openApp(page, app);
  await expect(page.getByText('documentation provided')).toHaveCount(0);
  await expect(page.getByText('warnings at 10 and 2 minutes left')).toBeVisible();
  await startAssessment(page, 'Cora Copy');
  const practice = page.getByTestId('overview-practice');
  await expect(practice).toBeVisible();
  await expect(practice).not.toContainText('two-minute');
  await expectAccessible(page, 'overview');
  await page.screenshot({ path: `${shots}/h8-overview.png` });
});

test('at 1366×768 the churn tile description is whole and the schema browser is reached by scrolling the page, not a nested area', async ({ page, app }) => {
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'churn-by-month' }]);
  await startAssessment(page, 'Lou Layout');
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  const foot = page.getByTestId('dashboard-tile').locator('.tile-foot');
  const clipped = await foot.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
  expect(clipped).toBe(false);
  // The context column does not scroll on its own: its full height is laid out in the page.
  const context = page.locator('.sql-context');
  expect(await context.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await page.getByTestId('schema-payments').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('schema-payments')).toBeInViewport();
  await page.screenshot({ path: `${shots}/h8-sql-churn.png` });
});
