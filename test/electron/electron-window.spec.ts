// Electron end-to-end: the hardened window loads the app over app:// and the candidate can start.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with `npm start`
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const binary: string | null = findElectronBinary();

test.describe('Electron window', () => {
  test.skip(!binary, 'no Electron binary on this machine (see the message above)');

  test('opens the welcome screen in a sandboxed, context-isolated window with only the host bridge exposed', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'dpe-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${userData}`] });
    const page = await app.firstWindow();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { hostBridge: object }).hostBridge).length)).toBe(15);
    await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible();
    await app.close();
  });
});
