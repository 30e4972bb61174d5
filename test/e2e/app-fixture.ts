// End-to-end helper: starts browser mode as a real child process with a fresh data dir, and can kill and restart it.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface RunningApp {
  url: string;
  dataDir: string;
  /** SIGKILL: no shutdown hooks run, as in a crash or a pulled plug. */
  kill(): Promise<void>;
  restart(): Promise<void>;
}

function launch(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-mode/cli.ts', '--data-dir', dataDir, ...(process.env.DPE_RENDERER_DIR ? ['--renderer-dir', process.env.DPE_RENDERER_DIR] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /BROWSER_MODE_READY (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}):\n${out}`));
    });
  });
}

/** A browser-mode app on a fresh data dir; `stop` kills it for good. */
async function startApp(): Promise<RunningApp & { stop(): void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dpe-e2e-'));
  let current = await launch(dataDir);
  return {
    dataDir,
    get url() {
      return current.url;
    },
    async kill() {
      const exited = new Promise((r) => current.child.once('exit', r));
      current.child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      current = await launch(dataDir);
    },
    stop() {
      current.child.kill('SIGKILL');
    },
  };
}

/** `app`: the machine a test runs on; `secondApp`: another laptop with its own data dir (started only when used). */
export const test = base.extend<{ app: RunningApp; secondApp: RunningApp }>({
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    app.stop();
  },
  secondApp: async ({}, use) => {
    const app = await startApp();
    await use(app);
    app.stop();
  },
});

export { expect };

export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
}

/** Fails the test on any serious or critical accessibility violation on the current screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // The editor is inside the scan: its theme (renderer/src/editor/editor-themes.ts) is chosen for AA contrast.
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

export async function startAssessment(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name or candidate ID').fill(name);
  await page.getByLabel(/I have read the rules/).check();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { name: `Hello ${name}` })).toBeVisible();
}
