// Pure (all processes): the incident's reviewer-rated criterion and its anchored levels, shared by the definition
// (reviewer screens) and the rubric (scorecard), so the text exists once.
import type { RatedCriterionAnchors } from '../../contract/exercise-definition';

export const INCIDENT_WRITE_UP_SECTION = 'Post-incident review';

export const INCIDENT_WRITE_UP_RATING: RatedCriterionAnchors = {
  criterionId: 'incident.write-up.rating',
  title: 'Post-incident review is accurate and useful (reviewer rating)',
  ratedSection: INCIDENT_WRITE_UP_SECTION,
  anchors: {
    1: 'Vague or wrong: the cause is guessed or blamed on a tool or team, the timeline is missing, and nothing would stop a repeat.',
    3: 'Right cause and a usable timeline, but the impact on Finance is thin or the prevention is a one-off fix rather than a guard against the class of failure.',
    5: 'A reader who was not there understands what broke, the evidence, what Finance saw and when, and which guard (contract check, alert, SLA, runbook) stops this class of failure.',
  },
};
