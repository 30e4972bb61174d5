// Content tests (Node): each hidden dataset isolates one seeded bug, and partial fixes earn exactly the bugs they fix.
import { afterAll, describe, expect, it } from 'vitest';
import { getSqlVariant, listSqlVariants } from '../../exercises/sql/variants';
import { compareResultSets } from '../../exercises/sql/compare-results';
import { getSqlAnswerKey } from './answer-keys';
import type { SqlBugId } from './bug-library';
import { visibleDataset } from './datasets';
import { gradeQuery, referenceResult } from './grade-query';
import { normaliseSql } from './run-evidence';
import { SqlSandbox } from './sql-sandbox';

const sandbox = new SqlSandbox();
afterAll(() => sandbox.close());

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => acc.concat(acc.map((s) => [...s, item])), [[]]);
}

for (const variant of listSqlVariants()) {
  const key = getSqlAnswerKey(variant.id);
  const bugIds = key.bugs.map((b) => b.bugId);

  describe(variant.id, () => {
    it('has an answer key whose "nothing fixed" query is exactly the broken query', () => {
      expect(normaliseSql(key.buildQuery(new Set()))).toBe(normaliseSql(variant.brokenQuery));
      expect(bugIds.length).toBeGreaterThanOrEqual(2);
    });

    it('shows every seeded bug on the visible data (the tile is visibly wrong)', async () => {
      const visible = visibleDataset(variant.id);
      const expected = await referenceResult(sandbox, key, visible);
      expect(expected.rows.length).toBeGreaterThan(0);
      for (const bugId of bugIds) {
        const allButOne = new Set(bugIds.filter((b) => b !== bugId));
        const result = await sandbox.run({ datasetKey: visible.key, script: visible.script, sql: key.buildQuery(allButOne) });
        const same = result.ok && compareResultSets(expected, result, { ordered: variant.resultOrderMatters }).equal;
        expect(same, `leaving only ${bugId} unfixed should change the visible tile`).toBe(false);
      }
    });

    it('credits exactly the bugs a query fixes, for every combination of fixes', async () => {
      for (const fixed of subsets(bugIds)) {
        const grade = await gradeQuery(sandbox, key, getSqlVariant(variant.id), key.buildQuery(new Set<SqlBugId>(fixed)));
        expect([...grade.fixedBugs].sort(), `fixing [${fixed.join(', ')}]`).toEqual([...fixed].sort());
        expect(grade.visibleMatched).toBe(fixed.length === bugIds.length);
      }
    });
  });
}

describe('a wrong fix of one bug does not cost the credit for a correct fix of another', () => {
  it('churn-by-month: shifting by -9 hours (the wrong way) keeps the fan-out and NULL fixes credited', async () => {
    const key = getSqlAnswerKey('churn-by-month');
    const wrongZone = key.buildQuery(new Set<SqlBugId>(['timezone', 'fanout', 'null-arithmetic'])).replaceAll("'+9 hours'", "'-9 hours'");
    const grade = await gradeQuery(sandbox, key, getSqlVariant('churn-by-month'), wrongZone);
    expect([...grade.fixedBugs].sort()).toEqual(['fanout', 'null-arithmetic']);
  });

  it('active-accounts-by-region: dropping the dunning filter instead of fixing it keeps the distinct count credited', async () => {
    const key = getSqlAnswerKey('active-accounts-by-region');
    const full = key.buildQuery(new Set<SqlBugId>(['count-distinct', 'not-in-null']));
    const noDunning = full.replace(/ {2}AND NOT EXISTS \([\s\S]*?\n {2}\)\n/, '');
    expect(noDunning).not.toContain('NOT EXISTS');
    const grade = await gradeQuery(sandbox, key, getSqlVariant('active-accounts-by-region'), noDunning);
    expect(grade.fixedBugs).toEqual(['count-distinct']);
  });

  it('revenue-by-plan: an inner join instead of the outer-join fix keeps the date and division fixes credited', async () => {
    const key = getSqlAnswerKey('revenue-by-plan');
    const inner = key.buildQuery(new Set<SqlBugId>(['date-boundary', 'integer-division'])).replace(/LEFT JOIN payments/, 'JOIN payments');
    const grade = await gradeQuery(sandbox, key, getSqlVariant('revenue-by-plan'), inner);
    expect([...grade.fixedBugs].sort()).toEqual(['date-boundary', 'integer-division']);
  });
});
