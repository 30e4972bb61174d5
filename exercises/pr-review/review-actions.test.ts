// Unit tests (pure): the review state is a fold of the candidate's actions; out-of-order actions change nothing.
import { describe, expect, it } from 'vitest';
import { PR_REVIEW_DEFINITION } from './definition';
import { actionsFromEvents, emptyReview, foldReviewActions, PrReviewActionSchema, type PrReviewAction } from './review-actions';
import { genericAuthorReplies } from './generic-replies';
import { listPrVariants } from './variants';

const add = (commentId: string, over: Partial<PrReviewAction> = {}): PrReviewAction =>
  ({ kind: 'comment-added', commentId, file: 'dags/x.py', startLine: 3, endLine: 4, category: 'security', severity: 'major', text: `comment ${commentId}`, ...over }) as PrReviewAction;

describe('folding review actions', () => {
  it('adds, edits and deletes comments in order', () => {
    const state = foldReviewActions([add('c1'), add('c2'), { kind: 'comment-edited', commentId: 'c1', category: 'reliability', severity: 'blocker', text: 'edited' }, { kind: 'comment-deleted', commentId: 'c2' }]);
    expect(state.comments).toEqual([{ commentId: 'c1', file: 'dags/x.py', startLine: 3, endLine: 4, category: 'reliability', severity: 'blocker', text: 'edited' }]);
  });

  it('locks the comments once the review is submitted, but takes replies to threads the author answered', () => {
    const state = foldReviewActions([
      add('c1'),
      { kind: 'review-submitted', verdict: 'request-changes', summary: 'Fix the secret.' },
      add('c2'),
      { kind: 'comment-deleted', commentId: 'c1' },
      { kind: 'author-replied', replies: [{ commentId: 'c1', text: 'It is only staging.' }, { commentId: 'c9', text: 'unknown thread' }] },
      { kind: 'reply-posted', replyId: 'r1', commentId: 'c1', text: 'Still needs to move.' },
      { kind: 'reply-posted', replyId: 'r2', commentId: 'c5', text: 'No such thread' },
      { kind: 'verdict-changed', verdict: 'comment', summary: 'Changed my mind.' },
    ]);
    expect(state.comments.map((c) => c.commentId)).toEqual(['c1']);
    expect(state.authorReplies).toEqual([{ commentId: 'c1', text: 'It is only staging.' }]);
    expect(state.replies.map((r) => r.replyId)).toEqual(['r1']);
    expect(state.submitted).toEqual({ verdict: 'request-changes', summary: 'Fix the secret.' });
    expect(state.verdict).toBe('comment');
  });

  it('keeps the draft verdict before submitting and ignores a second submission', () => {
    const state = foldReviewActions([
      { kind: 'draft-changed', verdict: 'approve', summary: 'draft' },
      { kind: 'review-submitted', verdict: 'request-changes', summary: 'first' },
      { kind: 'review-submitted', verdict: 'approve', summary: 'second' },
    ]);
    expect(state.submitted?.summary).toBe('first');
    expect(state.verdict).toBe('request-changes');
  });

  it('refuses a range that ends before it starts, in the schema and in the fold', () => {
    expect(PrReviewActionSchema.safeParse({ ...add('c1'), startLine: 0 }).success).toBe(false);
    expect(foldReviewActions([add('c1', { startLine: 5, endLine: 2 })]).comments).toEqual([]);
  });

  it('reads actions from stored events up to a sequence number, skipping other events and bad payloads', () => {
    const events = [
      { seq: 1, type: 'action', data: add('c1') },
      { seq: 2, type: 'navigated', data: { to: 'overview' } },
      { seq: 3, type: 'action', data: { kind: 'comment-added' } },
      { seq: 4, type: 'action', data: add('c2') },
    ];
    expect(actionsFromEvents(events).map((a) => (a as { commentId: string }).commentId)).toEqual(['c1', 'c2']);
    expect(actionsFromEvents(events, 3)).toHaveLength(1);
  });
});

describe('the definition and content', () => {
  it('has at least two valid PR variants with a DAG, Python, SQL and a config file each', () => {
    const variants = listPrVariants();
    expect(variants.length).toBeGreaterThanOrEqual(2);
    for (const pr of variants) expect(pr.files.map((f) => f.language).sort()).toEqual(['python', 'python', 'sql', 'yaml']);
    expect(PR_REVIEW_DEFINITION.variants.map((v) => v.variantId)).toEqual(variants.map((v) => v.id));
  });

  it('starts empty, and describes a review for the reviewer', () => {
    expect(PR_REVIEW_DEFINITION.starterAnswer('crm-contacts-sync')).toEqual(emptyReview());
    const sections = PR_REVIEW_DEFINITION.describeAnswer(foldReviewActions([add('c1'), { kind: 'review-submitted', verdict: 'request-changes', summary: 'Needs work.' }]), 'crm-contacts-sync');
    expect(sections.map((s) => s.title)).toEqual(['Verdict and summary', 'Review comments', 'Conversation with the author']);
    expect(sections[0]!.text).toContain('Submitted: Request changes');
    expect(sections[1]!.text).toContain('c1 · dags/x.py:3-4 · security · major');
  });
});

describe('generic author replies (no key at hand)', () => {
  it('pushes back on the weightiest security comment and asks about scope on another', () => {
    const replies = genericAuthorReplies([
      { commentId: 'c1', file: 'a', startLine: 1, endLine: 1, category: 'readability', severity: 'nit', text: 'x' },
      { commentId: 'c2', file: 'a', startLine: 2, endLine: 2, category: 'security', severity: 'blocker', text: 'y' },
    ]);
    expect(replies.map((r) => r.commentId)).toEqual(['c1', 'c2']);
    expect(replies[1]!.text).toMatch(/really a blocker/);
    expect(genericAuthorReplies([])).toEqual([]);
  });
});

describe('line diff of a PR file', () => {
  it('counts added and removed lines and marks the added head lines', async () => {
    const { lineDiff } = await import('./line-diff');
    const d = lineDiff('a\nb\nc\n', 'a\nB\nc\nd\n');
    expect([d.added, d.removed]).toEqual([2, 1]);
    expect([...d.addedLines].sort()).toEqual([2, 4]);
    expect(lineDiff('', 'x\ny\n').addedLines.size).toBe(2);
  });
});
