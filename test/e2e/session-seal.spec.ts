// End-to-end: the sealed session file. Opening an exercise records no run of the candidate's; submit shows a receipt
// code; the export imports on another machine's store, which says whether it prepared the plan and what the seal
// proves; a receipt that does not match and a tampered file are refused in the UI with nothing stored.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { openFixedPlan } from './plan-files';
import { unlockNewReviewer } from './journeys';

const shots = 'test-reports/screenshots';

test('submit shows a receipt; the reviewer machine imports the file, says what it can vouch for, and refuses a tampered copy', async ({ page, app }) => {
  test.setTimeout(120_000);
  await openApp(page, app);
  await openFixedPlan(page, app.dataDir, [{ exerciseId: 'sql', variantId: 'revenue-by-plan', minutes: 30 }]);
  await startAssessment(page, 'Rhea Receipt');

  // Opening the exercise draws the tile from the query, but that is the app's run, not an attempt by the candidate.
  await page.getByRole('button', { name: 'SQL debugging' }).click();
  await expect(page.getByTestId('dashboard-tile').getByTestId('tile-bar').first()).toBeVisible();
  await page.getByTestId('sql-explanation').fill('The WHERE on payments undid the LEFT JOIN.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  const sessionsDir = join(app.dataDir, 'sessions');
  const { readdirSync } = await import('node:fs');
  const logFile = join(sessionsDir, readdirSync(sessionsDir).find((n) => n.endsWith('.jsonl'))!);
  await expect.poll(() => readFileSync(logFile, 'utf8')).toContain('The WHERE on payments');
  const recorded = readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string });
  expect(recorded.filter((e) => e.type === 'run')).toEqual([]);

  await page.getByRole('button', { name: 'Submit…' }).click();
  await page.getByLabel(/what would you do differently/).fill('Write the checks before the fix.');
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  const code = page.getByTestId('receipt-code');
  await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const receipt = (await code.innerText()).trim();
  await expectAccessible(page, 'finished with receipt');
  await page.screenshot({ path: `${shots}/05b-finished-receipt.png`, fullPage: true });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const file = join(app.dataDir, 'rhea.dpe-session.jsonl');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text.split('\n')[0]!).stated.receipt).toBe(receipt);

  // A tampered copy: the explanation rewritten everywhere it appears (the stated state and the log).
  const tampered = join(app.dataDir, 'tampered.dpe-session.jsonl');
  writeFileSync(tampered, text.replaceAll('The WHERE on payments undid the LEFT JOIN.', 'Fan-out, time zones and integer division.'));

  // Another machine: a store with none of this laptop's sessions or keys.
  await app.kill();
  for (const dir of ['sessions', 'session-keys', 'plans']) rmSync(join(app.dataDir, dir), { recursive: true, force: true });
  await app.restart();
  await openApp(page, app);
  await unlockNewReviewer(page);
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();

  const input = page.getByTestId('import-session-file');
  await input.setInputFiles(tampered);
  await expect(page.getByTestId('import-message')).toContainText('was not imported');
  await expect(page.getByTestId('import-message')).toContainText(/Refused, nothing was changed\. Hash chain breaks at event \d+ \(autosave\) was changed after it was recorded/);
  await page.getByTestId('import-receipt').fill('ZZZZ-ZZZZ');
  await input.setInputFiles(file);
  await expect(page.getByTestId('import-message')).toContainText('does not match this file');
  await expect(page.getByText('No sessions yet')).toBeVisible();

  await page.getByTestId('import-receipt').fill(receipt.toLowerCase());
  await input.setInputFiles(file);
  const message = page.getByTestId('import-message');
  await expect(message).toContainText('Imported');
  await expect(message).toContainText('Plan prepared here: no');
  await expect(message).toContainText('Seal: Sealed, but this machine holds no key for the plan');
  await expect(message).toContainText(`The receipt code ${receipt} matches`);
  await expect(page.getByTestId('session-row')).toContainText('Seal not checkable here');
  await expectAccessible(page, 'reviewer import messages');
  await page.screenshot({ path: `${shots}/06b-reviewer-import-seal.png`, fullPage: true });

  await page.getByRole('button', { name: 'Rhea Receipt' }).click();
  await page.getByRole('tab', { name: 'Integrity and timing' }).click();
  await expect(page.getByTestId('integrity-plan')).toContainText('no');
  await expect(page.getByTestId('integrity-receipt')).toHaveText(receipt);
  await expect(page.getByTestId('integrity-seal')).toContainText('cannot be checked here');
});

test('a plan prepared on the reviewer machine: an unsigned edit is refused on the candidate screen; the signed file’s session comes back as prepared here with a verified seal', async ({ page, app }) => {
  test.setTimeout(150_000);
  const { cpSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const aside = mkdtempSync(join(tmpdir(), 'dpe-reviewer-plans-'));
  await openApp(page, app);
  await unlockNewReviewer(page);
  await page.getByRole('button', { name: 'Prepare an assessment' }).click();
  await page.getByLabel('Candidate name or ID (optional)').fill('Pia Prepared');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as file for another laptop' }).click();
  const planFile = join(aside, 'pia.dpe-plan.json');
  await (await download).saveAs(planFile);
  const signed = JSON.parse(readFileSync(planFile, 'utf8'));
  const unsigned = join(aside, 'edited.dpe-plan.json');
  writeFileSync(unsigned, JSON.stringify({ ...signed.plan, extraTimeMultiplier: 3 }));

  // The candidate laptop: the reviewer machine's plan secrets are not on it.
  await app.kill();
  cpSync(join(app.dataDir, 'plans'), join(aside, 'plans'), { recursive: true });
  for (const dir of ['plans', 'reviewer-passphrase.json', 'reviewers', 'reviewer-attempts.json']) rmSync(join(app.dataDir, dir), { recursive: true, force: true });
  await app.restart();
  await openApp(page, app);
  await page.getByTestId('open-plan-file').setInputFiles(unsigned);
  await expect(page.getByRole('alert')).toContainText('not signed by a reviewer');
  await page.getByTestId('open-plan-file').setInputFiles(planFile);
  await expect(page.getByRole('status').filter({ hasText: 'Opened the assessment' })).toBeVisible();
  await expect(page.getByLabel('Your name or candidate ID')).toHaveValue('Pia Prepared');
  await page.getByLabel(/I have read the rules/).check();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('button', { name: 'Submit…' }).click();
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  const receipt = (await page.getByTestId('receipt-code').innerText()).trim();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session file' }).click();
  const sessionFile = join(aside, 'pia.dpe-session.jsonl');
  await (await exported).saveAs(sessionFile);

  // Back on the reviewer's machine: its plans (and secrets) are there, the laptop's session and key are not.
  await app.kill();
  for (const dir of ['sessions', 'session-keys']) rmSync(join(app.dataDir, dir), { recursive: true, force: true });
  cpSync(join(aside, 'plans'), join(app.dataDir, 'plans'), { recursive: true });
  await app.restart();
  await openApp(page, app);
  await unlockNewReviewer(page);
  await page.getByTestId('import-receipt').fill(receipt);
  await page.getByTestId('import-session-file').setInputFiles(sessionFile);
  const message = page.getByTestId('import-message');
  await expect(message).toContainText('Plan prepared here: yes');
  await expect(message).toContainText('the seal verifies with this machine’s key for the plan');
  await expect(page.getByTestId('session-row')).toContainText('Verified');
});
