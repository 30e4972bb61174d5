// Unit (Node + sandboxes): the validity report's computation on the SQL and Python reference answers meets its goals,
// so a change that makes the grader rank quality worse, treat variants unequally or miss a red flag fails npm test.
import { afterAll, describe, expect, it } from 'vitest';
import { openGradingResources } from '../rubrics/grade-session';
import { findRubric } from '../rubrics/registry';
import { exerciseValidity, spearman, summarise, VALIDITY_GOALS, type GradedReference } from './validity-report';

const resources = openGradingResources();
afterAll(() => resources.close());

function expectGoalsMet(exerciseId: string) {
  return async () => {
    const result = await exerciseValidity(findRubric(exerciseId)!, resources);
    expect(result, `${exerciseId} has references at the four levels`).not.toBeNull();
    expect(result!.failures).toEqual([]);
    expect(result!.spearman!).toBeGreaterThanOrEqual(VALIDITY_GOALS.spearman);
    for (const spread of Object.values(result!.spread)) expect(spread).toBeLessThanOrEqual(VALIDITY_GOALS.spread);
    expect(result!.missedRedFlags).toEqual([]);
    expect(result!.falseRedFlags).toEqual([]);
    // Every red-flag reference raises one, and a red-flag answer scores below every weak one.
    const refs = result!.references;
    const lowestWeak = Math.min(...refs.filter((r) => r.level === 'weak').map((r) => r.score));
    for (const r of refs.filter((x) => x.level === 'red-flag')) {
      expect(r.raisedRedFlags.length).toBeGreaterThan(0);
      expect(r.score).toBeLessThan(lowestWeak);
    }
  };
}

describe('grading validity on the reference answers', () => {
  it('SQL: ranks strong > adequate > weak > red flag, variants within 5 points, exactly the expected red flags', expectGoalsMet('sql'), 300_000);
  it('Python: ranks strong > adequate > weak > red flag, variants within 5 points, exactly the expected red flags', expectGoalsMet('python'), 900_000);
});

describe('the validity computation', () => {
  const ref = (variantId: string, level: GradedReference['level'], score: number, expected: string[] = [], raised: string[] = []): GradedReference => ({
    exerciseId: 'x', variantId, level, description: '', score, expectedRedFlags: expected, raisedRedFlags: raised,
  });

  it('computes Spearman with tied ranks', () => {
    expect(spearman([4, 3, 2, 1], [90, 70, 40, 10])).toBe(1);
    expect(spearman([4, 3, 2, 1], [10, 40, 70, 90])).toBe(-1);
    expect(spearman([4, 4, 1, 1], [80, 90, 20, 10])).toBeCloseTo(0.894, 3);
    expect(spearman([1, 1], [3, 4])).toBeNull();
  });

  it('reports a wide spread, a red flag out-ranking a weak answer, a missed and a false flag as failures', () => {
    const result = summarise('x', [
      ref('a', 'strong', 95), ref('b', 'strong', 80),
      ref('a', 'adequate', 70), ref('b', 'adequate', 71),
      ref('a', 'weak', 30), ref('b', 'weak', 32),
      ref('a', 'red-flag', 40, ['x.secret'], []), ref('b', 'red-flag', 20, [], ['x.other']),
    ]);
    expect(result.spread).toEqual({ strong: 15, adequate: 1, weak: 2, 'red-flag': 20 });
    expect(result.missedRedFlags).toEqual([{ variantId: 'a', level: 'red-flag', signalId: 'x.secret' }]);
    expect(result.falseRedFlags).toEqual([{ variantId: 'b', level: 'red-flag', signalId: 'x.other' }]);
    expect(result.failures.join('; ')).toMatch(/Spearman 0\.8\d < 0\.9; strong spread 15 > 5; red-flag spread 20 > 5; 1 red flag\(s\) missed; 1 false red flag\(s\)/);
  });
});
