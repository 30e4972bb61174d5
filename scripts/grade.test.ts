// Unit test of the grading CLI as a hiring team uses it: real files in, a table or JSON out.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostServices } from '../electron/host/host-services';
import { sqlReferenceAnswer } from '../rubrics/sql';

const grade = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', ...args], { encoding: 'utf8' });

async function sessionFileWithSqlAnswer(dir: string): Promise<string> {
  const { handlers } = await createHostServices({ dataDir: join(dir, 'data'), mode: 'browser', version: 'test' });
  const { token } = await handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'correct horse battery', setPassphrase: true });
  await handlers.preparePlan({ token, action: 'start-here', draft: { title: 'SQL only', exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'churn-by-month' }], extraTimeMultiplier: 1, variantMode: 'fixed' } });
  const { session } = await handlers.startSession({ candidateName: 'Ada', consent: true });
  await handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', elapsedMs: { sql: 1000 }, answers: { sql: sqlReferenceAnswer('churn-by-month') } });
  await handlers.submitSession({ sessionId: session.sessionId, reflection: '' });
  const file = join(dir, 'ada.dpe-session.json');
  writeFileSync(file, (await handlers.exportSession({ sessionId: session.sessionId })).content);
  return file;
}

describe('npm run grade', () => {
  it('grades a session file: every SQL criterion with its score and evidence, as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpe-grade-'));
    const file = await sessionFileWithSqlAnswer(dir);
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', '--json', file], { encoding: 'utf8' }));
    expect(out).toHaveLength(1);
    expect(out[0].integrity.ok).toBe(true);
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
    expect(bad.stderr).toContain('is not a sql answer: query');
  });
});
