// Unit test (Node): resolving a conflicting review file on a real host: the lead or the reviewer whose file it is
// chooses the copy that stays, another reviewer is refused, a broken incoming chain is refused with nothing changed,
// the copy not kept stays on disk, the resolution is recorded and shown, and a second resolve is refused in words.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewFile } from '../../contract/panel';
import { sqlReferenceAnswer } from '../../rubrics/sql';
import { closeTestHosts, PASSPHRASE, testHost, type TestHost } from './fixtures/host-fixture';
import { appendEntry, headOf } from './review-chain';
import { conflictFileName, serialiseReviewFile } from './review-files';

const SQL_PLAN = { title: 'SQL', exercises: [{ exerciseId: 'sql' as const, minutes: 45, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1, variantMode: 'fixed' as const };
const SAM_ID = '5a5a5a5a-0000-4000-8000-000000000001';

/** Every file under reviews/, path to content: "nothing changed" is checked byte for byte. */
function reviewFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = join(rel, name);
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  walk('reviews');
  return files;
}

const action = (to: number) => ({ kind: 'action' as const, action: { kind: 'override-dimension' as const, dimensionId: 'sql-data' as const, rating: to, note: `Sam says ${to}` }, from: null, to });

let host: TestHost;
let sessionId: string;
let rita: { token: string; reviewerId: string };
let nia: { token: string; reviewerId: string };
let samBase: ReviewFile;
let samStored: ReviewFile;
let samFork: ReviewFile;
let niaStored: ReviewFile;
let niaFork: ReviewFile;
const readJson = (rel: string) => JSON.parse(readFileSync(join(host.dir, rel), 'utf8')) as ReviewFile;

beforeAll(async () => {
  // Laptop A: Rita (panel lead) and Nia (reviewer); Ada takes the SQL exercise; Rita rates and submits.
  const first = await testHost();
  const r = await first.handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: PASSPHRASE, setPassphrase: true });
  await first.handlers.addReviewer({ token: r.token, name: 'Nia', passphrase: 'nia chose this herself', panelLead: false });
  const n = await first.handlers.unlockReviewer({ reviewerName: 'Nia', passphrase: 'nia chose this herself', setPassphrase: false });
  await first.handlers.preparePlan({ token: r.token, action: 'start-here', draft: SQL_PLAN });
  ({ sessionId } = (await first.handlers.startSession({ candidateName: 'Ada', consent: true })).session);
  await first.handlers.saveProgress({ sessionId, location: 'sql', answers: { sql: sqlReferenceAnswer('revenue-by-plan') } });
  await first.handlers.submitSession({ sessionId, reflection: 'Checks first.' });
  await first.handlers.gradeSession({ token: r.token, sessionId });
  await first.handlers.submitReview({ token: r.token, sessionId, notes: [], recommendation: 'hire', summary: 'Rita: solid SQL work overall.' });
  first.advance(60_000);
  await first.handlers.applyReviewAction({ token: n.token, sessionId, action: { kind: 'override-dimension', dimensionId: 'sql-data', rating: 3, note: 'Nia on this laptop.' } });

  // Sam, a reviewer of another laptop: his file arrives, then a copy that forked from it (a conflict, kept aside).
  const empty: ReviewFile = { format: 'dpe-review-file', version: 1, sessionId, reviewer: { id: SAM_ID, name: 'Sam' }, entries: [] };
  const base = (samBase = appendEntry(empty, action(3), '2026-01-05T10:00:00.000Z', null));
  samStored = appendEntry(base, action(4), '2026-01-05T11:00:00.000Z', null);
  samFork = appendEntry(appendEntry(base, action(2), '2026-01-05T12:00:00.000Z', null), action(1), '2026-01-05T12:30:00.000Z', null);
  for (const [name, file] of [['sam.json', samStored], ['sam-fork.json', samFork]] as const) {
    await first.handlers.importReviewFiles({ token: r.token, fileName: name, content: JSON.stringify(file) });
  }
  // Nia's own file has a conflicting copy too (as the migration of a legacy trail can leave); the host reads it at start.
  niaStored = JSON.parse(readFileSync(join(first.dir, 'reviews', sessionId, `${n.reviewerId}.json`), 'utf8')) as ReviewFile;
  niaFork = appendEntry({ ...niaStored, entries: [] }, action(5), '2026-01-04T09:00:00.000Z', null);
  writeFileSync(join(first.dir, 'reviews', sessionId, conflictFileName(niaFork)), serialiseReviewFile(niaFork));

  host = await testHost(first.dir, Date.UTC(2026, 0, 6, 9, 0, 0));
  rita = await host.handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: PASSPHRASE, setPassphrase: false });
  nia = await host.handlers.unlockReviewer({ reviewerName: 'Nia', passphrase: 'nia chose this herself', setPassphrase: false });
}, 120_000);
afterAll(closeTestHosts);

const samConflict = (keep: 'stored' | 'incoming') => ({ sessionId, reviewerId: SAM_ID, storedHead: headOf(samStored), incomingHead: headOf(samFork), keep });

describe('resolving a conflicting review file', () => {
  it('shows both copies side by side: entries, last change and fingerprints', async () => {
    const panel = await host.handlers.getPanel({ token: rita.token, sessionId });
    expect(panel.conflicts.find((c) => c.reviewerId === SAM_ID)).toMatchObject({
      storedHead: headOf(samStored),
      incomingHead: headOf(samFork),
      storedEntries: 2,
      incomingEntries: 3,
      storedLastAt: '2026-01-05T11:00:00.000Z',
      incomingLastAt: '2026-01-05T12:30:00.000Z',
    });
  });

  it("refuses a reviewer who is neither the file's owner nor a panel lead, and changes nothing", async () => {
    const before = reviewFiles(host.dir);
    const refused = await host.call('resolveReviewConflict', { token: nia.token, ...samConflict('incoming') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: "Only Sam (whose review file it is) or a panel lead can choose which copy of Sam's review stays. Nothing was changed." } });
    expect(reviewFiles(host.dir)).toEqual(before);
  });

  it('refuses an incoming copy whose chain is broken on disk, and changes nothing', async () => {
    const conflictPath = join(host.dir, 'reviews', sessionId, conflictFileName(samFork));
    const good = readFileSync(conflictPath, 'utf8');
    const edited = JSON.parse(good) as ReviewFile;
    const entry = edited.entries[1]!;
    if (entry.body.kind === 'action') entry.body.to = 5; // changed after it was written; its hash no longer matches
    writeFileSync(conflictPath, serialiseReviewFile(edited));
    const before = reviewFiles(host.dir);
    const refused = await host.call('resolveReviewConflict', { token: rita.token, ...samConflict('incoming') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'integrity', message: expect.stringContaining("The incoming copy of Sam's review cannot be used: entry 2 was changed after it was written") } });
    expect(reviewFiles(host.dir)).toEqual(before);
    expect((await host.handlers.getPanel({ token: rita.token, sessionId })).conflicts.map((c) => c.reviewerId)).toContain(SAM_ID);
    writeFileSync(conflictPath, good);
  });

  it('lets a panel lead use the incoming copy: it becomes the file, the stored one is kept aside, the panel shows who did it', async () => {
    const storedPath = join('reviews', sessionId, `${SAM_ID}.json`);
    const storedBefore = readFileSync(join(host.dir, storedPath), 'utf8');
    host.advance(5 * 60_000);
    const { panel, message } = await host.handlers.resolveReviewConflict({ token: rita.token, ...samConflict('incoming') });
    expect(message).toMatch(/^Resolved by Rita on 2026-01-06 09:05 UTC: kept the incoming copy of Sam's review/);
    expect(headOf(readJson(storedPath))).toBe(headOf(samFork));
    const aside = join('reviews', sessionId, `${SAM_ID}.superseded-${headOf(samStored).slice(0, 8)}.json`);
    expect(readFileSync(join(host.dir, aside), 'utf8')).toBe(storedBefore);
    expect(existsSync(join(host.dir, 'reviews', sessionId, conflictFileName(samFork)))).toBe(false);
    expect(panel.conflicts.map((c) => c.reviewerId)).not.toContain(SAM_ID);
    expect(panel.resolutions).toEqual([
      expect.objectContaining({ reviewerId: SAM_ID, kept: 'incoming', keptHead: headOf(samFork), supersededHead: headOf(samStored), resolvedBy: { id: rita.reviewerId, name: 'Rita' } }),
    ]);
    // Sam's ratings on the panel are now the incoming copy's; the record is on disk for the next start.
    const record = JSON.parse(readFileSync(join(host.dir, 'reviews', sessionId, 'resolutions.json'), 'utf8')) as { resolutions: unknown[] };
    expect(record.resolutions).toHaveLength(1);
  });

  it('refuses a second resolve of the same conflict, saying who resolved it, and changes nothing', async () => {
    const before = reviewFiles(host.dir);
    const again = await host.call('resolveReviewConflict', { token: rita.token, ...samConflict('stored') });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^This conflict is already resolved\. Resolved by Rita on .*: kept the incoming copy of Sam's review/) } });
    expect(reviewFiles(host.dir)).toEqual(before);
    // Importing the copy that was set aside does not bring the conflict back.
    const reimport = await host.handlers.importReviewFiles({ token: rita.token, fileName: 'sam-old.json', content: JSON.stringify(samStored) });
    expect(reimport.results[0]).toMatchObject({ outcome: 'unchanged', message: expect.stringContaining('set aside when Rita resolved the conflict') });
    expect(reviewFiles(host.dir)).toEqual(before);
  });

  it('refuses to resolve a copy that the stored file has come to contain (nothing left to choose)', async () => {
    const c1 = appendEntry(samBase, action(5), '2026-01-06T08:00:00.000Z', null);
    const c2 = appendEntry(c1, action(1), '2026-01-06T08:30:00.000Z', null);
    for (const copy of [c1, c2]) expect((await host.handlers.importReviewFiles({ token: rita.token, fileName: 'sam-again.json', content: JSON.stringify(copy) })).results[0]!.outcome).toBe('conflict');
    const current = readJson(join('reviews', sessionId, `${SAM_ID}.json`));
    await host.handlers.resolveReviewConflict({ token: rita.token, sessionId, reviewerId: SAM_ID, storedHead: headOf(current), incomingHead: headOf(c2), keep: 'incoming' });
    expect((await host.handlers.getPanel({ token: rita.token, sessionId })).conflicts.map((c) => c.reviewerId)).not.toContain(SAM_ID);
    const before = reviewFiles(host.dir);
    const refused = await host.call('resolveReviewConflict', { token: rita.token, sessionId, reviewerId: SAM_ID, storedHead: headOf(c2), incomingHead: headOf(c1), keep: 'incoming' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining("Sam's stored review already contains the incoming copy") } });
    expect(reviewFiles(host.dir)).toEqual(before);
  });

  it('lets the reviewer whose file it is keep the stored copy; the incoming one is kept aside, not deleted', async () => {
    const conflict = { sessionId, reviewerId: nia.reviewerId, storedHead: headOf(niaStored), incomingHead: headOf(niaFork) };
    const stale = await host.call('resolveReviewConflict', { token: nia.token, ...conflict, storedHead: headOf(niaFork), keep: 'stored' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining("Nia's stored review changed since you compared the copies") } });
    const storedBefore = readFileSync(join(host.dir, 'reviews', sessionId, `${nia.reviewerId}.json`), 'utf8');
    const conflictBefore = readFileSync(join(host.dir, 'reviews', sessionId, conflictFileName(niaFork)), 'utf8');
    const { message } = await host.handlers.resolveReviewConflict({ token: nia.token, ...conflict, keep: 'stored' });
    expect(message).toContain("Resolved by Nia on 2026-01-06 09:05 UTC: kept the stored copy of Nia's review");
    expect(readFileSync(join(host.dir, 'reviews', sessionId, `${nia.reviewerId}.json`), 'utf8')).toBe(storedBefore);
    expect(readFileSync(join(host.dir, 'reviews', sessionId, `${nia.reviewerId}.superseded-${headOf(niaFork).slice(0, 8)}.json`), 'utf8')).toBe(conflictBefore);
    expect(existsSync(join(host.dir, 'reviews', sessionId, conflictFileName(niaFork)))).toBe(false);
    expect((await host.handlers.getPanel({ token: rita.token, sessionId })).resolutions?.map((r) => [r.reviewerName, r.kept, r.resolvedBy.name])).toEqual([
      ['Sam', 'incoming', 'Rita'],
      ['Sam', 'incoming', 'Rita'],
      ['Nia', 'stored', 'Nia'],
    ]);
  });

  it("exports one session's review file with the candidate and session in its name", async () => {
    const { fileName, content } = await host.handlers.exportReviewFiles({ token: rita.token, sessionId });
    expect(fileName).toBe(`reviews-rita-ada-${sessionId.slice(0, 8)}-2026-01-06.dpe-reviews.json`);
    expect((JSON.parse(content) as { files: ReviewFile[] }).files.map((f) => [f.sessionId, f.reviewer.name])).toEqual([[sessionId, 'Rita']]);
  });
});
