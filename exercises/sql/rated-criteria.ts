// Pure (all processes): the SQL exercise's reviewer-rated criterion and its anchored levels, shared by the definition
// (reviewer screens) and the rubric (scorecard), so the text exists once.
import type { RatedCriterionAnchors } from '../../contract/exercise-definition';

export const SQL_EXPLANATION_SECTION = 'Explanation';

export const SQL_EXPLANATION_RATING: RatedCriterionAnchors = {
  criterionId: 'sql.explanation.rating',
  title: 'Explanation is clear for the stakeholder (reviewer rating)',
  ratedSection: SQL_EXPLANATION_SECTION,
  anchors: {
    1: 'Restates the complaint or lists changes without saying why the numbers were wrong; a stakeholder could not act on it.',
    3: 'Names each problem and its fix correctly, but the link between the bug and what the stakeholder saw is thin or jargon-heavy.',
    5: 'For each problem: the cause, the visible symptom it produced, the fix and how it was verified, in words a stakeholder can follow.',
  },
};
