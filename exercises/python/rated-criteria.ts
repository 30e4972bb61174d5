// Pure (all processes): the Python exercise's reviewer-rated criterion and its anchored levels, shared by the
// definition (reviewer screens) and the rubric (scorecard), so the text exists once.
import type { RatedCriterionAnchors } from '../../contract/exercise-definition';
import { PYTHON_MODULE_FILE } from './python-variants';

export const PYTHON_READABILITY_RATING: RatedCriterionAnchors = {
  criterionId: 'python.readability.rating',
  title: 'Readability (reviewer rating)',
  ratedSection: PYTHON_MODULE_FILE,
  anchors: {
    1: 'Hard to follow: one long function, unclear names, copy-pasted checks, no structure a teammate could extend.',
    3: 'Readable with effort: reasonable names and some helper functions, but validation rules are scattered or repeated.',
    5: 'Reads like a small library: the schema is data, each step (read, validate, load, report) is its own short function, and intent is obvious.',
  },
};
