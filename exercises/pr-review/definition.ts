// Pure (all processes): the PR-review exercise's definition: the PR variants, the review as a fold of typed actions,
// and how a review reads for the reviewer's answers and replay views.
import type { AnswerSection, ExerciseDefinition } from '../../contract/exercise-definition';
import { PR_REVIEW_COMMENTS_SECTION, PR_REVIEW_TONE_RATING } from './rated-criteria';
import { emptyReview, PrReviewActionSchema, PrReviewAnswerSchema, type PrReviewAnswer } from './review-actions';
import { getPrVariant, listPrVariants } from './variants';

const VERDICT_LABEL = { approve: 'Approve', comment: 'Comment', 'request-changes': 'Request changes' } as const;

export function describePrReview(answer: PrReviewAnswer, variantId: string): AnswerSection[] {
  const pr = getPrVariant(variantId);
  const verdict = answer.verdict ? VERDICT_LABEL[answer.verdict] : 'none yet';
  const status = answer.submitted
    ? `Submitted: ${VERDICT_LABEL[answer.submitted.verdict]}${answer.verdict && answer.verdict !== answer.submitted.verdict ? `; changed to ${verdict} after the author replied` : ''}`
    : `Not submitted (draft verdict: ${verdict})`;
  const comments = answer.comments.map((c) => `${c.commentId} · ${c.file}:${c.startLine}${c.endLine > c.startLine ? `-${c.endLine}` : ''} · ${c.category} · ${c.severity}\n${c.text}`);
  const author = pr.author.name.split(' ')[0];
  const conversation = answer.authorReplies.flatMap((a) => [
    `On ${a.commentId}, ${author}: ${a.text}`,
    ...answer.replies.filter((r) => r.commentId === a.commentId).map((r) => `Candidate: ${r.text}`),
  ]);
  return [
    { title: 'Verdict and summary', kind: 'text', text: `${status}\n\n${answer.summary || '(no summary)'}` },
    { title: PR_REVIEW_COMMENTS_SECTION, kind: 'list', text: comments.join('\n\n') || '(no comments)' },
    { title: 'Conversation with the author', kind: 'text', text: conversation.join('\n\n') || '(no conversation)' },
  ];
}

export const PR_REVIEW_DEFINITION: ExerciseDefinition<PrReviewAnswer> = {
  exerciseId: 'pr-review',
  title: 'Pull request review',
  summary: 'Review a teammate\u2019s pipeline change: leave line comments with a category and severity, give a verdict, then answer the author.',
  defaultMinutes: 25,
  scored: true,
  available: true,
  variants: listPrVariants().map((pr) => ({ variantId: pr.id, title: pr.variantTitle })),
  answerSchema: PrReviewAnswerSchema,
  starterAnswer: () => emptyReview(),
  actionSchema: PrReviewActionSchema,
  hasRuns: false,
  describeAnswer: describePrReview,
  ratedCriteria: [PR_REVIEW_TONE_RATING],
};
