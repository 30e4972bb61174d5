// Pure (all processes): the PR author's answers when no seeded-issue key is at hand (the candidate kit ships none).
// Chosen from the candidate's own comments (category and severity), so they reveal nothing about the seeded issues.
import { SEVERITIES, type AuthorReply, type ReviewComment } from './review-actions';

/** Also the keyed script's fallback when no comment found anything the script answers. */
export const GENERIC_CLARIFY_REPLY = 'Thanks for looking at this! Could you say a bit more about what would go wrong here? I\u2019m not sure I see the risk yet.';
export const GENERIC_SHIP_NOW_REPLY = 'Is this really a blocker? It only touches our own environment and the deadline is close. Could we merge now and fix it in a follow-up PR?';
export const GENERIC_FOLLOW_UP_REPLY = 'Good point. I\u2019d like to keep this PR small though: would a follow-up ticket be OK for this one, or do you want it in here?';

const rank = (c: ReviewComment) => SEVERITIES.indexOf(c.severity);

/** Up to two replies: a push to ship on the weightiest security comment, a scope question on the weightiest other one. */
export function genericAuthorReplies(comments: readonly ReviewComment[]): AuthorReply[] {
  if (comments.length === 0) return [];
  const bySeverity = [...comments].sort((a, b) => rank(a) - rank(b));
  const security = bySeverity.find((c) => c.category === 'security');
  const other = bySeverity.find((c) => c !== security);
  const replies: AuthorReply[] = [];
  if (security) replies.push({ commentId: security.commentId, text: GENERIC_SHIP_NOW_REPLY });
  if (other) replies.push({ commentId: other.commentId, text: security ? GENERIC_FOLLOW_UP_REPLY : GENERIC_CLARIFY_REPLY });
  const order = new Map(comments.map((c, i) => [c.commentId, i]));
  return replies.sort((a, b) => (order.get(a.commentId) ?? 0) - (order.get(b.commentId) ?? 0));
}
