// Host (Node): grading a stored session and the reviewer's ratings and overrides on it.
import type { HostHandlers } from '../../../contract/host-api';
import { candidateFeedback } from '../candidate-feedback';
import type { HostDeps } from './host-deps';

type ReviewHandlers = Pick<HostHandlers, 'gradeSession' | 'applyReviewAction' | 'getCandidateFeedback'>;

export function createReviewHandlers(deps: HostDeps): ReviewHandlers {
  const { store, auth, reviews } = deps;
  return {
    async gradeSession({ token, sessionId }) {
      auth.check(token);
      const review = await reviews.grade(store.get(sessionId).session);
      return { review, scorecard: reviews.scorecard(review) };
    },

    async applyReviewAction({ token, sessionId, action }) {
      const reviewer = auth.check(token).reviewerName;
      store.get(sessionId);
      const review = await reviews.apply(sessionId, action, reviewer);
      return { review, scorecard: reviews.scorecard(review) };
    },

    async getCandidateFeedback({ token, sessionId }) {
      auth.check(token);
      const { session } = store.get(sessionId);
      const review = reviews.get(sessionId);
      return candidateFeedback(session, review?.gradedAt ? reviews.scorecard(review) : null);
    },
  };
}
