// End-to-end: the sealed session file. Opening an exercise records no run of the candidate's; submit shows a receipt
// code; the export imports on another machine's store, which says whether it prepared the plan and what the seal
// proves; a receipt that does not match and a tampered file are refused in the UI with nothing stored.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { openFixedPlan } from './plan-files';

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
  await page.getByRole('button', { name: 'Reviewer area' }).click();
  await page.getByLabel('Your name').fill('Rita Reviewer');
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await page.getByRole('button', { name: 'Set passphrase and unlock' }).click();
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
