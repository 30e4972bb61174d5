// Tests (pure): the panel's wording a reviewer reads: decisions, anchored ratings, spread, list cells, blind notice.
import { describe, expect, it } from 'vitest';
import { decisionLabel, myReviewText, panelCellText, ratingWithAnchor, spreadText, submittedSentence } from './panel-text';

const anchors = { 1: 'Guesses', 3: 'Finds the bug', 5: 'Finds and explains every bug' };

describe('panel wording', () => {
  it('reads a rating with the anchored description of its level', () => {
    expect(ratingWithAnchor(4, anchors)).toBe('4 of 5: Finds and explains every bug');
    expect(ratingWithAnchor(2, anchors)).toBe('2 of 5: Finds the bug');
    expect(ratingWithAnchor(null, anchors)).toBe('No evidence yet');
  });
  it('names decisions and the spread in words', () => {
    expect(decisionLabel('strong-no-hire')).toBe('Strong no hire');
    expect(decisionLabel(null)).toBe('No decision yet');
    expect(spreadText(1)).toBe('Spread 1 level');
    expect(spreadText(2.5)).toBe('Spread 2.5 levels');
    expect(spreadText(null)).toBe('Spread: needs two ratings');
  });
  it('keeps disagreements out of the list while the reviewer is blind', () => {
    expect(panelCellText({ myReview: 'none', submittedCount: 2, decision: null, disagreements: null })).toBe('2 submitted (hidden until you submit)');
    expect(panelCellText({ myReview: 'submitted', submittedCount: 2, decision: null, disagreements: 1 })).toBe('2 submitted; 1 disagreement');
    expect(panelCellText({ myReview: 'none', submittedCount: 0, decision: null, disagreements: null })).toBe('None submitted yet');
    expect(myReviewText({ myReview: 'draft', submittedCount: 0, decision: null, disagreements: null })).toBe('Draft (not submitted)');
  });
  it('names the other reviewers who submitted, never the reader', () => {
    const reviewers = [
      { id: 'a', name: 'Ana', submitted: true, submittedAt: '2026-01-01T00:00:00.000Z', revised: false },
      { id: 'b', name: 'Ben', submitted: true, submittedAt: '2026-01-01T00:00:00.000Z', revised: false },
      { id: 'c', name: 'Cy', submitted: false, submittedAt: null, revised: false },
    ];
    expect(submittedSentence(reviewers, 'c')).toBe('Ana and Ben have submitted ratings for this candidate.');
    expect(submittedSentence(reviewers.slice(1), 'b')).toBe('No other reviewer has submitted ratings for this candidate yet.');
  });
});
