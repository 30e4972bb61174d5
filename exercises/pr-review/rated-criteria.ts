// Pure (all processes): the PR-review exercise's reviewer-rated criterion and its anchored levels, shared by the
// definition (reviewer screens) and the rubric (scorecard), so the text exists once.
import type { RatedCriterionAnchors } from '../../contract/exercise-definition';

export const PR_REVIEW_COMMENTS_SECTION = 'Review comments';

export const PR_REVIEW_TONE_RATING: RatedCriterionAnchors = {
  criterionId: 'pr-review.tone.rating',
  title: 'Review is constructive and useful to the author (reviewer rating)',
  ratedSection: PR_REVIEW_COMMENTS_SECTION,
  anchors: {
    1: 'Comments are vague ("this is wrong"), blunt or personal; the author could not tell what to change or why, and would feel attacked.',
    3: 'Comments are correct and polite and mostly say what to change, but several do not say what could go wrong, and the summary lists findings without priorities.',
    5: 'Each comment names the risk, suggests a concrete fix and invites discussion; the summary separates must-fix from nice-to-have, and the replies engage with the author\u2019s points.',
  },
};
