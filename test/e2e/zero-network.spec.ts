// End-to-end: the whole candidate journey makes no request that leaves the app's origin, from the page or its workers.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openApp, startAssessment } from './app-fixture';

interface Seen {
  url: string;
  from: string;
}

/**
 * Watches every request of a browser context two ways: routing (which also blocks anything off-origin, so a leak
 * cannot even succeed) and request events (pages and their workers). Returns what was seen, and what left.
 */
async function watchRequests(context: BrowserContext, origin: () => string) {
  const seen: Seen[] = [];
  const offOrigin: Seen[] = [];
  const local = (url: string) => url.startsWith(`${origin()}/`) || url === origin() || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
  const note = (url: string, from: string) => {
    seen.push({ url, from });
    if (!local(url)) offOrigin.push({ url, from });
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    note(request.url(), `route (${request.resourceType()})`);
    if (local(request.url())) await route.continue();
    else await route.abort('blockedbyclient');
  });
  context.on('request', (request) => note(request.url(), `request event (${request.resourceType()})`));
  context.on('page', (page) => page.on('worker', (worker) => note(worker.url(), 'worker script')));
  return { seen, offOrigin };
}

async function openExercise(page: Page, name: RegExp) {
  await page.getByRole('button', { name }).first().click();
}

test('the whole candidate journey (welcome, practice, SQL, Python, submit, export) sends nothing off the app origin', async ({ page, app, context }) => {
  test.setTimeout(240_000);
  const origin = () => new URL(app.url).origin;
  const { seen, offOrigin } = await watchRequests(context, origin);

  await openApp(page, app);
  const document = await page.request.get(app.url);
  // The page's own policy is the first wall: nothing but the app's origin may be fetched or connected to.
  expect(document.headers()['content-security-policy']).toMatch(/connect-src 'self'/);
  expect(document.headers()['content-security-policy']).toMatch(/default-src 'self'/);
  await startAssessment(page, 'Nora Network');

  // Practice: SQLite in its worker, one query run.
  await openExercise(page, /^Practice question/);
  const runQuery = page.getByRole('button', { name: /^Run\b/ }).first();
  await expect(runQuery).toBeEnabled({ timeout: 60_000 });
  await runQuery.click();
  await expect(page.getByText(/\b\d+ rows?\b/).first()).toBeVisible();

  // SQL debugging: its own database and tile, one run.
  await openExercise(page, /^SQL debugging/);
  const runSql = page.getByRole('button', { name: /^Run\b/ }).first();
  await expect(runSql).toBeEnabled({ timeout: 60_000 });
  await runSql.click();
  await expect(page.getByText(/\b\d+ rows?\b/).first()).toBeVisible();

  // Python: Pyodide boots in its worker (wasm, stdlib), then a run and the public tests.
  await openExercise(page, /^Python ingestion/);
  await expect(page.getByRole('status').filter({ hasText: /Python ready/ })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: /^Run tests\b/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /tests? passed/ })).toBeVisible({ timeout: 60_000 });

  // Submit and export.
  await page.getByRole('button', { name: /^Submit/ }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').first().fill('I would check the joins first.');
  await dialog.getByRole('button', { name: /^Submit and finish/ }).click();
  await expect(page.getByRole('heading', { name: /^Thank you/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export session file/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.dpe-session\.jsonl?$/);

  // The listener saw the workers' own traffic (sql.js and Pyodide load their wasm from inside their workers), so
  // a request from a worker could not have slipped past it.
  const workerFiles = { 'sql.js wasm (SQL worker)': /sql-wasm[^/]*\.wasm$/, 'Pyodide wasm (Python worker)': /pyodide\.asm\.wasm$/, 'Python stdlib (Python worker)': /python_stdlib\.zip$/ };
  for (const mechanism of ['route', 'request event']) {
    for (const [what, file] of Object.entries(workerFiles)) {
      expect(seen.some((s) => s.from.startsWith(mechanism) && file.test(s.url)), `${mechanism} saw the ${what}`).toBe(true);
    }
  }
  expect(offOrigin.map((s) => `${s.from}: ${s.url}`), `requests that left ${origin()}`).toEqual([]);
  const workerFetches = seen.filter((s) => /(\.wasm|python_stdlib\.zip)$/.test(s.url)).map((s) => `${s.from} ${new URL(s.url).pathname}`);
  test.info().annotations.push({ type: 'worker requests seen', description: [...new Set(workerFetches)].join('; ') });
  console.log(`${seen.length} requests seen, none off ${origin()}; worker fetches seen as: ${[...new Set(workerFetches)].join('; ')}`);
});

test('the request listener catches off-origin requests from a page and from its workers (so the journey test can fail)', async ({ page, context, app }) => {
  const origin = () => new URL(app.url).origin;
  const { offOrigin } = await watchRequests(context, origin);
  // A page outside the app (no CSP) makes one request itself and one from a dedicated worker, both off-origin.
  await page.goto('about:blank');
  await page.evaluate(async () => {
    await fetch('http://leak.invalid/from-page').catch(() => undefined);
    const worker = new Worker(URL.createObjectURL(new Blob(["fetch('http://leak.invalid/from-worker').catch(() => {}).then(() => postMessage('done'))"], { type: 'text/javascript' })));
    await new Promise((resolve) => (worker.onmessage = resolve));
  });
  const urls = offOrigin.map((s) => s.url);
  expect(urls).toContain('http://leak.invalid/from-page');
  expect(urls).toContain('http://leak.invalid/from-worker');
});
