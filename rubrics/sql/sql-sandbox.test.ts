// Unit tests (Node + Deno): the grading sandbox stops runaway SQL, caps its memory, isolates runs and stays usable afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { SqlSandbox } from './sql-sandbox';

const script = 'CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);';
const sandbox = new SqlSandbox({ timeoutMs: 1000 });
const run = (sql: string) => sandbox.run({ datasetKey: 'tiny', script, sql });

// Generous time, so the bomb meets the memory cap before the time limit.
const roomy = new SqlSandbox({ timeoutMs: 30_000 });

afterAll(async () => {
  await sandbox.close();
  await roomy.close();
});

describe('SqlSandbox', () => {
  it('returns columns and rows', async () => {
    expect(await run('SELECT x, x * 2 AS y FROM t ORDER BY x')).toMatchObject({ ok: true, columns: ['x', 'y'], rows: [[1, 2], [2, 4], [3, 6]] });
  });

  it('stops an endless recursive CTE with a clear message, and the next run works', async () => {
    const result = await run('WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r');
    expect(result).toMatchObject({ ok: false, timedOut: true });
    expect(!result.ok && result.error).toMatch(/Stopped after 1000 ms/);
    expect(await run('SELECT count(*) FROM t')).toMatchObject({ ok: true, rows: [[3]] });
  });

  it('stops a huge cross join, and the next run works', async () => {
    const huge = 'WITH d(n) AS (VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)) ' +
      'SELECT count(*) FROM d a, d b, d c, d e, d f, d g, d h, d i, d j, d k, d l, d m';
    expect(await run(huge)).toMatchObject({ ok: false, timedOut: true });
    expect(await run('SELECT max(x) FROM t')).toMatchObject({ ok: true, rows: [[3]] });
  });

  it('stops a memory bomb at the sandbox cap with a clear message, and the next run works', async () => {
    const bomb = 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 2000) SELECT length(group_concat(hex(zeroblob(1000000)))) FROM r';
    const result = await roomy.run({ datasetKey: 'tiny', script, sql: bomb });
    expect(result).toMatchObject({ ok: false, timedOut: false });
    expect(!result.ok && result.error).toMatch(/out of memory/);
    expect(await run('SELECT count(*) FROM t')).toMatchObject({ ok: true, rows: [[3]] });
  });

  it('refuses writes, so a run cannot change the data another run sees', async () => {
    const del = await run('DELETE FROM t');
    expect(del.ok).toBe(false);
    expect(await run('SELECT count(*) FROM t')).toMatchObject({ ok: true, rows: [[3]] });
  });

  it('runs only the first statement and says so', async () => {
    expect(await run('SELECT 1; SELECT 2;')).toMatchObject({ ok: true, rows: [[1]], ignoredExtraStatements: true });
    expect(await run('SELECT 1; -- trailing comment')).toMatchObject({ ok: true, ignoredExtraStatements: false });
  });

  it('reports empty and invalid SQL as errors, not crashes', async () => {
    expect(await run('  -- nothing here')).toMatchObject({ ok: false, error: 'The query is empty.' });
    const bad = await run('SELEC 1');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/syntax error/);
  });
});
