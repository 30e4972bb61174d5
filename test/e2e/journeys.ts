// End-to-end helper: the hand-in and review steps that many specs share, so each spec reads as its own story.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openApp, type RunningApp } from './app-fixture';

export const REVIEWER_PASSPHRASE = 'correct horse battery';

/** Submits with a reflection, exports the sealed session and saves it as `fileName` in `dir`; returns its path. */
export async function submitAndExport(page: Page, dir: string, reflection: string, fileName: string): Promise<string> {
  await page.getByRole('button', { name: 'Submit…' }).click();
  await page.getByLabel(/what would you do differently/).fill(reflection);
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const file = join(dir, fileName);
  await (await download).saveAs(file);
  return file;
}

/** The same app becomes a reviewer's machine that holds no session taken on it: only what is imported next. */
export async function becomeReviewerMachine(page: Page, app: RunningApp): Promise<void> {
  await app.kill();
  rmSync(join(app.dataDir, 'sessions'), { recursive: true, force: true });
  await app.restart();
  await openApp(page, app);
}

/** First visit to the reviewer area on a machine: sets the passphrase and unlocks. */
export async function unlockNewReviewer(page: Page, name = 'Rita Reviewer'): Promise<void> {
  await page.getByRole('button', { name: 'Reviewer area' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(REVIEWER_PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(REVIEWER_PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase and unlock' }).click();
}
