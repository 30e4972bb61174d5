// Bench (Node + Chromium): SQL worker start and round trips; Pyodide boot in the worker vs a bare loadPyodide,
// and warm public-test runs; all read from performance entries the app itself records.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { getSqlVariant } from '../../exercises/sql';
import { median, quantile, startBrowserMode, type Figure } from './bench-kit';

/** A fixed-variant plan left pending the way the reviewer area leaves it (unsigned plan files are refused on screen). */
async function startWithPlan(page: Page, url: string, dataDir: string, exercises: object[]): Promise<void> {
  const plan = { format: 'dpe-assessment-plan', version: 1, planId: 'bench', title: 'Bench', exercises, extraTimeMultiplier: 1, variantMode: 'fixed', createdAt: new Date().toISOString() };
  writeFileSync(join(dataDir, 'pending-plan.json'), JSON.stringify({ plan, source: 'reviewer-area' }));
  await page.goto(url);
  await page.locator('#root[data-app-state="ready"]').waitFor();
  await page.getByLabel('Your name or candidate ID').fill('Bench');
  await page.getByLabel(/I have read the rules/).check();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
}

const durations = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

export async function benchSql(browser: Browser, runs = 30): Promise<Figure[]> {
  const app = await startBrowserMode();
  const page = await (await browser.newContext()).newPage();
  try {
    await startWithPlan(page, app.url, app.dataDir, [{ exerciseId: 'sql', variantId: 'revenue-by-plan', minutes: 45 }]);
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      if (i > 0) await page.reload();
      await page.getByRole('button', { name: 'SQL debugging' }).click().catch(() => undefined);
      await page.locator('[data-testid="sql-status"][data-status="ready"]').waitFor({ timeout: 60_000 });
      starts.push(...(await durations(page, 'sql-worker-start')));
    }
    // The exercise's own query (a 4-table join + group-by over the visible data), run as the candidate runs it.
    await page.evaluate(() => performance.clearMeasures('sql-round-trip'));
    for (let i = 0; i < runs; i++) {
      await page.getByTestId('run-query').click();
      await page.locator('[data-testid="sql-status"][data-status="ready"]').waitFor();
    }
    const trips = await durations(page, 'sql-round-trip');
    return [
      { name: 'SQL worker start (sql.js + ~6,800 rows)', median: median(starts), p95: quantile(starts, 0.95), unit: 'ms', runs: starts.length, baseline: { value: 200, label: 'DESIGN.md worker ready' } },
      { name: `SQL round trip (${getSqlVariant('revenue-by-plan').id} tile query)`, median: median(trips), p95: quantile(trips, 0.95), unit: 'ms', runs: trips.length, baseline: { value: 20, label: 'the 20 ms aim' } },
    ];
  } finally {
    await page.context().close();
    app.stop();
  }
}

export async function benchPythonBrowser(browser: Browser, runs = 5): Promise<Figure[]> {
  const app = await startBrowserMode();
  try {
    const workerBoots: number[] = [];
    const bareBoots: number[] = [];
    let testRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      // The floor the worker boot is compared with: the same browser and files, a fresh (cold-cache) context,
      // no worker and no harness.
      const bare = await browser.newContext();
      const barePage = await bare.newPage();
      await barePage.goto(app.url);
      bareBoots.push(
        await barePage.evaluate(async (indexURL) => {
          const started = performance.now();
          const mod = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide(o: object): Promise<unknown> };
          await mod.loadPyodide({ indexURL });
          return performance.now() - started;
        }, new URL('runtime/pyodide/', app.url).href),
      );
      await bare.close();
      const context = await browser.newContext();
      const page = await context.newPage();
      if (i === 0) {
        await startWithPlan(page, app.url, app.dataDir, [{ exerciseId: 'python', variantId: 'orders-ingest', minutes: 60 }]);
      } else {
        await page.goto(app.url);
      }
      await page.locator('#root[data-app-state="ready"]').waitFor();
      await page.getByRole('button', { name: 'Python ingestion' }).click();
      await page.locator('[data-testid="python-status"][data-status="ready"]').waitFor({ timeout: 120_000 });
      workerBoots.push(...(await durations(page, 'pyodide-boot')));
      if (i === 0) {
        for (let r = 0; r < runs; r++) {
          await page.getByTestId('run-tests').click();
          await page.locator('[data-testid="run-tests"]:not([disabled])').waitFor({ timeout: 60_000 });
        }
        testRuns = await durations(page, 'python-run');
      }
      await context.close();
    }
    const ratio = median(workerBoots) / median(bareBoots);
    return [
      { name: 'Pyodide boot in the worker (with stdlib warm-up)', median: median(workerBoots), p95: quantile(workerBoots, 0.95), unit: 'ms', runs: workerBoots.length, baseline: { value: 1850, label: 'DESIGN.md cold boot' } },
      { name: `Bare loadPyodide on the page (worker/bare = ${ratio.toFixed(2)})`, median: median(bareBoots), unit: 'ms', runs: bareBoots.length },
      { name: 'Warm public-test run (9 tests, orders-ingest starter)', median: median(testRuns), p95: quantile(testRuns, 0.95), unit: 'ms', runs: testRuns.length, baseline: { value: 150, label: 'DESIGN.md small unittest run' } },
    ];
  } finally {
    app.stop();
  }
}
