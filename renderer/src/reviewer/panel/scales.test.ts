// Tests (pure): the reviewer's scales read the same everywhere, including the audit trail.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../contract/review';
import { auditValueText, auditWhat, changedByReviewerText, criterionLevel, criterionValueText, dimensionRatingText, fractionText, nearestAnchor } from './scales';

const entry = (action: AuditEntry['action'], from: number | null, to: number | null): AuditEntry => ({ at: '2026-11-25T10:00:00.000Z', reviewer: 'Rita', action, from, to });
const opts = { isDimension: (id: string) => id === 'sql-data', isRated: (id: string) => id === 'sql.explanation' };

describe('reviewer scales', () => {
  it('reads a level-2 rating as "2 of 5" in the audit trail, not as the stored fraction', () => {
    const e = entry({ kind: 'rate-criterion', criterionId: 'sql.explanation', rating: 2, note: 'thin' }, null, 0.25);
    expect(auditValueText(e, e.to, opts)).toBe('2 of 5');
    expect(auditValueText(e, e.from, opts)).toBe('—');
  });
  it('reads dimension overrides on the 1–5 scale and criterion overrides as met / partly / not met', () => {
    expect(auditValueText(entry({ kind: 'override-dimension', dimensionId: 'sql-data', rating: 4, note: 'x' }, 2.5, 4), 2.5, opts)).toBe('2.5 of 5');
    const c = entry({ kind: 'override-criterion', criterionId: 'sql.rows', score: 1, note: 'x' }, 0.5, 1);
    expect([auditValueText(c, c.from, opts), auditValueText(c, c.to, opts)]).toEqual(['partly met', 'met']);
    const cleared = entry({ kind: 'clear-override', target: 'sql-data', note: 'x' }, 4, 3);
    expect(auditValueText(cleared, cleared.to, opts)).toBe('3 of 5');
    const flag = entry({ kind: 'clear-red-flag', signalId: 'sql.database-changed', note: 'x' }, 1, 0);
    expect([auditValueText(flag, 1, opts), auditValueText(flag, 0, opts)]).toEqual(['standing', 'cleared']);
    expect(auditWhat(flag, () => 'Changed the database')).toBe('Cleared the red flag “Changed the database”');
  });
  it('names criterion levels and keeps the exact fraction for hover text', () => {
    expect([criterionLevel(1), criterionLevel(0.5), criterionLevel(0), criterionLevel(null)]).toEqual(['met', 'partly met', 'not met', 'pending']);
    expect(fractionText(2 / 3)).toBe('0.67 of the points (67%)');
    expect(criterionValueText(0.75, true)).toBe('4 of 5');
    expect(criterionValueText(null, true)).toBe('awaiting a rating');
  });
  it('gives dimensions their nearest anchored label', () => {
    const levels = { 1: 'guesses', 3: 'checks', 5: 'proves' };
    expect([nearestAnchor(1.4, levels), nearestAnchor(3, levels), nearestAnchor(4.2, levels)]).toEqual(['guesses', 'checks', 'proves']);
    expect(dimensionRatingText(3)).toBe('3 of 5');
    expect(changedByReviewerText({ autoScore: 0.5, ratingAnchors: undefined })).toBe('changed by a reviewer (automatic score: partly met)');
  });
});
