// Host (Node): the candidate feedback sheet for a graded session, released only after the leak scan passes.
import type { FeedbackSheet } from '../../contract/feedback';
import type { Session } from '../../contract/session';
import type { ScorecardResult } from '../../contract/review';
import { assertNoLeaks, buildFeedbackSheet } from '../../rubrics/feedback/feedback-sheet';
import { feedbackLeakMarkers, type LeakMarker } from '../../rubrics/feedback/leak-scan';
import { allCriterionDefinitions } from '../../rubrics/scorecard';
import { HostError } from './host-error';

let markers: LeakMarker[] | null = null;

export function candidateFeedback(session: Session, scorecard: ScorecardResult | null): FeedbackSheet {
  if (!scorecard) throw new HostError('conflict', 'Grade the session before writing feedback for the candidate.');
  markers ??= feedbackLeakMarkers(undefined, allCriterionDefinitions().map((c) => ({ exerciseId: c.exerciseId, needle: c.title })));
  const sheet = buildFeedbackSheet({ candidateName: session.candidateName, assessmentTitle: session.plan.title, scorecard }, markers);
  try {
    assertNoLeaks(sheet, markers);
  } catch (e) {
    throw new HostError('internal', (e as Error).message);
  }
  return sheet;
}
