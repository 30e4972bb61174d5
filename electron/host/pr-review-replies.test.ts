// Unit tests (Node): the author-reply handler answers only a submitted review, reads it from the session's own log
// (not from anything the page sends), and returns reply texts without the key's stances.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../contract/session';
import { genericAuthorReplies } from '../../exercises/pr-review/generic-replies';
import type { PrReviewAction } from '../../exercises/pr-review/review-actions';
import { authorRepliesForSession, createPrReviewRepliesHandler } from './pr-review-replies';

const secretComment: PrReviewAction = {
  kind: 'comment-added', commentId: 'c1', file: 'config/partner_export.yaml', startLine: 14, endLine: 14, category: 'security', severity: 'blocker',
  text: 'The SFTP password is hard-coded; could we move it to the secrets backend and rotate it?',
};

function session(actions: PrReviewAction[], answers: Record<string, unknown> = {}): Session {
  return {
    sessionId: '00000000-0000-4000-8000-000000000001',
    plan: { exercises: [{ exerciseId: 'pr-review', minutes: 25, variantId: 'partner-orders-export' }] },
    answers,
    events: actions.map((data, seq) => ({ seq, at: '2026-11-24T10:00:00.000Z', type: 'action', exerciseId: 'pr-review', data, hash: '0'.repeat(64) })),
  } as unknown as Session;
}

describe('the PR author\u2019s replies on the host', () => {
  it('refuses before the review is submitted', () => {
    expect(() => authorRepliesForSession(session([secretComment]))).toThrow(/Submit your review first/);
  });

  it('answers a submitted review with texts only, scripted from the seeded issue the comment found', async () => {
    const handler = createPrReviewRepliesHandler(() => session([secretComment, { kind: 'review-submitted', verdict: 'request-changes', summary: 'Secret.' }]));
    const { replies } = await handler({ sessionId: 'x' });
    expect(replies).toHaveLength(1);
    expect(Object.keys(replies[0]!).sort()).toEqual(['commentId', 'text']);
    expect(replies[0]!.text).toMatch(/only the staging SFTP box/);
  });

  it('goes by the sealed log, not a saved answer that claims other comments', () => {
    const forged = { comments: [{ ...secretComment, commentId: 'c7' }], verdict: 'approve', summary: 'x', submitted: { verdict: 'approve', summary: 'x' }, authorReplies: [], replies: [] };
    expect(() => authorRepliesForSession(session([secretComment], { 'pr-review': forged }))).toThrow(/Submit your review first/);
  });

  it('a kit without the key can answer with the generic set, which names no seeded issue', () => {
    const s = session([secretComment, { kind: 'review-submitted', verdict: 'request-changes', summary: 'Secret.' }]);
    const { replies } = authorRepliesForSession(s, (_variant, review) => genericAuthorReplies(review.comments));
    expect(replies[0]!.text).toMatch(/really a blocker/);
  });
});
