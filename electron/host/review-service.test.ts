// Unit test: the reviewer's scores on a real graded session: ratings and overrides persist with their audit trail,
// survive re-grading and a host restart, and never touch the sealed session file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqlReferenceAnswer } from '../../rubrics/sql';
import { createHostServices, type HostServices } from './host-services';

const open: HostServices[] = [];
async function host(dataDir: string) {
  const services = await createHostServices({ dataDir, mode: 'browser', version: 'test' });
  open.push(services);
  return services.handlers;
}
afterAll(async () => Promise.all(open.map((s) => s.close())));

async function submittedSqlSession(dataDir: string) {
  const handlers = await host(dataDir);
  const { token } = await handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'correct horse battery', setPassphrase: true });
  await handlers.preparePlan({ token, action: 'start-here', draft: { title: 'SQL', exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1, variantMode: 'fixed' } });
  const { session } = await handlers.startSession({ candidateName: 'Ada', consent: true });
  await handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', answers: { sql: sqlReferenceAnswer('revenue-by-plan') } });
  await handlers.submitSession({ sessionId: session.sessionId, reflection: 'Checks first.' });
  return { handlers, token, sessionId: session.sessionId };
}

describe('reviews', () => {
  it('grades, then keeps each rating and override in an audit trail that survives re-grading and restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpe-review-'));
    const { handlers, token, sessionId } = await submittedSqlSession(dir);
    const sessionFile = readFileSync(join(dir, 'sessions', `${sessionId}.jsonl`), 'utf8');

    const graded = await handlers.gradeSession({ token, sessionId });
    expect(graded.scorecard.overall.coveredWeight).toBeGreaterThan(0);
    expect(graded.scorecard.dimensions.find((d) => d.dimensionId === 'python-scripting')?.finalRating).toBeNull();
    expect((await handlers.listSessions({ token })).sessions[0]?.review.state).toBe('graded');

    const rated = await handlers.applyReviewAction({ token, sessionId, action: { kind: 'rate-criterion', criterionId: 'sql.explanation.rating', rating: 5, note: 'Clear and complete.' } });
    expect(rated.scorecard.criteria.find((c) => c.criterionId === 'sql.explanation.rating')?.score).toBe(1);
    const overridden = await handlers.applyReviewAction({ token, sessionId, action: { kind: 'override-dimension', dimensionId: 'sql-data', rating: 3, note: 'Needed hints in the debrief.' } });
    const sqlDim = overridden.scorecard.dimensions.find((d) => d.dimensionId === 'sql-data')!;
    expect(sqlDim).toMatchObject({ finalRating: 3, overridden: true });
    expect(sqlDim.autoRating).not.toBe(3);
    expect(overridden.review.audit.map((a) => [a.reviewer, a.action.kind, a.to])).toEqual([
      ['Rita', 'rate-criterion', 1],
      ['Rita', 'override-dimension', 3],
    ]);

    await handlers.gradeSession({ token, sessionId });
    const reopened = await host(dir);
    const { token: t2 } = await reopened.unlockReviewer({ reviewerName: 'rita', passphrase: 'correct horse battery', setPassphrase: false });
    const again = await reopened.getSessionForReview({ token: t2, sessionId });
    expect(again.review?.audit).toHaveLength(2);
    expect(again.scorecard?.dimensions.find((d) => d.dimensionId === 'sql-data')?.finalRating).toBe(3);
    expect((await reopened.listSessions({ token: t2 })).sessions[0]?.review.state).toBe('reviewed');
    expect(readFileSync(join(dir, 'sessions', `${sessionId}.jsonl`), 'utf8')).toBe(sessionFile);
  });

  it('refuses an override without a reason or for a criterion the session does not have', async () => {
    const { handlers, token, sessionId } = await submittedSqlSession(mkdtempSync(join(tmpdir(), 'dpe-review-')));
    await handlers.gradeSession({ token, sessionId });
    await expect(handlers.applyReviewAction({ token, sessionId, action: { kind: 'override-criterion', criterionId: 'python.hidden.scale', score: 1, note: 'ok then' } })).rejects.toThrow('no criterion');
  });
});
