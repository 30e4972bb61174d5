// Host only: the bare review file `npm run grade -- --exercise pr-review` reads (docs/exercise-pr-review.md): comments,
// verdict, summary and replies, without an action log. The author's replies are the key's, worked out when graded.
import { z } from 'zod';
import { describeIssues } from '../../contract/host-api';
import { CommentCategorySchema, SeveritySchema, VerdictSchema, type PrReviewAnswer } from '../../exercises/pr-review/review-actions';
import { PrReviewAnswerSchema } from '../../exercises/pr-review/review-actions';

export const BareReviewSchema = z.object({
  format: z.literal('dpe-pr-review').optional(),
  version: z.literal(1).optional(),
  comments: z
    .array(
      z.object({
        /** Optional; defaults to c1, c2… in file order. Replies name their thread by it. */
        id: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
        file: z.string().min(1),
        startLine: z.number().int().min(1),
        endLine: z.number().int().min(1).optional(),
        category: CommentCategorySchema,
        severity: SeveritySchema,
        text: z.string().trim().min(1),
      }),
    )
    .max(200),
  verdict: VerdictSchema,
  summary: z.string(),
  /** Replies in the threads the author answers; a reply to a thread the author did not answer is ignored. */
  replies: z.array(z.object({ commentId: z.string(), text: z.string().trim().min(1) })).max(30).default([]),
  /** The verdict after the conversation, when it changed. */
  finalVerdict: VerdictSchema.optional(),
});
export type BareReview = z.infer<typeof BareReviewSchema>;

/** A bare review as a submitted review state whose author replies are still to be scripted (see grade-pr-review.ts). */
export function bareReviewToAnswer(review: BareReview): PrReviewAnswer {
  const comments = review.comments.map((c, i) => ({
    commentId: c.id ?? `c${i + 1}`, file: c.file, startLine: c.startLine, endLine: c.endLine ?? c.startLine, category: c.category, severity: c.severity, text: c.text,
  }));
  const bad = comments.find((c) => c.endLine < c.startLine);
  if (bad) throw new Error(`comment ${bad.commentId}: endLine ${bad.endLine} is before startLine ${bad.startLine}`);
  if (new Set(comments.map((c) => c.commentId)).size !== comments.length) throw new Error('two comments share an id');
  return PrReviewAnswerSchema.parse({
    comments,
    verdict: review.finalVerdict ?? review.verdict,
    summary: review.summary,
    submitted: { verdict: review.verdict, summary: review.summary },
    authorReplies: [],
    replies: review.replies.map((r, i) => ({ replyId: `r${i + 1}`, commentId: r.commentId, text: r.text })),
  });
}

export function readBareReview(text: string, fileName: string): { answer: PrReviewAnswer } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`${fileName} is not valid JSON`);
  }
  // A saved review state (from a session's answers) is accepted as it is.
  const state = PrReviewAnswerSchema.safeParse(raw);
  if (state.success) return { answer: state.data };
  const parsed = BareReviewSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${fileName} is not a PR review: ${describeIssues(parsed.error)}`);
  return { answer: bareReviewToAnswer(parsed.data) };
}
