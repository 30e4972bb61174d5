// Host (Node): grading a stored session and the reviewer's own ratings and overrides on it.
import type { HostHandlers } from '../../../contract/host-api';
import { candidateFeedback } from '../candidate-feedback';
import type { HostDeps } from './host-deps';

type ReviewHandlers = Pick<HostHandlers, 'gradeSession' | 'applyReviewAction' | 'getCandidateFeedback'>;

export function createReviewHandlers(deps: HostDeps): ReviewHandlers {
  const { store, auth, reviews } = deps;
  return {
    async gradeSession({ token, sessionId }) {
      const me = auth.check(token);
      await reviews.grade(store.get(sessionId).session);
      const review = reviews.reviewFor(sessionId, me)!;
      return { review, scorecard: reviews.scorecard(review) };
    },

    async applyReviewAction({ token, sessionId, action }) {
      const me = auth.check(token);
      // Blind: the action goes into the caller's own review file, and only their own review comes back.
      const review = await reviews.apply(store.get(sessionId).session, action, me);
      return { review, scorecard: reviews.scorecard(review) };
    },

    async getCandidateFeedback({ token, sessionId }) {
      const me = auth.check(token);
      const { session } = store.get(sessionId);
      return candidateFeedback(session, reviews.scorecardFor(sessionId, me));
    },
  };
}
