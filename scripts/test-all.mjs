// `npm test` (Node): typecheck, lint and layering, unit tests, build, end-to-end tests; stops at the first failure
// and ends with one line counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Playwright empties test-results/ when it starts, so the counts live beside it.
mkdirSync('test-reports', { recursive: true });
const REPORTS = { vitest: 'test-reports/vitest.json', e2e: 'test-reports/playwright.json', electron: 'test-reports/playwright-electron.json' };
for (const f of Object.values(REPORTS)) rmSync(f, { force: true });

const steps = [
  ['Typecheck (each environment)', npm, ['run', '--silent', 'typecheck']],
  ['Lint and layering check', npm, ['run', '--silent', 'lint']],
  ['Unit tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-reports/vitest.json']],
  ['Build (both renderers, both Electron mains, preload)', npm, ['run', '--silent', 'build']],
  ['Candidate renderer holds no answer keys, hidden tests or reviewer area', npx, ['tsx', 'scripts/check-candidate-bundle.ts']],
  ['Desktop flavours packed (electron-builder --dir, stand-in Electron): no grading code in the candidate kit', npx, ['tsx', 'scripts/check-packaging.ts']],
  ['Electronegativity over electron/ and both flavours (no unexplained high/medium finding)', npx, ['tsx', 'scripts/check-electronegativity.ts']],
  ['Chromium for end-to-end tests', npx, ['tsx', 'scripts/ensure-chromium.ts']],
  ['End-to-end tests (Playwright, browser mode in Chromium)', npx, ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(REPORTS.e2e) }],
  ['Electron end-to-end tests (run only where an Electron binary exists)', npx, ['playwright', 'test', '--config', 'test/electron/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(REPORTS.electron) }],
];

/** Every test that ran, from the reporters' JSON: passed (flaky ones included: they passed on a retry), failed, skipped. */
function counts() {
  const c = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  if (existsSync(REPORTS.vitest)) {
    const v = JSON.parse(readFileSync(REPORTS.vitest, 'utf8'));
    c.passed += v.numPassedTests ?? 0;
    c.failed += v.numFailedTests ?? 0;
    c.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  for (const report of [REPORTS.e2e, REPORTS.electron].filter((f) => existsSync(f))) {
    const p = JSON.parse(readFileSync(report, 'utf8'));
    c.passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
    c.flaky += p.stats?.flaky ?? 0;
    c.failed += p.stats?.unexpected ?? 0;
    c.skipped += p.stats?.skipped ?? 0;
  }
  return c;
}

const line = (c, failed = c.failed) => `tests: ${c.passed} passed, ${failed} failed, ${c.skipped} skipped, ${c.flaky} flaky`;

const started = Date.now();
for (const [title, command, args, env] of steps) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...(env ?? {}) } });
  if (result.status !== 0) {
    const c = counts();
    console.error(`\nFAILED at: ${title}`);
    console.log(line(c, Math.max(1, c.failed)));
    process.exit(1);
  }
}
const c = counts();
console.log(`\nAll steps passed in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(line(c));
