// Unit test (Node): the hiring panel on real graded sessions: ratings stay blind until one's own submission, only a
// panel lead decides (after submitting), and review files travel between two laptops: added, unchanged byte for
// byte on a second import, fast-forwarded, a diverging copy kept (not overwritten), a tampered chain refused.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewBundle, ReviewFile } from '../../contract/panel';
import { sqlReferenceAnswer } from '../../rubrics/sql';
import { closeTestHosts, exportAll, importText, PASSPHRASE, testHost, type TestHost } from './fixtures/host-fixture';
import { appendEntry } from './review-chain';

const SQL_PLAN = { title: 'SQL', exercises: [{ exerciseId: 'sql' as const, minutes: 45, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1, variantMode: 'fixed' as const };

/** Every file under reviews/ (and the reviewers), path to content: "nothing changed" is checked byte for byte. */
function reviewFiles(host: TestHost): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(host.dir, rel))) {
      const path = join(rel, name);
      if (statSync(join(host.dir, path)).isDirectory()) walk(path);
      else files[path] = readFileSync(join(host.dir, path), 'utf8');
    }
  };
  for (const top of ['reviews', 'reviewers']) if (existsSync(join(host.dir, top))) walk(top);
  return files;
}

let a: TestHost;
let b: TestHost;
let sessionId: string;
let rita: { token: string; reviewerId: string };
let nia: { token: string; reviewerId: string };
let sam: { token: string; reviewerId: string };

beforeAll(async () => {
  // Laptop A: Rita (the machine's first reviewer, a panel lead) adds Nia; a candidate takes the SQL exercise here.
  a = await testHost();
  rita = await a.handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: PASSPHRASE, setPassphrase: true });
  a.advance(1_000);
  await a.handlers.addReviewer({ token: rita.token, name: 'Nia', passphrase: 'nia chose this herself', panelLead: false });
  nia = await a.handlers.unlockReviewer({ reviewerName: 'Nia', passphrase: 'nia chose this herself', setPassphrase: false });
  await a.handlers.preparePlan({ token: rita.token, action: 'start-here', draft: SQL_PLAN });
  const { session } = await a.handlers.startSession({ candidateName: 'Ada', consent: true });
  sessionId = session.sessionId;
  await a.handlers.saveProgress({ sessionId, location: 'sql', answers: { sql: sqlReferenceAnswer('revenue-by-plan') } });
  await a.handlers.submitSession({ sessionId, reflection: 'Checks first.' });
  await a.handlers.gradeSession({ token: rita.token, sessionId });

  // Laptop B: Sam reviews the same session from its exported file.
  b = await testHost();
  sam = await b.handlers.unlockReviewer({ reviewerName: 'Sam', passphrase: PASSPHRASE, setPassphrase: true });
  await importText(b, sam.token, (await exportAll(a, sessionId)).text);
  await b.handlers.gradeSession({ token: sam.token, sessionId });
}, 120_000);
afterAll(closeTestHosts);

describe('blind ratings', () => {
  it("hides a reviewer's ratings, notes and summary from a colleague until that colleague submits", async () => {
    const override = { kind: 'override-dimension', dimensionId: 'sql-data', rating: 5, note: 'RITA-EVIDENCE: joins on the right key' } as const;
    await a.handlers.applyReviewAction({ token: rita.token, sessionId, action: override });
    a.advance(60_000);
    await expect(a.handlers.recordDecision({ token: rita.token, sessionId, decision: 'hire', rationale: 'Deciding before my own review.' })).rejects.toThrow(
      'Submit your own ratings of this candidate first',
    );
    await a.handlers.submitReview({ token: rita.token, sessionId, notes: [{ dimensionId: 'sql-data', note: 'RITA-NOTE' }], recommendation: 'strong-hire', summary: 'RITA-SUMMARY strong on data quality.' });

    // Nia, before submitting: her own (empty) trail, her own scorecard, and a blind panel, wherever she looks.
    const own = await a.handlers.getSessionForReview({ token: nia.token, sessionId });
    expect(own.review?.audit).toEqual([]);
    expect(own.scorecard?.dimensions.find((d) => d.dimensionId === 'sql-data')).toMatchObject({ overridden: false });
    const panel = await a.handlers.getPanel({ token: nia.token, sessionId });
    expect(panel).toMatchObject({ state: 'blind', reviewers: [{ name: 'Rita', submitted: true, revised: false }], dimensions: [], submissions: [] });
    const row = (await a.handlers.listSessions({ token: nia.token })).sessions[0]!;
    expect(row.panel).toEqual({ myReview: 'none', submittedCount: 1, decision: null, disagreements: null });
    a.advance(60_000);
    const niaRates = await a.handlers.applyReviewAction({ token: nia.token, sessionId, action: { kind: 'override-dimension', dimensionId: 'sql-data', rating: 2, note: 'Needed hints on the join.' } });
    for (const reply of [own, panel, row, niaRates]) expect(JSON.stringify(reply)).not.toMatch(/RITA-|strong-hire/);
    expect(niaRates.review.audit.map((e) => e.reviewer)).toEqual(['Nia']);
    expect((await a.handlers.listSessions({ token: nia.token })).sessions[0]!.panel?.myReview).toBe('draft');

    // After her own submission the panel opens, and the two-level gap on SQL is flagged.
    const { panel: opened } = await a.handlers.submitReview({ token: nia.token, sessionId, notes: [], recommendation: 'no-hire', summary: 'Missed the fan-out at first.' });
    expect(opened.state).toBe('open');
    expect(opened.dimensions.find((d) => d.dimensionId === 'sql-data')).toMatchObject({
      ratings: [
        { reviewerId: rita.reviewerId, rating: 5, note: 'RITA-NOTE' },
        { reviewerId: nia.reviewerId, rating: 2, note: '' },
      ],
      spread: 3,
      disagreement: true,
    });
    expect(opened.submissions.map((s) => [s.name, s.recommendation])).toEqual([
      ['Rita', 'strong-hire'],
      ['Nia', 'no-hire'],
    ]);
    expect((await a.handlers.listSessions({ token: nia.token })).sessions[0]!.panel).toMatchObject({ myReview: 'submitted', submittedCount: 2, disagreements: 1 });
    // Rita's own scorecard is still hers alone.
    expect((await a.handlers.getSessionForReview({ token: rita.token, sessionId })).review?.audit.map((e) => e.reviewer)).toEqual(['Rita']);
  }, 60_000);

  it('lets only a panel lead add reviewers or record the decision, which is audited in the lead’s own file', async () => {
    await expect(a.handlers.addReviewer({ token: nia.token, name: 'Eve', passphrase: 'eve would like in', panelLead: true })).rejects.toMatchObject({ code: 'forbidden' });
    const refused = await a.call('recordDecision', { token: nia.token, sessionId, decision: 'no-hire', rationale: 'I am not a lead but I decide.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Only a panel lead records the decision') } });
    const { panel } = await a.handlers.recordDecision({ token: rita.token, sessionId, decision: 'hire', rationale: 'Data quality outweighs the hints needed.' });
    expect(panel.decision).toMatchObject({ decision: 'hire', by: 'Rita', reviewerId: rita.reviewerId });
    const ritaFile = JSON.parse(readFileSync(join(a.dir, 'reviews', sessionId, `${rita.reviewerId}.json`), 'utf8')) as ReviewFile;
    expect(ritaFile.entries.map((e) => e.body.kind)).toEqual(['action', 'submit', 'decision']);
    expect((await a.handlers.listSessions({ token: nia.token })).sessions[0]!.panel?.decision).toBe('hire');
  });
});

describe('review files between laptops', () => {
  let firstBundle: ReviewBundle;

  it('adds a colleague’s file, and importing it again changes nothing, byte for byte', async () => {
    b.advance(3_600_000);
    await b.handlers.applyReviewAction({ token: sam.token, sessionId, action: { kind: 'override-dimension', dimensionId: 'sql-data', rating: 3, note: 'Fine but slow.' } });
    await b.handlers.submitReview({ token: sam.token, sessionId, notes: [], recommendation: 'hire', summary: 'Solid SQL, some hesitation.' });
    const exported = await b.handlers.exportReviewFiles({ token: sam.token });
    expect(exported.fileName).toMatch(/^reviews-sam-\d{4}-\d\d-\d\d\.dpe-reviews\.json$/);
    firstBundle = JSON.parse(exported.content) as ReviewBundle;
    expect(firstBundle.files.map((f) => [f.reviewer.name, f.entries.length])).toEqual([['Sam', 2]]);

    const added = await a.handlers.importReviewFiles({ token: rita.token, fileName: exported.fileName, content: exported.content });
    expect(added.results).toEqual([expect.objectContaining({ sessionId, reviewerName: 'Sam', outcome: 'added' })]);
    const before = reviewFiles(a);
    const again = await a.handlers.importReviewFiles({ token: rita.token, fileName: exported.fileName, content: exported.content });
    expect(again.results.map((r) => r.outcome)).toEqual(['unchanged']);
    expect(reviewFiles(a)).toEqual(before);
    const panel = await a.handlers.getPanel({ token: rita.token, sessionId });
    expect(panel.submissions.map((s) => s.name)).toEqual(['Rita', 'Nia', 'Sam']);
    expect((await a.handlers.listReviewers({ token: rita.token })).reviewers.map((r) => [r.name, r.local])).toEqual([
      ['Rita', true],
      ['Nia', true],
      ['Sam', false],
    ]);
  }, 30_000);

  it('fast-forwards to a longer copy of the same chain, and shows the revision', async () => {
    await b.handlers.submitReview({ token: sam.token, sessionId, notes: [], recommendation: 'no-hire', summary: 'Revised after the panel: the fan-out matters.' });
    const exported = await b.handlers.exportReviewFiles({ token: sam.token, sessionId });
    const updated = await a.handlers.importReviewFiles({ token: rita.token, fileName: exported.fileName, content: exported.content });
    expect(updated.results).toEqual([expect.objectContaining({ outcome: 'updated', message: expect.stringContaining('1 newer entry added') })]);
    // The older copy is a prefix of what is stored now: nothing to do.
    expect((await a.handlers.importReviewFiles({ token: rita.token, fileName: 'old.json', content: JSON.stringify(firstBundle) })).results[0]!.outcome).toBe('unchanged');
    const panel = await a.handlers.getPanel({ token: rita.token, sessionId });
    expect(panel.reviewers.find((r) => r.name === 'Sam')).toMatchObject({ submitted: true, revised: true });
    expect(panel.submissions.find((s) => s.name === 'Sam')?.recommendation).toBe('no-hire');
  }, 30_000);

  it('keeps a diverging copy beside the stored file instead of overwriting it, and lists it as a conflict', async () => {
    const stored = join(a.dir, 'reviews', sessionId, `${sam.reviewerId}.json`);
    const storedBefore = readFileSync(stored, 'utf8');
    // Sam's earlier copy, continued differently (as if edited on a restored backup of laptop B).
    const fork = appendEntry(firstBundle.files[0]!, { kind: 'submit', ratings: [], overallScore: null, recommendation: 'strong-hire', summary: 'A different second thought.' }, '2026-01-05T12:00:00.000Z', null);
    const content = JSON.stringify(fork);
    const result = (await a.handlers.importReviewFiles({ token: rita.token, fileName: 'sam.json', content })).results[0]!;
    expect(result).toMatchObject({ outcome: 'conflict', message: expect.stringContaining('The stored copy is unchanged') });
    expect(readFileSync(stored, 'utf8')).toBe(storedBefore);
    const panel = await a.handlers.getPanel({ token: rita.token, sessionId });
    expect(panel.conflicts).toEqual([expect.objectContaining({ reviewerId: sam.reviewerId, name: 'Sam', incomingFile: expect.stringMatching(/\.conflict-[0-9a-f]{8}\.json$/) })]);
    expect(existsSync(join(a.dir, panel.conflicts[0]!.incomingFile))).toBe(true);
    expect(panel.submissions.find((s) => s.name === 'Sam')?.recommendation).toBe('no-hire');
    const before = reviewFiles(a);
    expect((await a.handlers.importReviewFiles({ token: rita.token, fileName: 'sam.json', content })).results[0]!.outcome).toBe('conflict');
    expect(reviewFiles(a)).toEqual(before);
  });

  it('refuses a tampered chain with a sentence naming the entry, and stores nothing from it', async () => {
    const before = reviewFiles(a);
    const edited = structuredClone(firstBundle);
    const submit = edited.files[0]!.entries[1]!;
    if (submit.body.kind === 'submit') submit.body.recommendation = 'strong-hire';
    const refused = (await a.handlers.importReviewFiles({ token: rita.token, fileName: 'edited.json', content: JSON.stringify(edited) })).results[0]!;
    expect(refused).toMatchObject({ outcome: 'refused', message: expect.stringContaining("in Sam's review of Ada, entry 2 was changed after it was written") });
    const cut = structuredClone(firstBundle);
    cut.files[0]!.entries.splice(0, 1);
    const cutResult = (await a.handlers.importReviewFiles({ token: rita.token, fileName: 'cut.json', content: JSON.stringify(cut) })).results[0]!;
    expect(cutResult).toMatchObject({ outcome: 'refused', message: expect.stringMatching(/entry 1 is out of order|does not follow/) });
    await expect(a.handlers.importReviewFiles({ token: rita.token, fileName: 'notes.txt', content: 'hello' })).rejects.toThrow('notes.txt is not a review file');
    expect(reviewFiles(a)).toEqual(before);
  });

  it("refuses a file that would change a local reviewer's work, and a review of a session not stored here", async () => {
    const ritaOwn = JSON.parse((await a.handlers.exportReviewFiles({ token: rita.token, sessionId })).content) as ReviewBundle;
    const ritaFile = ritaOwn.files[0]!;
    const rewritten = appendEntry({ ...ritaFile, entries: ritaFile.entries.slice(0, 1) }, { kind: 'decision', decision: 'strong-no-hire', rationale: 'Someone else speaking for Rita.' }, '2026-01-05T12:00:00.000Z', null);
    const before = reviewFiles(a);
    const refused = (await a.handlers.importReviewFiles({ token: nia.token, fileName: 'rita.json', content: JSON.stringify(rewritten) })).results[0]!;
    expect(refused).toMatchObject({ outcome: 'refused', message: expect.stringContaining('Rita reviews on this machine') });
    expect(reviewFiles(a)).toEqual(before);

    // On laptop B Rita is a colleague from elsewhere: her file is added there. A third laptop lacks the session.
    expect((await b.handlers.importReviewFiles({ token: sam.token, fileName: 'rita.json', content: JSON.stringify(ritaOwn) })).results[0]!.outcome).toBe('added');
    expect((await b.handlers.listReviewers({ token: sam.token })).reviewers).toContainEqual({ id: rita.reviewerId, name: 'Rita', panelLead: true, local: false });
    const c = await testHost();
    const carl = await c.handlers.unlockReviewer({ reviewerName: 'Carl', passphrase: PASSPHRASE, setPassphrase: true });
    const missing = (await c.handlers.importReviewFiles({ token: carl.token, fileName: 'rita.json', content: JSON.stringify(ritaOwn) })).results[0]!;
    expect(missing).toMatchObject({ outcome: 'refused', message: expect.stringContaining('Import the session of Ada first') });
    await expect(c.handlers.exportReviewFiles({ token: carl.token })).rejects.toThrow('nothing of yours to export');
  }, 30_000);
});
