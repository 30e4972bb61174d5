// Bench (Node + Chromium): time to the first interactive screen, and autosave latency (a change to bytes on disk).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { median, quantile, startBrowserMode, type Figure } from './bench-kit';

export async function benchFoundation(browser: Browser, runs = 7): Promise<Figure[]> {
  const app = await startBrowserMode();
  try {
    const firstScreen: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(app.url);
      await page.locator('#root[data-app-state="ready"]').waitFor();
      firstScreen.push(await page.evaluate(() => performance.getEntriesByName('app-ready')[0]!.startTime));
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByLabel('Your name or candidate ID').fill('Bench Candidate');
    await page.getByLabel(/I have read the rules/).check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('button', { name: 'Practice question' }).click();
    const editor = page.getByTestId('practice-editor').locator('.view-lines');
    await editor.waitFor();
    await editor.click();
    const sessionsDir = join(app.dataDir, 'sessions');
    const autosave: number[] = [];
    for (let i = 0; i < runs * 2; i++) {
      const marker = `bench_marker_${i}_${Date.now()}`;
      const started = performance.now();
      await page.keyboard.insertText(` ${marker}`);
      // Poll the session's log the way a crash would find it: whatever bytes are on disk right now.
      for (;;) {
        const file = readdirSync(sessionsDir).find((n) => n.endsWith('.jsonl'));
        if (file && readFileSync(join(sessionsDir, file), 'utf8').includes(marker)) break;
        if (performance.now() - started > 10_000) throw new Error('autosave did not reach the disk within 10 s');
        await new Promise((r) => setTimeout(r, 2));
      }
      autosave.push(performance.now() - started);
    }
    await context.close();
    return [
      { name: 'Time to first interactive screen (browser mode)', median: median(firstScreen), p95: quantile(firstScreen, 0.95), unit: 'ms', runs, baseline: { value: 164, label: 'DESIGN.md first render' } },
      { name: 'Autosave latency (keystroke to bytes on disk)', median: median(autosave), p95: quantile(autosave, 0.95), unit: 'ms', runs: autosave.length, baseline: { value: 1000, label: 'the 1 s budget' } },
    ];
  } finally {
    app.stop();
  }
}
