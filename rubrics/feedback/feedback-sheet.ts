// Host only: writes the candidate's feedback sheet from the scorecard (how many checks were met, the level reached,
// open red flags), using only dimension titles and the team's level descriptions: never criterion titles (they name
// the seeded bugs) nor evidence detail (it can quote hidden tests). Any sentence holding a leak marker is left out, and the finished sheet is
// scanned again (assertNoLeaks) before the host returns it.
import { FeedbackSheetSchema, type FeedbackSheet } from '../../contract/feedback';
import type { ScorecardResult } from '../../contract/review';
import { findLeaks, type LeakMarker } from './leak-scan';

const levelWords = (r: number) => (r >= 4.5 ? 'excellent' : r >= 3.5 ? 'strong' : r >= 2.5 ? 'solid' : r >= 1.5 ? 'developing' : 'early');
const anchorFor = (r: number, levels: { 1: string; 3: string; 5: string }) => (r >= 4.5 ? levels[5] : levels[3]);

export function buildFeedbackSheet(input: { candidateName: string; assessmentTitle: string; scorecard: ScorecardResult }, markers: readonly LeakMarker[]): FeedbackSheet {
  const clean = (sentences: string[]) => sentences.filter((s) => findLeaks(s, markers).length === 0);
  const dimensions = input.scorecard.dimensions
    .filter((d) => d.finalRating !== null)
    .map((d) => {
      const criteria = input.scorecard.criteria.filter((c) => c.dimension === d.dimensionId && c.score !== null);
      const openFlags = (input.scorecard.redFlags ?? []).filter((f) => f.cleared === null && f.cappedDimensions.includes(d.dimensionId));
      const rating = d.finalRating as number;
      const met = criteria.filter((c) => (c.score as number) >= 0.99).length;
      const strengths = [
        ...(rating >= 3 ? [`Your work here was ${levelWords(rating)}. What we saw: ${anchorFor(rating, d.levels)}`] : []),
        ...(met > 0 ? [criteria.length === 1 ? 'You fully met the one thing we looked for in this area.' : `You fully met ${met} of the ${criteria.length} things we looked for in this area.`] : []),
      ];
      const toWorkOn = [
        ...(rating < 3 ? [`Your work here was ${levelWords(rating)}. The next level looks like this: ${d.levels[3]}`] : rating < 4.5 ? [`The top level looks like this: ${d.levels[5]}`] : []),
        ...(met < criteria.length ? [criteria.length === 1 ? 'The one thing we looked for here was partly shown or not shown yet.' : `${criteria.length - met} of the ${criteria.length} things we looked for were partly shown or not shown yet.`] : []),
        ...openFlags.map((f) => `Take care with: ${f.title}.`),
      ];
      return { dimensionId: d.dimensionId as string, title: d.title, rating, strengths: clean(strengths), toWorkOn: clean(toWorkOn) };
    });
  const text = [
    `Feedback for ${input.candidateName}: ${input.assessmentTitle}`,
    'Thank you for taking the assessment. Below, for each area we assessed, what went well and what to work on.',
    ...dimensions.flatMap((d) => ['', `${d.title} (${Number.isInteger(d.rating) ? d.rating : d.rating!.toFixed(1)} of 5)`, ...d.strengths.map((s) => `+ ${s}`), ...d.toWorkOn.map((s) => `- ${s}`)]),
  ].join('\n');
  return FeedbackSheetSchema.parse({ format: 'dpe-candidate-feedback', version: 1, candidateName: input.candidateName, assessmentTitle: input.assessmentTitle, dimensions, text });
}

/** The last gate before a sheet leaves the host: throws naming the rubric, never the secret itself. */
export function assertNoLeaks(sheet: FeedbackSheet, markers: readonly LeakMarker[]): void {
  const leaks = findLeaks(JSON.stringify(sheet) + '\n' + sheet.text, markers);
  if (leaks.length > 0) throw new Error(`The feedback sheet holds grading material of the ${[...new Set(leaks.map((l) => l.exerciseId))].join(', ')} rubric; it was not released.`);
}
