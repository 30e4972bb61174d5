// Tests (host only): the candidate feedback sheet says what went well and what to work on, and never carries an
// answer key, hidden test or seeded-bug text (the candidate bundle's own leak markers).
import { describe, expect, it } from 'vitest';
import type { ScorecardResult } from '../../contract/review';
import { allRubricSecretStrings } from '../registry';
import { assertNoLeaks, buildFeedbackSheet } from './feedback-sheet';
import { feedbackLeakMarkers, findLeaks } from './leak-scan';

const levels = { 1: 'Guesses at the cause.', 3: 'Finds the visible faults and checks them.', 5: 'Finds every fault and proves it.' };
function scorecard(criterionTitles: { met: string; missed: string }, flag = false): ScorecardResult {
  const criterion = (id: string, title: string, score: number) => ({ criterionId: id, exerciseId: 'sql' as const, title, score, evidence: [{ kind: 'note' as const, label: 'hidden test detail' }], source: 'auto' as const, dimension: 'sql-data' as const, weight: 1, autoScore: score, overridden: false });
  return {
    dimensions: [
      { dimensionId: 'sql-data', title: 'SQL and data reasoning', weight: 20, levels, autoRating: 2, finalRating: 2, overridden: false, criterionIds: ['a', 'b'], pendingCriterionIds: [] },
      { dimensionId: 'security', title: 'Security hygiene', weight: 10, levels, autoRating: null, finalRating: null, overridden: false, criterionIds: [], pendingCriterionIds: [] },
    ],
    overall: { autoScore: 30, finalScore: 30, coveredWeight: 20 },
    criteria: [criterion('a', criterionTitles.met, 1), criterion('b', criterionTitles.missed, 0)],
    signals: [],
    redFlags: flag ? [{ signalId: 'sql.db', exerciseId: 'sql', kind: 'red-flag', title: 'Changed the database while debugging', evidence: [], cappedDimensions: ['sql-data'], capRating: 2, cleared: null }] : [],
  };
}
const markers = feedbackLeakMarkers();
const aSecret = allRubricSecretStrings().map((s) => s.needle).find((n) => n.trim().length >= 12 && !n.includes('\n'))!;

describe('candidate feedback sheet', () => {
  it('lists strengths and what to work on per assessed dimension, and skips dimensions the assessment did not cover', () => {
    const sheet = buildFeedbackSheet({ candidateName: 'Casey', assessmentTitle: 'Data assessment', scorecard: scorecard({ met: 'The query runs', missed: 'Totals are right to the cent' }, true) }, markers);
    expect(sheet.dimensions.map((d) => d.title)).toEqual(['SQL and data reasoning']);
    const [sql] = sheet.dimensions;
    expect(sql!.strengths).toContain('You fully met 1 of the 2 things we looked for in this area.');
    expect(sql!.toWorkOn).toContain('1 of the 2 things we looked for were partly shown or not shown yet.');
    expect(sql!.toWorkOn.join(' ')).toContain('The next level looks like this: Finds the visible faults and checks them.');
    // Criterion titles name the seeded bugs: never quoted.
    expect(sheet.text).not.toContain('The query runs');
    expect(sheet.text).not.toContain('Totals are right to the cent');
    expect(sql!.toWorkOn).toContain('Take care with: Changed the database while debugging.');
    expect(sheet.text).toContain('SQL and data reasoning (2 of 5)');
    expect(sheet.text).not.toContain('hidden test detail'); // evidence detail never reaches the sheet
    expect(() => assertNoLeaks(sheet, markers)).not.toThrow();
  });

  it('leaves out a sentence that would carry a rubric secret, so the sheet passes the leak scan', () => {
    expect(aSecret).toBeTruthy();
    const sheet = buildFeedbackSheet({ candidateName: 'Casey', assessmentTitle: 'Data assessment', scorecard: scorecard({ met: aSecret, missed: `Fix ${aSecret}` }) }, markers);
    expect(findLeaks(sheet.text, markers)).toEqual([]);
    expect(sheet.text.toLowerCase()).not.toContain(aSecret.trim().toLowerCase());
  });

  it('the last gate refuses a sheet holding a secret, whatever its case or spacing', () => {
    const sheet = buildFeedbackSheet({ candidateName: 'Casey', assessmentTitle: 'Data assessment', scorecard: scorecard({ met: 'ok', missed: 'no' }) }, []);
    const tampered = { ...sheet, text: `${sheet.text}\n${aSecret.toUpperCase().replace(/ /g, '   ')}` };
    expect(() => assertNoLeaks(tampered, markers)).toThrow(/grading material of the \w[\w-]* rubric/);
  });
});
