// Host (Node): the PR author's replies to a submitted review. Reads the candidate's own sealed review from the store
// (never comments sent by the page, so the page cannot probe the key line by line) and returns reply texts only.
import type { Session } from '../../contract/session';
import { actionsFromEvents, foldReviewActions, PrReviewAnswerSchema, type AuthorReply, type PrReviewAnswer } from '../../exercises/pr-review/review-actions';
import { prReviewAuthorReplies } from '../../rubrics/pr-review/rubric';
import { HostError } from './host-error';

/** The review as the log has it (the fold of its actions), or a legacy file's saved answer. */
function reviewOf(session: Session): PrReviewAnswer | null {
  const actions = actionsFromEvents(session.events.filter((e) => e.exerciseId === 'pr-review'));
  if (actions.length > 0) return foldReviewActions(actions);
  const saved = PrReviewAnswerSchema.safeParse(session.answers['pr-review']);
  return saved.success ? saved.data : null;
}

/**
 * The replies for the candidate's submitted review, chosen by `chooseReplies` (the keyed script on a workstation; a
 * candidate kit without rubrics passes `genericAuthorReplies` from exercises/pr-review instead).
 */
export function authorRepliesForSession(
  session: Session,
  chooseReplies: (variantId: string, review: PrReviewAnswer) => AuthorReply[] = (variantId, review) => prReviewAuthorReplies(variantId, review.comments),
): { replies: AuthorReply[] } {
  const planned = session.plan.exercises.find((e) => e.exerciseId === 'pr-review');
  if (!planned?.variantId) throw new HostError('not-found', 'This assessment has no pull-request review.');
  const review = reviewOf(session);
  if (!review?.submitted) throw new HostError('conflict', 'Submit your review first; the author answers once it is submitted.');
  return { replies: chooseReplies(planned.variantId, review) };
}

export function createPrReviewRepliesHandler(getSession: (sessionId: string) => Session) {
  return async ({ sessionId }: { sessionId: string }) => authorRepliesForSession(getSession(sessionId));
}
