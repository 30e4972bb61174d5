// End-to-end: the PR-review exercise: comment on three ranges in two files, edit one, delete one, submit a verdict,
// get the author's answers and reply, reload: everything is still there. Screenshots at 1366×768.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPrVariants } from '../../exercises/pr-review/variants';
import { getPrReviewKey } from '../../rubrics/pr-review/keys';
import { test, expect, openApp, startAssessment, expectAccessible } from './app-fixture';
import { becomeReviewerMachine, submitAndExport, unlockNewReviewer } from './journeys';

const shots = 'test-reports/screenshots';

/** An assessment of the PR review alone, its variant drawn at random when the session starts. */
function preparePrReviewPlan(dataDir: string): void {
  writeFileSync(join(dataDir, 'pending-plan.json'), JSON.stringify({
    format: 'dpe-assessment-plan', version: 1, planId: 'e2e-pr-review', title: 'Junior Data Platform Engineer assessment',
    exercises: [{ exerciseId: 'pr-review', minutes: 25 }], extraTimeMultiplier: 1, variantMode: 'random', createdAt: '2026-11-24T09:00:00.000Z',
  }));
}

/** The default assessment draws the PR at random: the test finds out which one it got and uses that key's lines. */
function scriptFor(title: string) {
  const pr = listPrVariants().find((p) => title.includes(p.title))!;
  const key = getPrReviewKey(pr.id);
  const issue = (pick: (i: (typeof key.issues)[number]) => boolean) => key.issues.find(pick)!;
  return { pr, secret: issue((i) => i.secret), swallowed: issue((i) => /swallowed/.test(i.title)), names: issue((i) => i.issueId === 'unclear-names') };
}

test.use({ viewport: { width: 1366, height: 768 } });

test('review a PR: three comments in two files, edit one, delete one, verdict, author replies, reload: all intact; then the reviewer sees it against the key', async ({ page, app }) => {
  test.setTimeout(240_000);
  preparePrReviewPlan(app.dataDir);
  await openApp(page, app);
  await startAssessment(page, 'Ria Reviewer');
  await page.getByRole('navigation', { name: 'Exercises' }).getByRole('button', { name: 'Pull request review' }).click();
  const exercise = page.getByTestId('pr-review-exercise');
  const { pr, secret, swallowed, names } = scriptFor(await exercise.getByRole('heading', { level: 1 }).innerText());
  const [secretAt, swallowedAt, namesAt] = [secret.ranges[0]!, swallowed.ranges[0]!, names.ranges[0]!];
  await expect(exercise.getByLabel('Pull request description')).toContainText(pr.description.slice(0, 40));
  await expectAccessible(page, 'pr review conversation');
  await page.screenshot({ path: `${shots}/30-pr-review-conversation.png` });

  await page.getByRole('tab', { name: 'Files changed (4)' }).click();
  const files = page.getByTestId('pr-file');
  await expect(files).toHaveCount(4);
  await expect(page.locator('.pr-diff .monaco-editor').first()).toBeVisible();

  const form = page.getByTestId('new-comment-form');
  async function comment(file: string, start: number, end: number, category: string, severity: string, text: string) {
    await files.filter({ hasText: file }).click();
    await expect(page.getByTestId('pr-diff')).toHaveAttribute('data-file', file);
    await form.getByLabel('First line').fill(String(start));
    await form.getByLabel('Last line').fill(String(end));
    await form.getByLabel('Category').selectOption(category);
    await form.getByLabel('Severity').selectOption(severity);
    await form.getByRole('textbox', { name: 'Comment' }).fill(text);
    await form.getByRole('button', { name: 'Add comment' }).click();
  }
  expect(swallowedAt.file).toBe(namesAt.file);
  expect(secretAt.file).not.toBe(namesAt.file);
  await comment(secretAt.file, secretAt.startLine, secretAt.endLine, 'security', 'blocker', 'This commits a credential to git; could we read it from the secrets backend and rotate it?');
  await comment(swallowedAt.file, swallowedAt.startLine, swallowedAt.endLine, 'reliability', 'major', 'This except hides a failed call; the task goes green and nobody knows. Could we let it raise?');
  await comment(namesAt.file, namesAt.startLine, namesAt.endLine, 'readability', 'nit', 'These could have clearer names.');
  const items = page.getByTestId('comment-item');
  await expect(items).toHaveCount(3);
  await expect(page.getByTestId('inline-thread')).toHaveCount(2);
  await expect(files.filter({ hasText: namesAt.file })).toContainText('2 comments');

  // Edit the upload comment's severity and text, delete the nit.
  const upload = items.filter({ hasText: 'hides a failed call' });
  await upload.getByRole('button', { name: /Edit comment/ }).click();
  const edit = page.getByTestId('edit-comment-form');
  await edit.getByLabel('Severity').selectOption('blocker');
  await edit.getByRole('textbox', { name: 'Comment' }).fill('This except hides a failed call, so data silently goes missing and no alert fires. Could we let it raise so Airflow retries?');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(items.filter({ hasText: 'no alert fires' })).toContainText('blocker');
  await items.filter({ hasText: 'clearer names' }).getByRole('button', { name: /Delete comment/ }).click();
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('comment-count')).toHaveText('2');

  // Jump from the panel to the config comment.
  await items.filter({ hasText: 'commits a credential' }).getByRole('button', { name: /^Show / }).click();
  await expect(page.getByTestId('pr-diff')).toHaveAttribute('data-file', secretAt.file);
  await expect(page.getByTestId('inline-thread')).toHaveCount(1);
  // A changed file's diff is computed in Monaco's worker: wait until the added lines are marked before looking.
  const changed = pr.files.find((f) => f.path === secretAt.file)!.base !== '';
  await expect(page.locator(changed ? '.pr-diff .line-insert' : '.pr-diff .view-line').first()).toBeVisible();
  await expectAccessible(page, 'pr review files');
  await page.evaluate(() => [window, ...document.querySelectorAll('#main, .shell-main')].forEach((el) => el.scrollTo(0, 0)));
  await page.screenshot({ path: `${shots}/31-pr-review-files.png` });

  await page.getByRole('tab', { name: 'Conversation' }).click();
  const verdict = page.getByTestId('verdict-form');
  await verdict.getByLabel(/Request changes/).check();
  await verdict.getByLabel('Summary for the author').fill('The committed credential and the swallowed errors must be fixed before this merges.');
  await verdict.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByTestId('submitted-review')).toContainText('Request changes');
  const pushback = secret.reply!.text.slice(0, 30);
  const thread = page.getByTestId('author-thread').filter({ hasText: pushback });
  await expect(thread).toBeVisible();
  await thread.getByLabel(`Reply to ${pr.author.name.split(' ')[0]}`).fill('Even so, it has to leave git and be rotated; happy to pair on the secrets backend.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread.getByTestId('my-reply')).toHaveCount(1);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-save-state', 'saved');
  // Two comments: the author pushes back on the secret and asks about the other one.
  await expect(page.getByTestId('author-thread')).toHaveCount(2);
  await expectAccessible(page, 'pr review replies');
  await thread.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/32-pr-review-replies.png` });

  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByTestId('pr-review-exercise')).toBeVisible();
  await expect(page.getByTestId('submitted-review')).toContainText('Request changes');
  await expect(page.getByTestId('author-thread').filter({ hasText: pushback }).getByTestId('my-reply')).toContainText('Even so');
  await page.getByRole('tab', { name: 'Files changed (4)' }).click();
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'no alert fires' })).toContainText('blocker');
  await expect(items.filter({ hasText: 'clearer names' })).toHaveCount(0);
  // Submitted comments are final.
  await expect(page.getByRole('button', { name: /Delete comment/ })).toHaveCount(0);

  // Hand in and export; a reviewer imports the file on a fresh store and sees the review against the key.
  const file = await submitAndExport(page, app.dataDir, 'Read the SQL before the config next time.', 'ria.dpe-session.json');
  await becomeReviewerMachine(page, app);
  await unlockNewReviewer(page);
  await page.getByTestId('import-session-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Ria Reviewer' }).click();
  await expect(page.getByTestId('overall-score')).toContainText('/ 100', { timeout: 120_000 });

  await page.getByRole('tab', { name: 'Answers' }).click();
  const key = page.getByTestId('pr-review-key-view');
  await expect(key.getByTestId('key-found')).toContainText(secret.title);
  await expect(key.getByTestId('key-found')).toContainText(swallowed.title);
  // Every seeded issue is listed once, found or missed (a comment may find more than one).
  const found = await key.getByTestId('key-found').locator('li').count();
  expect(found).toBeGreaterThanOrEqual(2);
  await expect(key.getByTestId('key-missed').locator('li')).toHaveCount(getPrReviewKey(pr.id).issues.length - found);
  await expect(key.getByTestId('replay-thread')).toHaveCount(2);
  await expectAccessible(page, 'pr review key view');
  await key.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/33-pr-review-reviewer-key.png` });

  await page.getByRole('tab', { name: 'Replay' }).click();
  const replay = page.getByTestId('pr-review-replay');
  await expect(replay).toContainText('submitted Request changes');
  await expect(replay.getByTestId('replay-thread').filter({ hasText: 'commits a credential' })).toContainText('Even so');
  await expectAccessible(page, 'pr review replay');
  await page.screenshot({ path: `${shots}/34-pr-review-reviewer-replay.png` });
});

test('keyboard: select lines in the diff, jump to the comment box, add the comment', async ({ page, app }) => {
  preparePrReviewPlan(app.dataDir);
  await openApp(page, app);
  await startAssessment(page, 'Kim Keys');
  await page.getByRole('navigation', { name: 'Exercises' }).getByRole('button', { name: 'Pull request review' }).click();
  await page.getByRole('tab', { name: 'Files changed (4)' }).click();
  // The first file is one the PR adds, shown as a plain read-only editor.
  const firstLine = page.locator('.pr-diff .monaco-editor .view-lines:not([monaco-view-zone]) .view-line').first();
  await expect(firstLine).toBeVisible();
  await firstLine.click({ position: { x: 5, y: 5 } });
  // Down to line 3, then select through line 5.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+End');
  const form = page.getByTestId('new-comment-form');
  await expect(form.getByLabel('First line')).toHaveValue('3');
  await expect(form.getByLabel('Last line')).toHaveValue('5');
  await page.keyboard.press('Control+Alt+m');
  const text = form.getByRole('textbox', { name: 'Comment' });
  await expect(text).toBeFocused();
  await page.keyboard.type('Could we import only what is used? The unused import would confuse readers.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('comment-item')).toHaveCount(1);
  await expect(page.getByTestId('comment-item')).toContainText('lines 3–5');
});
