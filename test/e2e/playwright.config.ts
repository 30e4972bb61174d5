// End-to-end tests (Playwright) against browser mode in a real Chromium; each test gets its own app and data dir.
import { defineConfig } from '@playwright/test';
import { findChromium } from '../../electron/browser-mode/find-chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
});
