// Unit tests (Node): grading whole reviews: a thorough one scores high, nitpicks score low on recall, "LGTM" approval
// raises the red flag, conceding the secret raises one too, and the reference reviews rank in order.
import { describe, expect, it } from 'vitest';
import type { ExerciseGrade } from '../../contract/scoring';
import { foldReviewActions, type PrReviewAction } from '../../exercises/pr-review/review-actions';
import { PR_REVIEW_VARIANT_IDS } from '../../exercises/pr-review/variants';
import { PR_REVIEW_CRITERION_IDS as ID, PR_REVIEW_SIGNAL_IDS as SIG } from './criteria';
import { gradePrReview } from './grade-pr-review';
import { prReviewReferenceAnswers } from './references';
import { prReviewAuthorReplies } from './rubric';
import { readBareReview } from './bare-review';
import { getPrReviewKey } from './keys';

const score = (g: ExerciseGrade, id: string) => g.criteria.find((c) => c.criterionId === id)!.score;
const autoMean = (g: ExerciseGrade) => {
  const auto = g.criteria.filter((c) => c.score !== null);
  return auto.reduce((s, c) => s + c.score!, 0) / auto.length;
};
const refs = prReviewReferenceAnswers();
const grade = (r: (typeof refs)[number]) => gradePrReview({ answer: r.answer, events: r.events ?? [], variantId: r.variantId });

describe.each(PR_REVIEW_VARIANT_IDS)('reference reviews for %s', (variantId) => {
  const byLevel = (level: string) => refs.find((r) => r.variantId === variantId && r.level === level)!;

  it('the strong review scores 1 on every auto criterion and raises no red flag', async () => {
    const g = await grade(byLevel('strong'));
    for (const c of g.criteria.filter((x) => x.criterionId !== ID.toneRating)) expect([c.criterionId, c.score]).toEqual([c.criterionId, 1]);
    expect(g.signals.filter((s) => s.kind === 'red-flag')).toEqual([]);
    expect(g.signals.map((s) => s.signalId)).toContain(SIG.thorough);
  });

  it('the untouched starter scores 0 on every auto criterion', async () => {
    const g = await grade(byLevel('starter'));
    for (const c of g.criteria.filter((x) => x.criterionId !== ID.toneRating)) expect([c.criterionId, c.score]).toEqual([c.criterionId, 0]);
  });

  it('ranks strong > adequate > weak > red flag', async () => {
    const means = await Promise.all(['strong', 'adequate', 'weak', 'red-flag'].map(async (l) => autoMean(await grade(byLevel(l)))));
    for (let i = 1; i < means.length; i++) expect(means[i - 1]!, `level ${i - 1} vs ${i}: ${means.join(', ')}`).toBeGreaterThan(means[i]!);
  });

  it('an "LGTM" approval with no comments is the approved-secret red flag; no other level raises it', async () => {
    const red = await grade(byLevel('red-flag'));
    expect(red.signals.filter((s) => s.kind === 'red-flag').map((s) => s.signalId)).toEqual([SIG.approvedSecret]);
    for (const level of ['strong', 'adequate', 'weak']) expect((await grade(byLevel(level))).signals.map((s) => s.signalId)).not.toContain(SIG.approvedSecret);
  });

  it('a nitpick-only review scores low on recall and is marked as such', async () => {
    const g = await grade(byLevel('weak'));
    expect(score(g, ID.foundSecurity)).toBe(0);
    expect(score(g, ID.foundPipelines)).toBe(0);
    expect(score(g, ID.foundPython)!).toBeLessThan(0.15);
    expect(g.signals.map((s) => s.signalId)).toContain(SIG.nitpickOnly);
  });
});

describe('the conversation', () => {
  const variantId = 'partner-orders-export';
  const strong = refs.find((r) => r.variantId === variantId && r.level === 'strong')!;

  it('the author answers two or three comments: a wrong pushback on the secret and a valid one', () => {
    const replies = prReviewAuthorReplies(variantId, strong.answer.comments);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(replies.length).toBeLessThanOrEqual(3);
    expect(replies.some((r) => /only the staging/.test(r.text))).toBe(true);
    expect(replies.some((r) => /CI image/.test(r.text))).toBe(true);
  });

  it('a flagged fine line gets the author\u2019s explanation', () => {
    const line = getPrReviewKey(variantId).fineLines.find((f) => f.fineId === 'catchup-off')!.line;
    const replies = prReviewAuthorReplies(variantId, [{ commentId: 'c1', file: 'dags/partner_orders_export.py', startLine: line, endLine: line, category: 'reliability', severity: 'major', text: 'catchup should be on?' }]);
    expect(replies).toEqual([{ commentId: 'c1', text: expect.stringMatching(/catchup is off on purpose/) }]);
  });

  it('conceding the secret after the "only staging" pushback is a red flag and scores 0 on that thread', async () => {
    const actions = (strong.events ?? []).map((e) => e.data as unknown as PrReviewAction);
    const secretThread = foldReviewActions(actions).authorReplies.find((r) => /staging/.test(r.text))!;
    const conceding = actions.map((a) => (a.kind === 'reply-posted' && a.commentId === secretThread.commentId ? { ...a, text: 'Ok fine, leave it for now then.' } : a));
    const events = conceding.map((data, seq) => ({ seq, at: '2026-11-24T10:00:00.000Z', type: 'action', data: data as unknown as Record<string, unknown> }));
    const g = await gradePrReview({ answer: foldReviewActions(conceding), events, variantId });
    expect(g.signals.map((s) => s.signalId)).toContain(SIG.concededSecret);
    expect(score(g, ID.replies)!).toBeLessThan(1);
  });

  it('insulting the author costs the tone score and is flagged', async () => {
    const answer = { ...strong.answer, comments: strong.answer.comments.map((c, i) => (i === 0 ? { ...c, text: 'This is sloppy, obviously the password is hard-coded.' } : c)) };
    const g = await gradePrReview({ answer, events: [], variantId });
    expect(score(g, ID.tone)!).toBeLessThan(1);
    expect(g.signals.map((s) => s.signalId)).toContain(SIG.hostile);
  });
});

describe('the bare review file', () => {
  it('grades a review without an action log, scripting the author\u2019s side of the conversation', async () => {
    const { answer } = readBareReview(
      JSON.stringify({
        comments: [{ file: 'config/partner_export.yaml', startLine: 14, category: 'security', severity: 'blocker', text: 'The SFTP password is hard-coded here; could we move it to the secrets backend and rotate it?' }],
        verdict: 'request-changes',
        summary: 'Secret must go.',
        replies: [{ commentId: 'c1', text: 'Even for staging it has to move out of git and be rotated.' }],
      }),
      'review.json',
    );
    const g = await gradePrReview({ answer, events: [], variantId: 'partner-orders-export' });
    expect(score(g, ID.foundSecurity)!).toBeGreaterThan(0.3);
    expect(score(g, ID.replies)).toBe(1);
  });

  it('says which field is wrong in a malformed file', () => {
    expect(() => readBareReview('{"comments":[{"file":"x","startLine":0}],"verdict":"ok"}', 'bad.json')).toThrow(/bad.json is not a PR review: .*of comment 1 /);
    expect(() => readBareReview('not json', 'bad.json')).toThrow('bad.json is not valid JSON');
  });
});

describe('reading the tone of a comment', () => {
  it('a polite question with a fix but no risk is not full marks; naming the consequence is', async () => {
    const { readTone } = await import('./tone');
    const polite = readTone('Could we rename this?');
    expect(polite.namesRisk).toBeNull();
    expect(polite.score).toBeCloseTo(2 / 3);
    expect(readTone('Could we rename this? Otherwise the next on-call engineer will misread it.').score).toBe(1);
    expect(readTone('This is lazy.').score).toBe(0);
  });
});
