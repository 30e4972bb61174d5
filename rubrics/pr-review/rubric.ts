// Host only: the PR-review rubric on the seam (criteria, grading, reference reviews, the strings candidates must never
// get), plus what the host's author-reply handler calls.
import type { AuthorReply, PrReviewAnswer, ReviewComment } from '../../exercises/pr-review/review-actions';
import type { ExerciseRubric } from '../kit/rubric-module';
import { authorRepliesFor } from './author-replies';
import { readBareReview } from './bare-review';
import { PR_REVIEW_CRITERIA } from './criteria';
import { gradePrReview } from './grade-pr-review';
import { allPrReviewKeyInputs, getPrReviewKey } from './keys';
import { prReviewReferenceAnswers } from './references';

/** The author's replies to a submitted review: texts only, chosen with the key (see author-replies.ts). */
export function prReviewAuthorReplies(variantId: string, comments: readonly ReviewComment[]): AuthorReply[] {
  return authorRepliesFor(comments, getPrReviewKey(variantId));
}

export const PR_REVIEW_RUBRIC: ExerciseRubric<PrReviewAnswer> = {
  exerciseId: 'pr-review',
  criteria: PR_REVIEW_CRITERIA,
  grade: ({ answer, events, variantId }) => gradePrReview({ answer, events, variantId }),
  referenceAnswers: prReviewReferenceAnswers,
  readAnswerFile: readBareReview,
  secretStrings() {
    // The key's own words: issue notes, the strong comments, the author's scripted replies, why fine lines are fine.
    return allPrReviewKeyInputs().flatMap((key) => [
      ...key.issues.flatMap((i) => [i.notes, i.goodComment, ...(i.reply ? [i.reply.text] : [])]),
      ...key.fineLines.flatMap((f) => [f.why, f.reply]),
    ]);
  },
};
