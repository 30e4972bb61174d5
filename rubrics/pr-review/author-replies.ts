// Host only: which of the candidate's comments the PR's author answers, and what they say, scripted from the seeded
// issue (or fine line) each comment found. Only the texts leave the host; the stance stays here for grading.
import type { AuthorReply, ReviewComment } from '../../exercises/pr-review/review-actions';
import { GENERIC_CLARIFY_REPLY } from '../../exercises/pr-review/generic-replies';
import type { ReplyStance, ResolvedKey } from './key-schema';
import { matchReview, SEVERITY_WEIGHT } from './match';

export type ScriptedStance = ReplyStance | 'clarify';

export interface ScriptedReply extends AuthorReply {
  stance: ScriptedStance;
  /** The seeded issue or fine line the reply is scripted from (null for the clarifying question). */
  source: { kind: 'issue' | 'fine-line'; id: string } | null;
}

export const MAX_AUTHOR_REPLIES = 3;

/**
 * At most three replies, in this order of preference: the wrong pushback (holding the line on real risk), a valid
 * pushback (a flagged fine line first, else an issue the author has a fair point on), then an issue the author
 * agrees with and asks about; with fewer than two so far, a clarifying question on another comment.
 */
export function scriptAuthorReplies(comments: readonly ReviewComment[], key: ResolvedKey): ScriptedReply[] {
  if (comments.length === 0) return [];
  const { matches } = matchReview(comments, key);
  const issueById = new Map(key.issues.map((i) => [i.issueId, i]));
  const used = new Set<string>();
  const replies: ScriptedReply[] = [];
  const take = (reply: ScriptedReply) => {
    if (used.has(reply.commentId) || replies.length >= MAX_AUTHOR_REPLIES) return;
    if (replies.some((r) => r.source && reply.source && r.source.id === reply.source.id)) return;
    used.add(reply.commentId);
    replies.push(reply);
  };
  const scripted = (stance: ReplyStance) =>
    matches
      .map((m) => ({ m, issue: issueById.get(m.issueId)! }))
      .filter(({ issue }) => issue.reply?.stance === stance)
      .sort((a, b) => SEVERITY_WEIGHT[b.issue.severity] - SEVERITY_WEIGHT[a.issue.severity]);

  for (const { m, issue } of scripted('wrong-pushback')) take({ commentId: m.commentId, text: issue.reply!.text, stance: 'wrong-pushback', source: { kind: 'issue', id: issue.issueId } });

  const matchedIds = new Set(matches.map((m) => m.commentId));
  const onFine = comments
    .filter((c) => !matchedIds.has(c.commentId))
    .flatMap((c) => key.fineLines.filter((f) => f.file === c.file && f.line >= c.startLine - 1 && f.line <= c.endLine + 1).map((f) => ({ c, f })));
  const fine = onFine[0];
  if (fine) take({ commentId: fine.c.commentId, text: fine.f.reply, stance: 'valid-pushback', source: { kind: 'fine-line', id: fine.f.fineId } });
  else for (const { m, issue } of scripted('valid-pushback').slice(0, 1)) take({ commentId: m.commentId, text: issue.reply!.text, stance: 'valid-pushback', source: { kind: 'issue', id: issue.issueId } });

  for (const { m, issue } of scripted('agrees')) take({ commentId: m.commentId, text: issue.reply!.text, stance: 'agrees', source: { kind: 'issue', id: issue.issueId } });
  if (replies.length < MAX_AUTHOR_REPLIES && fine) {
    for (const { m, issue } of scripted('valid-pushback').slice(0, 1)) take({ commentId: m.commentId, text: issue.reply!.text, stance: 'valid-pushback', source: { kind: 'issue', id: issue.issueId } });
  }

  // Two threads at least when there are two comments: the author asks about one that found nothing scripted,
  // preferring a false alarm (the candidate then has to say what the risk is).
  if (replies.length < 2) {
    const open = comments.filter((c) => !used.has(c.commentId));
    const pick = open.find((c) => !matchedIds.has(c.commentId)) ?? open[0];
    if (pick) take({ commentId: pick.commentId, text: GENERIC_CLARIFY_REPLY, stance: 'clarify', source: null });
  }
  return replies;
}

/** What the host sends back to the candidate: texts only, in the order of the comments they answer. */
export function authorRepliesFor(comments: readonly ReviewComment[], key: ResolvedKey): AuthorReply[] {
  const order = new Map(comments.map((c, i) => [c.commentId, i]));
  return scriptAuthorReplies(comments, key)
    .sort((a, b) => (order.get(a.commentId) ?? 0) - (order.get(b.commentId) ?? 0))
    .map(({ commentId, text }) => ({ commentId, text }));
}
