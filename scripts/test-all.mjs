// `npm test` (Node): typecheck, lint and layering, unit tests, build, end-to-end tests; stops at the first failure
// and ends with one line counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Playwright empties test-results/ when it starts, so the counts live beside it.
mkdirSync('test-reports', { recursive: true });
for (const f of ['test-reports/vitest.json', 'test-reports/playwright.json']) rmSync(f, { force: true });

const steps = [
  ['Typecheck (each environment)', npm, ['run', '--silent', 'typecheck']],
  ['Lint and layering check', npm, ['run', '--silent', 'lint']],
  ['Unit tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-reports/vitest.json']],
  ['Build (renderer and Electron main/preload)', npm, ['run', '--silent', 'build']],
  ['Candidate bundle holds no answer keys or hidden tests', npx, ['tsx', 'scripts/check-candidate-bundle.ts']],
  ['Chromium for end-to-end tests', npx, ['tsx', 'scripts/ensure-chromium.ts']],
  ['End-to-end tests (Playwright, browser mode in Chromium)', npx, ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve('test-reports/playwright.json') }],
  ['Electron end-to-end tests (run only where an Electron binary exists)', npx, ['playwright', 'test', '--config', 'test/electron/playwright.config.ts', '--reporter=list']],
];

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync('test-reports/vitest.json')) {
    const v = JSON.parse(readFileSync('test-reports/vitest.json', 'utf8'));
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  if (existsSync('test-reports/playwright.json')) {
    const p = JSON.parse(readFileSync('test-reports/playwright.json', 'utf8'));
    passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
    failed += p.stats?.unexpected ?? 0;
    skipped += p.stats?.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

const started = Date.now();
for (const [title, command, args, env] of steps) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...(env ?? {}) } });
  if (result.status !== 0) {
    const c = counts();
    console.error(`\nFAILED at: ${title}`);
    console.log(`tests: ${c.passed} passed, ${Math.max(1, c.failed)} failed`);
    process.exit(1);
  }
}
const c = counts();
console.log(`\nAll steps passed in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`tests: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
