// Unit (renderer, pure): two comments saved within one millisecond are both kept (the reducer drops an action whose id
// is already taken, so ids must not come from the clock).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReview, foldReviewActions, PrReviewActionSchema } from '../../../../exercises/pr-review/review-actions';
import { freshId } from './fresh-id';

afterEach(() => vi.restoreAllMocks());

describe('comment ids', () => {
  it('keeps both comments when the candidate saves two in the same millisecond', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_764_000_000_000);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const actions = [14, 21].map((line) =>
      PrReviewActionSchema.parse({ kind: 'comment-added', commentId: freshId('c'), file: 'dags/export.py', startLine: line, endLine: line, category: 'security', severity: 'major', text: `line ${line}` }),
    );
    const review = foldReviewActions(actions, emptyReview());
    expect(review.comments.map((c) => c.text)).toEqual(['line 14', 'line 21']);
  });
});
