// End-to-end: candidate code in the renderer's own workers cannot reach the host API. Python typed into the
// exercise and run tries to fetch the page (which carries the launch token) and to call the API with a token that
// leaked anyway; it gets nothing usable, while Python and SQL still work.
import { test, expect, openApp, startAssessment } from './app-fixture';
import { replaceEditorText } from './editor-input';

/** Synchronous XHR from the Pyodide worker: the one way candidate code can wait for an answer inside a run. */
function probeProgram(leakedToken: string): string {
  return `
from js import XMLHttpRequest
def probe(name, method, url, body=None, headers=None):
    try:
        x = XMLHttpRequest.new()
        x.open(method, url, False)
        for key, value in (headers or {}).items():
            x.setRequestHeader(key, value)
        x.send(body)
        outcome = "status=%d body=%s" % (x.status, str(x.responseText)[:400].replace("\\n", " "))
    except Exception as error:
        outcome = "blocked: %s %s" % (type(error).__name__, str(error)[:120].replace("\\n", " "))
    print("PROBE %s -> %s" % (name, outcome))

probe("page", "GET", "/?probe=worker")
probe("index", "GET", "/index.html?probe=worker")
probe("api-without-token", "POST", "/api/app:get-info?probe=worker", "{}", {"Content-Type": "application/json"})
probe("api-with-leaked-token", "POST", "/api/reviewer:get-status?probe=worker", "{}", {"Content-Type": "application/json", "x-host-token": "${leakedToken}"})
probe("runtime-file", "GET", "/runtime/pyodide/pyodide-lock.json?probe=worker")
print("PROBES DONE")
`;
}

test('Python in the exercise worker cannot read the page token or call the host API; Python and SQL still run', async ({ page, app }) => {
  // Every request the probes make carries ?probe=worker; the ones the policy blocks never get a response.
  const probeResponses: string[] = [];
  const probeFailures: string[] = [];
  const isProbe = (raw: string) => new URL(raw).searchParams.get('probe') === 'worker';
  page.on('response', (response) => void (isProbe(response.url()) && probeResponses.push(new URL(response.url()).pathname)));
  page.on('requestfailed', (request) => void (isProbe(request.url()) && probeFailures.push(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`)));
  await openApp(page, app);
  // The token the page itself was given: used only to show that even a leaked token gets a worker nowhere.
  const token = await page.locator('meta[name="host-token"]').getAttribute('content');
  expect(token).toMatch(/^[0-9a-f]{64}$/);

  // The default assessment (no plan file): it holds both exercises whose workers run candidate code.
  await startAssessment(page, 'Wanda Worker');
  await page.getByRole('button', { name: 'Python ingestion' }).click();
  await expect(page.getByTestId('python-status')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });

  await replaceEditorText(page, page.getByTestId('python-editor'), probeProgram(token!));
  await page.getByTestId('run-python').click();
  const console_ = page.getByTestId('python-console');
  await expect(console_).toContainText('PROBES DONE', { timeout: 30_000 });
  const output = await console_.innerText();
  const probes = Object.fromEntries([...output.matchAll(/PROBE (\S+) -> (.*)/g)].map((m) => [m[1], m[2]]));

  // Nothing usable: the page and the API are out of the worker's reach, whatever it sends.
  for (const name of ['page', 'index', 'api-without-token', 'api-with-leaked-token']) {
    expect(probes[name], `${name}: ${probes[name]}`).toMatch(/^blocked: /);
  }
  expect(output).not.toContain(token!);
  expect(output).not.toContain('host-token');
  expect(output).not.toContain('passphraseSet');
  // The worker's own runtime files stay reachable: the policy is narrow, not broken.
  expect(probes['runtime-file']).toMatch(/^status=200 /);

  // Python still works for honest code.
  await replaceEditorText(page, page.getByTestId('python-editor'), 'print("plain python still runs", 6 * 7)\n');
  await page.getByTestId('run-python').click();
  await expect(console_).toContainText('plain python still runs 42');

  // SQL still works: the SQL worker loads its wasm under the same narrow policy and draws the tile.
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'ready');
  // The variant is drawn at random and one variant's broken query returns no rows (its complaint is a blank tile):
  // either way the tile was drawn from a query result, which needs the worker's wasm.
  await expect(page.getByTestId('dashboard-tile')).toHaveAttribute('data-tile-state', /^(rows|empty)$/);

  // And the page itself still talks to the host (autosave), while only the runtime probe ever left the worker.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  expect(probeResponses, probeFailures.join('; ')).toEqual(['/runtime/pyodide/pyodide-lock.json']);
  console.log(`worker probes: ${JSON.stringify(probes)}; blocked requests: ${probeFailures.join('; ')}`);
});
