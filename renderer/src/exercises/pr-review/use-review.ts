// Renderer: the candidate's review state (a fold of their actions) and the one way to change it: record an action.
import { useCallback } from 'react';
import { humanIssuesSentence } from '../../../../contract/human-issues';
import { applyReviewAction, emptyReview, PrReviewActionSchema, PrReviewAnswerSchema, type PrReviewAction, type PrReviewAnswer } from '../../../../exercises/pr-review';
import { useSessionState } from '../../state/session-state';

export function useReview(): { review: PrReviewAnswer; dispatch: (action: PrReviewAction) => string | null } {
  const saved = useSessionState((s) => s.answers['pr-review']);
  const parsed = PrReviewAnswerSchema.safeParse(saved);
  const review = parsed.success ? parsed.data : emptyReview();
  /** Validates, logs the action as an event and saves the folded state; returns a message when the action is refused. */
  const dispatch = useCallback((action: PrReviewAction): string | null => {
    const valid = PrReviewActionSchema.safeParse(action);
    if (!valid.success) return humanIssuesSentence(valid.error);
    const store = useSessionState.getState();
    const current = PrReviewAnswerSchema.safeParse(store.answers['pr-review']);
    const next = applyReviewAction(current.success ? current.data : emptyReview(), valid.data);
    store.record({ type: 'action', exerciseId: 'pr-review', data: valid.data });
    store.setAnswer('pr-review', next);
    return null;
  }, []);
  return { review, dispatch };
}
