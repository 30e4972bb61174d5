// End-to-end: the Python exercise: public tests fail on the starter, pass on a working solution, code survives a
// reload; Python is ready from the build's snapshot; a runaway is stopped (Stop, Esc, the time limit, a worker that
// must be replaced) with what it printed before kept on screen, and the next run works.
import AxeBuilder from '@axe-core/playwright';
import { getPythonVariant } from '../../exercises/python/python-variants';
import { pythonReferenceAnswer } from '../../rubrics/python';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { packSnapshotPages } from '../../renderer/src/workers/python/snapshot-pages';
import { PYTHON_SNAPSHOT_FILE } from '../../renderer/src/workers/python/warm-imports';
import { replaceEditorText } from './editor-input';
import { openFixedPlan } from './plan-files';

const shots = 'test-reports/screenshots';
/** Screens reviewed by a person (DPE_SHOTS_DIR to collect them elsewhere), at the 1366x768 the issue was tried at. */
const reviewShots = process.env.DPE_SHOTS_DIR ?? shots;
const VARIANT = 'orders-ingest';

async function openPython(page: import('@playwright/test').Page, app: { dataDir: string }) {
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'python', variantId: VARIANT, minutes: 60 }]);
  await startAssessment(page, 'Pia Python');
  await page.getByRole('button', { name: 'Python ingestion' }).click();
  await expect(page.getByTestId('python-status')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
}

test('public tests fail on the starter, pass on a working solution, and the code survives a reload', async ({ page, app }) => {
  await openApp(page, app);
  await openPython(page, app);
  await page.getByTestId('run-tests').click();
  await expect(page.getByTestId('test-summary')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-testid="test-case"]:not([data-status="pass"])').first()).toBeVisible();
  await expect(page.getByTestId('test-summary')).toContainText(/^0 of [1-9]\d* tests passed/);
  await page.screenshot({ path: `${shots}/10-python-starter-tests.png`, fullPage: true });

  const solution = pythonReferenceAnswer(VARIANT, 'strong').source;
  await replaceEditorText(page, page.getByTestId('python-editor'), solution);
  await page.getByTestId('run-tests').click();
  await expect(page.getByTestId('test-summary')).toContainText(/^([1-9]\d*) of \1 tests passed$/);
  await expect(page.locator('[data-testid="test-case"][data-status="pass"]')).not.toHaveCount(0);
  await expect(page.locator('[data-testid="test-case"]:not([data-status="pass"])')).toHaveCount(0);
  await expectAccessible(page, 'python exercise');
  await page.screenshot({ path: `${shots}/11-python-passing.png`, fullPage: true });

  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-console')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');

  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByTestId('python-exercise')).toBeVisible();
  // A line the starter does not have (near the top, so Monaco renders it): only the saved solution can show it.
  const starter = getPythonVariant(VARIANT).starterSource;
  const ownLine = solution.split('\n').map((l) => l.trim()).find((l) => l.length >= 12 && !starter.includes(l));
  expect(ownLine, 'the strong solution must differ from the starter').toBeDefined();
  await expect(page.getByTestId('python-editor')).toContainText(ownLine!.slice(0, 30));
});

test('an endless loop is stopped after the time limit, what it printed first stays, and the next run works at once', async ({ page, app }) => {
  await openApp(page, app);
  await openPython(page, app);
  await replaceEditorText(page, page.getByTestId('python-editor'), 'print("starting")\nwhile True:\n    pass\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-live-output')).toContainText('starting');
  // Scoped to what changes while running: the pill, the Stop button, the live output and Running line.
  const running = await new AxeBuilder({ page }).include('[data-testid="python-status"]').include('.python-work .toolbar').include('[data-testid="python-output"]').analyze();
  expect(running.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await expect(page.getByTestId('python-stopped')).toContainText('Stopped after the 10 s limit', { timeout: 30_000 });
  await expect(page.getByTestId('python-live-output')).toContainText('starting');
  await replaceEditorText(page, page.getByTestId('python-editor'), 'print("hello after the loop")\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-console')).toContainText('hello after the loop');
});

test('Python is ready from the build snapshot; Stop and Esc end a runaway at once, keep its output, and Python stays ready', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const notes: string[] = [];
  page.on('console', (m) => m.text().startsWith('[python]') && notes.push(m.text()));
  await openApp(page, app);
  await openPython(page, app);
  // The worker restored the interpreter from runtime/pyodide/python-snapshot.bin (a bare boot would say 'bare').
  await expect(page.getByTestId('python-status')).toHaveAttribute('data-boot-source', 'snapshot');
  expect(notes, 'no fallback note when the snapshot loads').toEqual([]);

  const editor = page.getByTestId('python-editor');
  await replaceEditorText(page, editor, 'import sys\nprint("rows read: 3")\nprint("about to loop", file=sys.stderr)\nwhile True:\n    pass\n');
  await page.getByTestId('run-python').click();
  // Output arrives while the code still runs: the run is live, the old output gone, Stop offered.
  await expect(page.getByTestId('python-live-output')).toContainText('rows read: 3');
  await expect(page.getByTestId('python-live-output')).toContainText('about to loop');
  await expect(page.getByTestId('python-running')).toContainText('Running your module');
  await expect(page.getByTestId('python-status')).toHaveAttribute('data-busy', 'run');
  // Stopped promptly after the screenshot, well inside the 10 s limit even on a loaded machine (the running state's
  // accessibility scan is in the time-limit test, which waits for the limit anyway).
  await page.screenshot({ path: `${reviewShots}/c1-python-running.png` });

  await page.getByTestId('stop-python').click();
  await expect(page.getByTestId('python-stopped')).toContainText(/Stopped by you after \d+\.\d s\. Python is ready/);
  await expect(page.getByTestId('python-live-output')).toContainText('rows read: 3');
  await expect(page.getByTestId('python-status')).toHaveText('Python ready');
  await expectAccessible(page, 'python run stopped by the candidate');
  await page.screenshot({ path: `${reviewShots}/c2-python-stopped.png` });

  // Esc stops a run started from inside the editor (Ctrl+Enter), with the focus still in the editor.
  await replaceEditorText(page, editor, 'print("second runaway")\nwhile True:\n    pass\n');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('python-live-output')).toContainText('second runaway');
  // An Escape that closes an editor popup (here the find box) leaves the run going; the next one stops it.
  await page.keyboard.press('ControlOrMeta+f');
  await expect(page.locator('.monaco-editor .find-widget.visible')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.monaco-editor .find-widget.visible')).toHaveCount(0);
  await expect(page.getByTestId('python-running')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('python-stopped')).toContainText('Stopped by you');

  // The interpreter that was interrupted runs the next module normally.
  await replaceEditorText(page, editor, 'print("fine again")\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-console')).toContainText('fine again');
  await expect(page.getByTestId('python-live-output')).toHaveCount(0);

  // A test run is stopped the same way: the tests import a module that never finishes loading.
  await replaceEditorText(page, editor, 'print("importing ingest")\nwhile True:\n    pass\n');
  await page.getByTestId('run-tests').click();
  await expect(page.getByTestId('python-running')).toContainText('Running the public tests');
  await expect(page.getByTestId('python-console')).toHaveCount(0);
  await expect(page.getByTestId('python-live-output')).toContainText('importing ingest');
  await page.getByTestId('stop-python').click();
  await expect(page.getByTestId('python-stopped')).toContainText('Stopped by you');
  await expect(page.getByTestId('run-tests')).toBeEnabled();
});

test('a loop inside C ignores the interrupt: Stop replaces the worker, the pill says Python is restarting, then a run works', async ({ page, app }) => {
  test.setTimeout(180_000);
  await openApp(page, app);
  await openPython(page, app);
  const editor = page.getByTestId('python-editor');
  await replaceEditorText(page, editor, 'print("summing")\nprint(sum(range(10**12)))\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-live-output')).toContainText('summing');
  // Every text the pill shows from here on, so a quick restart cannot slip between two polls.
  await page.getByTestId('python-status').evaluate((pill) => {
    const seen: string[] = [];
    (window as unknown as { pillTexts: string[] }).pillTexts = seen;
    new MutationObserver(() => seen.push(pill.textContent ?? '')).observe(pill, { childList: true, characterData: true, subtree: true });
  });
  await page.getByTestId('stop-python').click();
  await expect(page.getByTestId('python-stopped')).toContainText('restarting with a fresh interpreter', { timeout: 30_000 });
  await expect(page.getByTestId('python-live-output')).toContainText('summing');
  await expect(page.getByTestId('python-status')).toHaveText('Python ready', { timeout: 60_000 });
  const texts = await page.evaluate(() => (window as unknown as { pillTexts: string[] }).pillTexts);
  expect(texts.some((t) => t.startsWith('Restarting Python'))).toBe(true);
  await replaceEditorText(page, editor, 'print("after the restart")\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-console')).toContainText('after the restart');
});

// Pages that are not a Pyodide snapshot, as a file from another Pyodide build would be (a file that is not packed at
// all is refused before Pyodide sees it: snapshot-pages.test.ts); and the build's own file missing its last page, whose
// header is sound, so Pyodide starts on it: restored as it is, it would boot with 4 KiB of its heap zeroed.
const brokenSnapshots = [
  { what: 'from another Pyodide build', damage: () => Buffer.from(packSnapshotPages(new Uint8Array(64 * 1024).fill(7))), why: /invalid magic number/ },
  { what: 'cut short', damage: (real: Buffer) => real.subarray(0, real.length - 4096), why: /cut short/ },
];

for (const broken of brokenSnapshots) {
  test(`a snapshot ${broken.what} is not fatal: Python boots without it, says why in the console, and runs`, async ({ page, app }) => {
    test.setTimeout(180_000);
    const notes: string[] = [];
    page.on('console', (m) => m.text().startsWith('[python]') && notes.push(m.text()));
    await page.route(`**/${PYTHON_SNAPSHOT_FILE}`, async (route) => {
      const real = await (await route.fetch()).body();
      await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: broken.damage(real) });
    });
    await openApp(page, app);
    await openPython(page, app);
    await expect(page.getByTestId('python-status')).toHaveAttribute('data-boot-source', 'bare');
    expect(notes.join('\n')).toMatch(/Python snapshot not used \(.+\); starting Python without it\./);
    expect(notes.join('\n')).toMatch(broken.why);
    await replaceEditorText(page, page.getByTestId('python-editor'), 'print("booted the slow way")\n');
    await page.getByTestId('run-python').click();
    await expect(page.getByTestId('python-console')).toContainText('booted the slow way');
  });
}
