// End-to-end: the Python exercise: public tests fail on the starter, pass on a working solution, code survives a
// reload; an endless loop is stopped and the next run works.
import { getPythonVariant } from '../../exercises/python/python-variants';
import { pythonReferenceAnswer } from '../../rubrics/python';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { replaceEditorText } from './editor-input';
import { openFixedPlan } from './plan-files';

const shots = 'test-reports/screenshots';
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

test('an endless loop is stopped, the candidate is told in one line, and the next run works at once', async ({ page, app }) => {
  await openApp(page, app);
  await openPython(page, app);
  await replaceEditorText(page, page.getByTestId('python-editor'), 'print("starting")\nwhile True:\n    pass\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-stopped')).toContainText('Stopped after 10 s', { timeout: 30_000 });
  await replaceEditorText(page, page.getByTestId('python-editor'), 'print("hello after the loop")\n');
  await page.getByTestId('run-python').click();
  await expect(page.getByTestId('python-console')).toContainText('hello after the loop');
});
