// Unit test: the scorecard a reviewer sees — dimension ratings, the overall score and its coverage, ratings and overrides.
import { describe, expect, it } from 'vitest';
import type { AuditEntry, ReviewAction, ScorecardResult } from '../../contract/review';
import type { CriterionResult, ExerciseGrade, GradedPart } from '../../contract/scoring';
import { auditEntryFor, buildScorecard } from './build-scorecard';
import { allCriterionDefinitions } from './criterion-definitions';
import { loadDefaultScorecard, parseScorecardConfig } from './scorecard-config';
import defaultFile from './scorecard.json';

const config = loadDefaultScorecard();
const definitions = allCriterionDefinitions();
const result = (criterionId: string, exerciseId: GradedPart, score: number | null): CriterionResult => ({
  criterionId, exerciseId, title: criterionId, score, evidence: [{ kind: 'note', label: 'synthetic' }], source: score === null ? 'reviewer' : 'auto',
});
const sqlGrade: ExerciseGrade = {
  exerciseId: 'sql', variantId: 'churn-by-month',
  criteria: [
    result('sql.query.visible', 'sql', 1),
    result('sql.query.bug.fanout', 'sql', 1),
    result('sql.checks.precision', 'sql', 0),
    result('sql.checks.coverage', 'sql', 0.5),
    result('sql.explanation.rating', 'sql', null),
  ],
  signals: [{ signalId: 'sql.validated', exerciseId: 'sql', kind: 'strong', title: 'Validated', evidence: [] }],
};
const dim = (card: ScorecardResult, id: string) => card.dimensions.find((d) => d.dimensionId === id)!;

/** Applies actions one by one the way the review screen does: entry from the current card, then rebuild. */
function review(grades: ExerciseGrade[], actions: ReviewAction[]): { card: ScorecardResult; audit: AuditEntry[] } {
  const audit: AuditEntry[] = [];
  let card = buildScorecard(config, grades, audit, definitions);
  actions.forEach((action, i) => {
    audit.push(auditEntryFor(action, 'Rita', `2025-03-02T09:00:0${i}.000Z`, card));
    card = buildScorecard(config, grades, audit, definitions);
  });
  return { card, audit };
}

describe('buildScorecard', () => {
  it('with only SQL graded: other dimensions have no rating (not zero) and the overall says how much weight it covers', () => {
    const card = buildScorecard(config, [sqlGrade], [], definitions);
    // sql-data: (1×1 + 1×3 + 0×1) / 5 = 0.8 → 4.2; operations: 0.5 → 3.0
    expect(dim(card, 'sql-data')).toMatchObject({ autoRating: 4.2, finalRating: 4.2, criterionIds: ['sql.query.visible', 'sql.query.bug.fanout', 'sql.checks.precision'] });
    expect(dim(card, 'operations').autoRating).toBe(3);
    for (const id of ['python-scripting', 'pipelines', 'security', 'learning']) expect(dim(card, id)).toMatchObject({ autoRating: null, finalRating: null, criterionIds: [] });
    expect(dim(card, 'communication')).toMatchObject({ autoRating: null, finalRating: null, pendingCriterionIds: ['sql.explanation.rating'] });
    // (20 × 3.2/4 + 15 × 2/4) / 35 = 67.1 %, over 35 of the 100 weight points
    expect(card.overall).toEqual({ autoScore: 67.1, finalScore: 67.1, coveredWeight: 35 });
    expect(card.signals.map((s) => s.signalId)).toEqual(['sql.validated']);
  });

  it('with evidence on every dimension: covers all 100 points once the reviewer-rated criteria are rated', () => {
    const grades: ExerciseGrade[] = ['sql', 'python', 'assessment'].map((part) => ({
      exerciseId: part as GradedPart, variantId: 'v', signals: [],
      criteria: definitions.filter((d) => d.exerciseId === part).map((d) => result(d.criterionId, d.exerciseId, d.ratingAnchors ? null : 0.5)),
    }));
    const before = buildScorecard(config, grades, [], definitions);
    expect(before.dimensions.every((d) => d.dimensionId === 'communication' ? d.autoRating === null : d.autoRating === 3)).toBe(true);
    expect(before.overall).toEqual({ autoScore: 50, finalScore: 50, coveredWeight: 85 });
    const rated = definitions.filter((d) => d.ratingAnchors && ['sql', 'python', 'assessment'].includes(d.exerciseId)).map((d): ReviewAction => ({ kind: 'rate-criterion', criterionId: d.criterionId, rating: 3, note: 'Average' }));
    const { card } = review(grades, rated);
    expect(card.overall).toEqual({ autoScore: 50, finalScore: 50, coveredWeight: 100 });
    expect(card.dimensions.every((d) => d.pendingCriterionIds.length === 0 && d.finalRating === 3)).toBe(true);
  });

  it('excludes a criterion pending review, counts it once rated, and returns it to pending when the rating is cleared', () => {
    const { card: rated, audit } = review([sqlGrade], [{ kind: 'rate-criterion', criterionId: 'sql.explanation.rating', rating: 5, note: 'Clear for the stakeholder' }]);
    expect(audit[0]).toMatchObject({ reviewer: 'Rita', from: null, to: 1 });
    expect(dim(rated, 'communication')).toMatchObject({ autoRating: null, finalRating: 5, pendingCriterionIds: [] });
    // (16 + 7.5 + 15 × 4/4) / 50 = 77 %; the auto score does not move.
    expect(rated.overall).toEqual({ autoScore: 67.1, finalScore: 77, coveredWeight: 50 });
    const criterion = rated.criteria.find((c) => c.criterionId === 'sql.explanation.rating')!;
    expect(criterion).toMatchObject({ autoScore: null, score: 1, overridden: true });

    const clear = auditEntryFor({ kind: 'clear-override', target: 'sql.explanation.rating', note: 'Rated the wrong session' }, 'Rita', '2025-03-02T10:00:00.000Z', rated);
    expect(clear).toMatchObject({ from: 1, to: null });
    const cleared = buildScorecard(config, [sqlGrade], [...audit, clear], definitions);
    expect(dim(cleared, 'communication')).toMatchObject({ finalRating: null, pendingCriterionIds: ['sql.explanation.rating'] });
    expect(cleared.overall.coveredWeight).toBe(35);
  });

  it('applies criterion and dimension overrides in order, keeping from/to in the audit trail, and clears them', () => {
    const { card, audit } = review([sqlGrade], [
      { kind: 'override-criterion', criterionId: 'sql.checks.precision', score: 1, note: 'Checks are fine; the key is strict' },
      { kind: 'override-dimension', dimensionId: 'operations', rating: 4, note: 'Strong incident notes in the debrief' },
      { kind: 'override-dimension', dimensionId: 'operations', rating: 2, note: 'Correction after second look' },
      { kind: 'clear-override', target: 'operations', note: 'Back to the evidence' },
    ]);
    expect(audit.map((a) => [a.action.kind, a.from, a.to])).toEqual([
      ['override-criterion', 0, 1],
      ['override-dimension', 3, 4],
      ['override-dimension', 4, 2],
      ['clear-override', 2, 3],
    ]);
    expect(dim(card, 'sql-data')).toMatchObject({ autoRating: 4.2, finalRating: 5, overridden: false });
    expect(dim(card, 'operations')).toMatchObject({ autoRating: 3, finalRating: 3, overridden: false });
    expect(card.criteria.find((c) => c.criterionId === 'sql.checks.precision')).toMatchObject({ autoScore: 0, score: 1, overridden: true });
    expect(() => auditEntryFor({ kind: 'clear-override', target: 'operations', note: 'again' }, 'Rita', '2025-03-02T10:00:00.000Z', card)).toThrow('has no override to clear');
    expect(() => auditEntryFor({ kind: 'override-criterion', criterionId: 'nope', score: 1, note: 'why not' }, 'Rita', '2025-03-02T10:00:00.000Z', card)).toThrow('No criterion "nope"');
  });

  it('follows the team scorecard: moved criteria and new weights change the ratings and the overall', () => {
    const team = parseScorecardConfig(
      { ...defaultFile, criterionOverrides: [{ criterionId: 'sql.checks.precision', dimension: 'operations', weight: 1 }] },
      definitions.map((d) => d.criterionId),
    );
    const card = buildScorecard(team, [sqlGrade], [], definitions);
    expect(dim(card, 'sql-data').autoRating).toBe(5);
    // operations: (0.5 × 3 + 0 × 1) / 4 = 0.375 → 2.5
    expect(dim(card, 'operations')).toMatchObject({ autoRating: 2.5, criterionIds: ['sql.checks.precision', 'sql.checks.coverage'] });
  });
});

describe('red flags on the scorecard', () => {
  const strongPython: ExerciseGrade = {
    exerciseId: 'python', variantId: 'orders-ingest',
    criteria: definitions.filter((d) => d.exerciseId === 'python' && !d.ratingAnchors).map((d) => result(d.criterionId, 'python', 1)),
    signals: [
      { signalId: 'python.uses-logging', exerciseId: 'python', kind: 'strong', title: 'Logs', evidence: [] },
      { signalId: 'python.hardcoded-secret', exerciseId: 'python', kind: 'red-flag', title: 'Credentials written into the code', evidence: [{ kind: 'code-line', label: 'PASSWORD is assigned a credential', line: 4 }] },
    ],
  };

  it('caps the flagged dimension at 2 and the flagged exercise at the same share, and lists the flag first', () => {
    const card = buildScorecard(config, [strongPython, sqlGrade], [], definitions);
    expect(dim(card, 'security')).toMatchObject({ autoRating: 2, finalRating: 2, cappedBy: ['python.hardcoded-secret'] });
    expect(dim(card, 'pipelines')).toMatchObject({ autoRating: 2, finalRating: 2 });
    // SQL evidence is not held down by a Python flag.
    expect(dim(card, 'sql-data').autoRating).toBe(4.2);
    expect(card.criteria.find((c) => c.criterionId === 'python.hidden.validation')).toMatchObject({ autoScore: 0.25, score: 0.25, cappedBy: ['python.hardcoded-secret'] });
    expect(card.signals[0]!.signalId).toBe('python.hardcoded-secret');
    expect(card.redFlags).toEqual([expect.objectContaining({ signalId: 'python.hardcoded-secret', cappedDimensions: ['security'], capRating: 2, cleared: null })]);
    const unflagged = buildScorecard(config, [{ ...strongPython, signals: [] }, sqlGrade], [], definitions);
    expect(unflagged.overall.autoScore!).toBeGreaterThan(card.overall.autoScore! + 20);
  });

  it('lifts the caps once a reviewer clears the flag with a note, keeps the flag listed as cleared, and audits it', () => {
    const { card, audit } = review([strongPython], [{ kind: 'clear-red-flag', signalId: 'python.hardcoded-secret', note: 'Placeholder from the task text, not a real credential' }]);
    expect(audit[0]).toMatchObject({ reviewer: 'Rita', from: 1, to: 0, action: { kind: 'clear-red-flag' } });
    expect(dim(card, 'security')).toMatchObject({ autoRating: 5, finalRating: 5 });
    expect(dim(card, 'security').cappedBy).toBeUndefined();
    expect(card.redFlags![0]!.cleared).toMatchObject({ reviewer: 'Rita', note: 'Placeholder from the task text, not a real credential' });
    expect(() => auditEntryFor({ kind: 'clear-red-flag', signalId: 'python.hardcoded-secret', note: 'again' }, 'Rita', '2025-03-02T10:00:00.000Z', card)).toThrow('already cleared');
    expect(() => auditEntryFor({ kind: 'clear-red-flag', signalId: 'sql.nope', note: 'why not' }, 'Rita', '2025-03-02T10:00:00.000Z', card)).toThrow('No red flag');
  });

  it('lets a reviewer rating or dimension override stand over a cap', () => {
    const { card } = review([strongPython], [{ kind: 'override-dimension', dimensionId: 'security', rating: 4, note: 'Secret is a documented test fixture' }]);
    expect(dim(card, 'security')).toMatchObject({ autoRating: 2, finalRating: 4, overridden: true });
  });
});
