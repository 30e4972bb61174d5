// Unit test of the grading CLI as a hiring team uses it: real files in, a table or JSON out.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterAll } from 'vitest';
import { closeTestHosts, exportAll, reviewerToken, testHost } from '../electron/host/fixtures/host-fixture';
import { sqlReferenceAnswer } from '../rubrics/sql';

const grade = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', ...args], { encoding: 'utf8' });

afterAll(closeTestHosts);

/** A session taken on a machine whose reviewer prepared the plan; its data folder holds the plan's secret. */
async function sessionFileWithSqlAnswer(dir: string): Promise<string> {
  const host = await testHost(join(dir, 'data'));
  const { handlers } = host;
  const token = await reviewerToken(host);
  await handlers.preparePlan({ token, action: 'start-here', draft: { title: 'SQL only', exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'churn-by-month' }], extraTimeMultiplier: 1, variantMode: 'fixed' } });
  const { session } = await handlers.startSession({ candidateName: 'Ada', consent: true });
  host.advance(1_000);
  await handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', answers: { sql: sqlReferenceAnswer('churn-by-month') } });
  await handlers.submitSession({ sessionId: session.sessionId, reflection: '' });
  const file = join(dir, 'ada.dpe-session.jsonl');
  writeFileSync(file, (await exportAll(host, session.sessionId)).text);
  return file;
}

describe('npm run grade', () => {
  it('grades a session file: every SQL criterion with its score and evidence, as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpe-grade-'));
    const file = await sessionFileWithSqlAnswer(dir);
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', '--json', '--data-dir', join(dir, 'data'), file], { encoding: 'utf8' }));
    expect(out).toHaveLength(1);
    expect(out[0].integrity).toMatchObject({ ok: true, plan: { preparedHere: true }, seal: { state: 'verified' } });
    expect(out[0].verified).toBe(true);
    const sql = out[0].exercises[0];
    expect(sql).toMatchObject({ exerciseId: 'sql', variantId: 'churn-by-month' });
    const query = sql.criteria.filter((c: { criterionId: string }) => c.criterionId.startsWith('sql.query.bug.'));
    expect(query.length).toBeGreaterThanOrEqual(2);
    expect(query.every((c: { score: number }) => c.score === 1)).toBe(true);
    expect(sql.criteria.every((c: { evidence: unknown[] }) => c.evidence.length > 0)).toBe(true);

    // The scorecard: learning agility graded from the session log, dimensions without evidence left out, not zeroed.
    const learning = out[0].exercises.find((g: { exerciseId: string }) => g.exerciseId === 'assessment');
    expect(learning.criteria.find((c: { criterionId: string }) => c.criterionId === 'learning.iteration').score).toBe(0);
    const card = out[0].scorecard;
    const dims = Object.fromEntries(card.dimensions.map((d: { dimensionId: string }) => [d.dimensionId, d]));
    expect(dims['sql-data'].autoRating).toBe(5);
    expect(dims['python-scripting'].autoRating).toBeNull();
    expect(dims.communication.pendingCriterionIds).toEqual(['sql.explanation.rating']);
    expect(dims.learning).toMatchObject({ autoRating: 1, pendingCriterionIds: ['learning.reflection.rating'] });
    expect(card.overall.coveredWeight).toBe(45);
    const expected = (20 * 1 + 15 * (dims.operations.autoRating - 1) / 4 + 10 * 0) / 45 * 100;
    expect(card.overall.autoScore).toBeCloseTo(expected, 0);
    expect(card.signals.map((s: { signalId: string }) => s.signalId)).toContain('learning.no-runs');
  });

  it('prints dimension ratings and the overall with the weight it covers; uses a team scorecard and refuses a broken one', () => {
    const table = grade('--exercise', 'sql', '--variant', 'revenue-by-plan', 'docs/examples/sql-answer.json');
    expect(table.stdout).toMatch(/SQL and data reasoning\s+20\s+5\.0 \/ 5/);
    expect(table.stdout).toMatch(/Python and scripting fundamentals\s+15\s+no evidence/);
    expect(table.stdout).toMatch(/Overall \(auto\): \d+\.\d \/ 100, covering 35 of 100 weight points/);
    const dir = mkdtempSync(join(tmpdir(), 'dpe-grade-'));
    const team = JSON.parse(readFileSync('rubrics/scorecard/scorecard.json', 'utf8'));
    team.criterionOverrides = [{ criterionId: 'sql.checks.coverage', dimension: 'sql-data' }];
    writeFileSync(join(dir, 'team.json'), JSON.stringify(team));
    const moved = JSON.parse(grade('--json', '--scorecard', join(dir, 'team.json'), '--exercise', 'sql', '--variant', 'revenue-by-plan', 'docs/examples/sql-answer.json').stdout);
    expect(moved[0].scorecard.overall.coveredWeight).toBe(20);
    team.dimensions[0].weight = 30;
    writeFileSync(join(dir, 'bad-team.json'), JSON.stringify(team));
    const refused = grade('--scorecard', join(dir, 'bad-team.json'), '--exercise', 'sql', '--variant', 'revenue-by-plan', 'docs/examples/sql-answer.json');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('dimension weights add up to 110, not 100');
  });

  it('grades a bare answer file and prints a readable table; a broken answer file gets a clear message', () => {
    const table = grade('--exercise', 'sql', '--variant', 'revenue-by-plan', 'docs/examples/sql-answer.json');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/sql\.query\.bug\.integer-division\s+1\.00/);
    const dir = mkdtempSync(join(tmpdir(), 'dpe-grade-'));
    writeFileSync(join(dir, 'bad.json'), '{"query": 1}');
    const bad = grade('--exercise', 'sql', '--variant', 'revenue-by-plan', join(dir, 'bad.json'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('is not a sql answer: the query should be text; the explanation is missing; the checks are missing');
  });

  it('prints no score for a file that fails its integrity check, unless --allow-unverified, and then marks every figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpe-grade-'));
    const file = await sessionFileWithSqlAnswer(dir);
    const [header, ...records] = readFileSync(file, 'utf8').trim().split('\n');
    const edited = JSON.parse(records[2]!);
    edited.data = { patch: [{ p: [], v: { ...sqlReferenceAnswer('churn-by-month'), explanation: 'Forged in afterwards.' } }] };
    const tampered = join(dir, 'tampered.dpe-session.jsonl');
    writeFileSync(tampered, [header, ...records.slice(0, 2), JSON.stringify(edited), ...records.slice(3)].join('\n'));
    const refused = grade(tampered);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not graded, the file fails its integrity check\. Hash chain breaks at event 2/);
    expect(refused.stdout).not.toMatch(/Overall/);
    const marked = grade('--allow-unverified', tampered);
    expect(marked.status).toBe(1);
    expect(marked.stdout).toMatch(/UNVERIFIED · Ada/);
    expect(marked.stdout).toMatch(/Overall \(auto\): [\d.]+ \/ 100 \(UNVERIFIED\)/);
    expect(marked.stdout.split('\n').filter((l) => /\s\d\.\d\d(?!\s*\(unverified\))\s/.test(l))).toEqual([]);
    writeFileSync(join(dir, 'notes.txt'), 'Ada did well.');
    expect(grade(join(dir, 'notes.txt')).stderr).toMatch(/not a session file: it is plain text/);
  });
});
