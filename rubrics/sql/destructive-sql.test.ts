// Unit test: statements that change warehouse data are found in any position, and strings or comments never count.
import { describe, expect, it } from 'vitest';
import { databaseChangingRuns, destructiveVerb, findDestructiveStatements, splitSqlStatements } from './destructive-sql';

describe('destructive SQL', () => {
  it('finds a DELETE after a correct SELECT, on its own line, and names the statement position', () => {
    const query = 'SELECT region, COUNT(*)\nFROM accounts GROUP BY region;\n\nDELETE FROM payments\nWHERE amount_cents < 0;';
    const found = findDestructiveStatements(query, []);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ verb: 'DELETE', where: 'the fixed query', index: 2, total: 2, statement: { line: 4 } });
  });

  it('finds DROP, UPDATE, INSERT and REPLACE INTO in checks, including behind a CTE', () => {
    const checks = [
      { checkId: 'a', name: 'cleanup', sql: 'DROP TABLE IF EXISTS tmp' },
      { checkId: 'b', name: 'fix', sql: "WITH bad AS (SELECT 1) UPDATE accounts SET region = 'NA' WHERE region = ''" },
      { checkId: 'c', name: 'seed', sql: 'INSERT INTO plans VALUES (99, "x", "X", 0, 0, 0)' },
      { checkId: 'd', name: 'upsert', sql: 'REPLACE INTO plans (plan_id) VALUES (1)' },
    ];
    expect(findDestructiveStatements('SELECT 1', checks).map((f) => [f.where, f.verb])).toEqual([
      ['check "cleanup"', 'DROP'], ['check "fix"', 'UPDATE'], ['check "seed"', 'INSERT'], ['check "upsert"', 'REPLACE'],
    ]);
  });

  it('ignores the words in strings, comments and the replace() function', () => {
    const sql = "-- DELETE me later\nSELECT replace(name, 'DROP', '') AS n /* UPDATE */ FROM plans WHERE code <> 'delete; drop'";
    expect(splitSqlStatements(sql)).toHaveLength(1);
    expect(destructiveVerb(splitSqlStatements(sql)[0]!.scan)).toBeNull();
  });

  it('reports the runs that changed the database, with their SQL and time', () => {
    const events = [
      { at: '2026-01-05T10:00:00.000Z', type: 'run', data: { purpose: 'query', sql: 'SELECT 1', databaseChanged: false } },
      { at: '2026-01-05T10:02:03.000Z', type: 'run', data: { purpose: 'query', sql: 'DELETE FROM payments', databaseChanged: true } },
    ];
    expect(databaseChangingRuns(events)).toEqual([{ kind: 'action', label: 'A query run at 10:02:03 UTC changed the database', detail: 'DELETE FROM payments' }]);
  });
});
