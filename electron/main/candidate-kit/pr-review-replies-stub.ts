// Electron main, candidate kit only: stands in for rubrics/pr-review/rubric.ts where electron/host/pr-review-replies.ts
// imports it, so the PR author answers from the candidate's own comments (no seeded-issue key ships in the kit).
import { genericAuthorReplies } from '../../../exercises/pr-review/generic-replies';
import type { AuthorReply, ReviewComment } from '../../../exercises/pr-review/review-actions';

export function prReviewAuthorReplies(_variantId: string, comments: readonly ReviewComment[]): AuthorReply[] {
  return genericAuthorReplies(comments);
}
