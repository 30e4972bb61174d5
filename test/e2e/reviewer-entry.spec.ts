// End-to-end: the reviewer area: passphrase, importing session files (bad ones refused), preparing an assessment.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';

const shots = 'test-reports/screenshots';
const PASSPHRASE = 'correct horse battery';

async function unlockFirstTime(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reviewer area' }).click();
  await expect(page.getByRole('heading', { name: 'Set the reviewer passphrase' })).toBeVisible();
  await page.getByLabel('Your name').fill('Rita Reviewer');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase and unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
}

async function finishedSessionFile(page: Page, app: { url: string }, dir: string): Promise<string> {
  await openApp(page, app as never);
  await startAssessment(page, 'Sam Sample');
  await page.getByRole('button', { name: 'Submit…' }).click();
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const path = join(dir, 'sam.dpe-session.jsonl');
  await (await downloadPromise).saveAs(path);
  return path;
}

test('malformed, truncated and tampered session files are refused with a clear message; a good one imports', async ({ page, app }) => {
  const good = await finishedSessionFile(page, app, app.dataDir);
  const text = readFileSync(good, 'utf8');
  const truncated = join(app.dataDir, 'truncated.json');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
  const notSession = join(app.dataDir, 'notes.json');
  writeFileSync(notSession, JSON.stringify({ hello: 'world' }));
  const tampered = join(app.dataDir, 'tampered.jsonl');
  const [header, genesis, ...rest] = text.trim().split('\n');
  const edited = JSON.parse(genesis!);
  edited.data.candidateName = 'Someone Else';
  writeFileSync(tampered, [header, JSON.stringify(edited), ...rest].join('\n'));

  // A second app instance plays the reviewer's machine: nothing stored yet.
  await app.kill();
  const { rmSync } = await import('node:fs');
  rmSync(join(app.dataDir, 'sessions'), { recursive: true, force: true });
  await app.restart();
  await openApp(page, app);
  await unlockFirstTime(page);
  await expect(page.getByText('No sessions yet')).toBeVisible();
  await expectAccessible(page, 'reviewer sessions');

  const input = page.getByTestId('import-session-file');
  await input.setInputFiles(truncated);
  await expect(page.getByTestId('import-message')).toContainText('truncated');
  await input.setInputFiles(notSession);
  await expect(page.getByTestId('import-message')).toContainText('not an assessment session file');
  await input.setInputFiles(tampered);
  await expect(page.getByTestId('import-message')).toContainText('was changed after it was recorded');
  await expect(page.getByText('No sessions yet')).toBeVisible();

  await input.setInputFiles(good);
  await expect(page.getByTestId('import-message')).toContainText('Imported');
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await expect(page.getByTestId('session-row')).toContainText('Sam Sample');
  // The default plan was not prepared by a reviewer, so there is no key here to check the seal with: it says so.
  await expect(page.getByTestId('session-row')).toContainText('Seal not checkable here');
  await page.screenshot({ path: `${shots}/06-reviewer-sessions.png`, fullPage: true });
});

test('a wrong passphrase is refused; a prepared assessment reaches the candidate with extra time', async ({ page, app }) => {
  await openApp(page, app);
  await unlockFirstTime(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  await page.getByRole('button', { name: 'Reviewer area' }).click();
  await page.getByLabel('Your name').fill('Rita Reviewer');
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('not correct');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();

  await page.getByRole('button', { name: 'Prepare an assessment' }).click();
  await page.getByLabel('Candidate name or ID (optional)').fill('Cand 0042');
  await page.getByLabel('Extra time (accommodation)').selectOption('1.5');
  await page.getByLabel('Minutes for SQL debugging').fill('40');
  await page.getByLabel('Include Python ingestion').uncheck();
  await expectAccessible(page, 'prepare assessment');
  await page.screenshot({ path: `${shots}/07-prepare-plan.png`, fullPage: true });
  await page.getByRole('button', { name: 'Use on this machine' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready' })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as file for another laptop' }).click();
  const plan = JSON.parse(readFileSync((await (await downloadPromise).path())!, 'utf8'));
  expect(plan.format).toBe('dpe-assessment-plan-file');
  expect(plan.plan.extraTimeMultiplier).toBe(1.5);
  expect(plan.sealKey).toMatch(/^[0-9a-f]{64}$/);

  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await expect(page.getByLabel('Your name or candidate ID')).toHaveValue('Cand 0042');
  // 40 minutes × 1.5 = 60:00 for SQL; Python is not in this plan.
  await expect(page.locator('.plan-list')).toContainText('SQL debugging');
  await expect(page.locator('.plan-list')).toContainText('1:00:00');
  await expect(page.locator('.plan-list')).not.toContainText('Python ingestion');
  await expect(page.getByText('includes extra time ×1.5')).toBeVisible();
});
