// Pure (all processes): the candidate's review as typed actions, and the review state as a fold of them.
// Each action is recorded as an `action` event; the folded state is also the autosaved answer that grading reads.
import { z } from 'zod';

export const COMMENT_CATEGORIES = ['security', 'correctness', 'reliability', 'testing', 'readability', 'performance'] as const;
export const SEVERITIES = ['blocker', 'major', 'minor', 'nit'] as const;
export const VERDICTS = ['approve', 'comment', 'request-changes'] as const;

export const CommentCategorySchema = z.enum(COMMENT_CATEGORIES);
export const SeveritySchema = z.enum(SEVERITIES);
export const VerdictSchema = z.enum(VERDICTS);
export type CommentCategory = z.infer<typeof CommentCategorySchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Verdict = z.infer<typeof VerdictSchema>;

export const MAX_COMMENTS = 200;
export const COMMENT_TEXT_LIMIT = 4000;
export const SUMMARY_LIMIT = 8000;

const CommentId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'a comment id');
const Text = z.string().trim().min(1, 'Write the comment').max(COMMENT_TEXT_LIMIT);

const CommentBody = z.object({
  file: z.string().min(1).max(200),
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  category: CommentCategorySchema,
  severity: SeveritySchema,
  text: Text,
});

export const ReviewCommentSchema = CommentBody.extend({ commentId: CommentId }).refine((c) => c.endLine >= c.startLine, 'the range ends before it starts');
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

export const AuthorReplySchema = z.object({ commentId: CommentId, text: z.string().min(1).max(2000) });
export type AuthorReply = z.infer<typeof AuthorReplySchema>;

export const CandidateReplySchema = z.object({ replyId: CommentId, commentId: CommentId, text: Text });
export type CandidateReply = z.infer<typeof CandidateReplySchema>;

/** Every action the review screen records. Actions that no longer make sense (editing after submit) fold to no-ops. */
export const PrReviewActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('comment-added'), commentId: CommentId, ...CommentBody.shape }),
  z.object({ kind: z.literal('comment-edited'), commentId: CommentId, category: CommentCategorySchema, severity: SeveritySchema, text: Text }),
  z.object({ kind: z.literal('comment-deleted'), commentId: CommentId }),
  /** The verdict form while it is being written, so a reload keeps it. */
  z.object({ kind: z.literal('draft-changed'), verdict: VerdictSchema.nullable(), summary: z.string().max(SUMMARY_LIMIT) }),
  z.object({ kind: z.literal('review-submitted'), verdict: VerdictSchema, summary: z.string().trim().min(1, 'Write a summary').max(SUMMARY_LIMIT) }),
  /** What the host's author answered, recorded so the replay shows the conversation the candidate saw. */
  z.object({ kind: z.literal('author-replied'), replies: z.array(AuthorReplySchema).max(3) }),
  z.object({ kind: z.literal('reply-posted'), replyId: CommentId, commentId: CommentId, text: Text }),
  /** After the conversation the candidate may settle on a different verdict. */
  z.object({ kind: z.literal('verdict-changed'), verdict: VerdictSchema, summary: z.string().trim().min(1).max(SUMMARY_LIMIT) }),
]);
export type PrReviewAction = z.infer<typeof PrReviewActionSchema>;

export const PrReviewAnswerSchema = z.object({
  comments: z.array(ReviewCommentSchema).max(MAX_COMMENTS),
  /** The current verdict and summary (the draft before submit, the final one after). */
  verdict: VerdictSchema.nullable(),
  summary: z.string().max(SUMMARY_LIMIT),
  /** The verdict as first submitted, before the author answered; null until the review is submitted. */
  submitted: z.object({ verdict: VerdictSchema, summary: z.string() }).nullable(),
  authorReplies: z.array(AuthorReplySchema).max(3),
  replies: z.array(CandidateReplySchema).max(30),
});
export type PrReviewAnswer = z.infer<typeof PrReviewAnswerSchema>;

export const emptyReview = (): PrReviewAnswer => ({ comments: [], verdict: null, summary: '', submitted: null, authorReplies: [], replies: [] });

/** One action applied to the state; pure, and a no-op for anything out of order, so a replayed log is always foldable. */
export function applyReviewAction(state: PrReviewAnswer, action: PrReviewAction): PrReviewAnswer {
  const open = state.submitted === null;
  switch (action.kind) {
    case 'comment-added': {
      if (!open || state.comments.length >= MAX_COMMENTS || state.comments.some((c) => c.commentId === action.commentId)) return state;
      if (action.endLine < action.startLine) return state;
      const { kind: _kind, ...comment } = action;
      return { ...state, comments: [...state.comments, comment] };
    }
    case 'comment-edited':
      if (!open) return state;
      return {
        ...state,
        comments: state.comments.map((c) => (c.commentId === action.commentId ? { ...c, category: action.category, severity: action.severity, text: action.text } : c)),
      };
    case 'comment-deleted':
      if (!open) return state;
      return { ...state, comments: state.comments.filter((c) => c.commentId !== action.commentId) };
    case 'draft-changed':
      return open ? { ...state, verdict: action.verdict, summary: action.summary } : state;
    case 'review-submitted':
      return open ? { ...state, verdict: action.verdict, summary: action.summary, submitted: { verdict: action.verdict, summary: action.summary } } : state;
    case 'author-replied': {
      if (open || state.authorReplies.length > 0) return state;
      const ids = new Set(state.comments.map((c) => c.commentId));
      return { ...state, authorReplies: action.replies.filter((r) => ids.has(r.commentId)) };
    }
    case 'reply-posted':
      if (open || !state.authorReplies.some((r) => r.commentId === action.commentId) || state.replies.some((r) => r.replyId === action.replyId)) return state;
      if (state.replies.length >= 30) return state;
      return { ...state, replies: [...state.replies, { replyId: action.replyId, commentId: action.commentId, text: action.text }] };
    case 'verdict-changed':
      return open ? state : { ...state, verdict: action.verdict, summary: action.summary };
  }
}

export function foldReviewActions(actions: Iterable<PrReviewAction>, from: PrReviewAnswer = emptyReview()): PrReviewAnswer {
  let state = from;
  for (const action of actions) state = applyReviewAction(state, action);
  return state;
}

/** The actions of an exercise's event list (as stored: `{type:'action', data}`); events that do not parse are skipped. */
export function actionsFromEvents(events: ReadonlyArray<{ type: string; seq?: number; data: unknown }>, atSeq = Number.POSITIVE_INFINITY): PrReviewAction[] {
  const out: PrReviewAction[] = [];
  for (const e of events) {
    if (e.type !== 'action' || (e.seq ?? 0) > atSeq) continue;
    const parsed = PrReviewActionSchema.safeParse(e.data);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** A fresh comment id that is not in use, stable in shape for the log ("c1", "c2"...). */
export function nextId(prefix: 'c' | 'r', used: Iterable<string>): string {
  const taken = new Set(used);
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
