// Unit test (Node): a data folder from before reviewers were people: its one shared audit trail becomes one review
// file per reviewer named in it, nothing dropped, the old file kept as a copy; a second start changes nothing; the
// legacy machine passphrase's owner finds their own trail after their first unlock.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntry, SessionReview } from '../../contract/review';
import { sqlReferenceAnswer } from '../../rubrics/sql';
import { closeTestHosts, PASSPHRASE, testHost } from './fixtures/host-fixture';
import { ReviewerAuth } from './reviewer-auth';
import { legacyReviewerId } from './reviewer-identities';

afterAll(closeTestHosts);

const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name), 'utf8')]));

describe('legacy audit trails', () => {
  it('move into per-reviewer review files on start, keeping every entry, its time and its author', async () => {
    const host = await testHost();
    const { token } = await host.handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: PASSPHRASE, setPassphrase: true });
    await host.handlers.preparePlan({ token, action: 'start-here', draft: { title: 'SQL', exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1, variantMode: 'fixed' } });
    const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    const sessionId = session.sessionId;
    await host.handlers.saveProgress({ sessionId, location: 'sql', answers: { sql: sqlReferenceAnswer('revenue-by-plan') } });
    await host.handlers.submitSession({ sessionId, reflection: 'Checks first.' });
    const { review } = await host.handlers.gradeSession({ token, sessionId });
    const card = (await host.handlers.getSessionForReview({ token, sessionId })).scorecard!;
    const dimension = card.dimensions.find((d) => d.dimensionId === 'sql-data')!;

    // The folder as an older version left it: every reviewer's actions in one list in reviews/<id>.json.
    const audit: AuditEntry[] = [
      { at: '2026-01-05T10:00:00.000Z', reviewer: 'Rita', action: { kind: 'override-dimension', dimensionId: 'sql-data', rating: 4, note: 'Good joins.' }, from: dimension.finalRating, to: 4 },
      { at: '2026-01-05T10:05:00.000Z', reviewer: 'Sam', action: { kind: 'override-dimension', dimensionId: 'sql-data', rating: 2, note: 'Missed the fan-out.' }, from: 4, to: 2 },
      { at: '2026-01-05T10:09:00.000Z', reviewer: 'rita', action: { kind: 'clear-override', target: 'sql-data', note: 'Back to the evidence.' }, from: 2, to: dimension.finalRating },
    ];
    const legacy: SessionReview = { ...review, audit };
    const legacyText = JSON.stringify(legacy);
    rmSync(join(host.dir, 'reviews', sessionId), { recursive: true, force: true });
    writeFileSync(join(host.dir, 'reviews', `${sessionId}.json`), legacyText);

    const restarted = await testHost(host.dir);
    const rita = await restarted.handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: PASSPHRASE, setPassphrase: false });
    const own = await restarted.handlers.getSessionForReview({ token: rita.token, sessionId });
    expect(own.review?.audit.map((e) => [e.at, e.reviewer, e.action.note])).toEqual([
      ['2026-01-05T10:00:00.000Z', 'Rita', 'Good joins.'],
      ['2026-01-05T10:09:00.000Z', 'Rita', 'Back to the evidence.'],
    ]);
    const samFile = join(host.dir, 'reviews', sessionId, `${legacyReviewerId('Sam')}.json`);
    expect(JSON.parse(readFileSync(samFile, 'utf8'))).toMatchObject({ reviewer: { name: 'Sam' }, entries: [{ at: '2026-01-05T10:05:00.000Z', body: { kind: 'action', from: 4, to: 2 } }] });
    expect((await restarted.handlers.listReviewers({ token: rita.token })).reviewers).toContainEqual({ id: legacyReviewerId('Sam'), name: 'Sam', panelLead: false, local: false });
    // The shared file keeps the grades only; the old file is kept as it was.
    expect(JSON.parse(readFileSync(join(host.dir, 'reviews', `${sessionId}.json`), 'utf8')).audit).toEqual([]);
    const copies = readdirSync(join(host.dir, 'reviews', sessionId)).filter((n) => n.startsWith('legacy-review-'));
    expect(copies.map((n) => readFileSync(join(host.dir, 'reviews', sessionId, n), 'utf8'))).toEqual([legacyText]);

    // Starting again moves nothing twice.
    const before = tree(join(host.dir, 'reviews'));
    await testHost(host.dir);
    expect(tree(join(host.dir, 'reviews'))).toEqual(before);

    // A machine that still had the single legacy passphrase: Rita's entries are hers after her first unlock.
    rmSync(join(host.dir, 'reviewers'), { recursive: true });
    rmSync(join(host.dir, 'reviews', sessionId), { recursive: true });
    writeFileSync(join(host.dir, 'reviews', `${sessionId}.json`), legacyText);
    await new ReviewerAuth(host.dir, () => new Date()).setPassphrase(PASSPHRASE);
    const legacyMachine = await testHost(host.dir);
    const converted = await legacyMachine.handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: PASSPHRASE, setPassphrase: false });
    expect(converted.reviewerId).toBe(legacyReviewerId('Rita'));
    expect((await legacyMachine.handlers.getSessionForReview({ token: converted.token, sessionId })).review?.audit).toHaveLength(2);
    expect(existsSync(join(host.dir, 'reviewer-passphrase.json'))).toBe(false);
  }, 60_000);
});
