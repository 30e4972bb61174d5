// Unit (Node + Deno sandbox): every submission of the hostile corpus is graded through the entry the app and the CLI
// use; none may leave a side effect (marker file, decoy server hit, victim killed, secret or canary in the grade),
// earn a score its honest part did not, or stop its honest part from being graded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseGrade } from '../../../contract/scoring';
import { gradeExercise, openGradingResources, type GradingResources } from '../../grade-session';
import { pythonReferenceAnswer } from '../../python/fixtures/reference-answers';
import { RUNTIME_FS_SIGNAL_ID } from '../../python/grade-python';
import { sqlReferenceAnswer } from '../../sql/reference-answer';
import { hostilePython, hostileSql, PYTHON_ATTACKS, setTraps, SQL_ATTACKS, type Traps } from './hostile-fixture';

const PY_VARIANT = 'orders-ingest';
const SQL_VARIANT = 'revenue-by-plan';

/** Hidden tests an attack is allowed to lose (it stalls or crashes its own run there); everything else must match. */
const MAY_LOSE: Record<string, string[]> = {
  'endless_loops.py': ['python.hidden-test.malformed-json', 'python.hidden-test.scale'],
  'memory_bombs.py': ['python.hidden-test.malformed-json', 'python.hidden-test.missing-required-column'],
};
/** The naive solution is the honest part here, so a forged result would show as a score it never earns. */
const HONEST_KIND: Record<string, 'strong' | 'naive'> = { 'forge_replies.py': 'naive' };

let traps: Traps;
let resources: GradingResources;
const honest = new Map<string, ExerciseGrade>();

beforeAll(async () => {
  traps = await setTraps();
  resources = openGradingResources();
  for (const kind of ['strong', 'naive'] as const) {
    honest.set(kind, await gradeExercise('python', PY_VARIANT, pythonReferenceAnswer(PY_VARIANT, kind), resources));
  }
  honest.set('sql', await gradeExercise('sql', SQL_VARIANT, sqlReferenceAnswer(SQL_VARIANT), resources));
}, 600_000);

afterAll(async () => {
  await resources?.close();
  await traps?.close();
});

function expectNoSideEffects(grade: ExerciseGrade | string): void {
  const text = typeof grade === 'string' ? grade : JSON.stringify(grade);
  expect(traps.markers()).toEqual([]);
  expect(traps.decoyHits).toEqual([]);
  expect(traps.victimAlive()).toBe(true);
  expect(text).not.toContain(traps.secret);
  expect(text).not.toContain(traps.canaryValue);
  if (hostname().length >= 4) expect(text).not.toContain(`-${hostname()}`);
}

/** What the attack obtained, as recorded by the sandbox's file trace (only proof-of-run markers are expected). */
function loot(grade: ExerciseGrade): string[] {
  const trace = grade.signals.find((s) => s.signalId === RUNTIME_FS_SIGNAL_ID);
  return (trace?.evidence ?? []).map((e) => e.label.match(/\/tmp\/loot-(.*)$/)?.[1]).filter((x): x is string => Boolean(x));
}

function hiddenResults(grade: ExerciseGrade): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const c of grade.criteria) {
    if (!c.criterionId.startsWith('python.hidden.')) continue;
    for (const e of c.evidence) out.set(e.label.split(':')[0]!, e.passed === true);
  }
  return out;
}

const scoreOf = (g: ExerciseGrade, id: string) => g.criteria.find((c) => c.criterionId === id)?.score ?? null;

describe('hostile Python submissions', { timeout: 600_000 }, () => {
  it.each(PYTHON_ATTACKS)('%s: no side effect, no unearned score, honest part graded', async (attack) => {
    const kind = HONEST_KIND[attack] ?? 'strong';
    const grade = await gradeExercise('python', PY_VARIANT, { source: hostilePython(pythonReferenceAnswer(PY_VARIANT, kind).source, attack, traps) }, resources);
    expect(grade.error).toBeUndefined();
    expectNoSideEffects(grade);
    // The attack ran (its proof-of-run file shows in the trace) and obtained nothing.
    const got = loot(grade);
    expect(got).toContain('ran-attack');
    expect(got.filter((l) => !['ran-attack', 'memory-capped', 'scope-reached'].includes(l))).toEqual([]);

    const base = honest.get(kind)!;
    const mine = hiddenResults(grade);
    const theirs = hiddenResults(base);
    const allowed = new Set(MAY_LOSE[attack] ?? []);
    for (const [id, passed] of theirs) {
      if (allowed.has(id)) expect(mine.get(id) ? 1 : 0).toBeLessThanOrEqual(passed ? 1 : 0);
      else expect([id, mine.get(id)]).toEqual([id, passed]);
    }
    for (const c of base.criteria.filter((x) => x.criterionId === 'python.public.tests' || x.criterionId.startsWith('python.hidden.'))) {
      expect([c.criterionId, (scoreOf(grade, c.criterionId) ?? 0) <= (c.score ?? 0)]).toEqual([c.criterionId, true]);
    }
    expect(scoreOf(grade, 'python.public.tests')).toBe(scoreOf(base, 'python.public.tests'));
  });
});

describe('hostile SQL submissions', { timeout: 600_000 }, () => {
  it.each(SQL_ATTACKS)('%s: no side effect, no unearned score, honest query graded', async (attack) => {
    const reference = sqlReferenceAnswer(SQL_VARIANT);
    const statement = hostileSql(attack, traps);
    const answer = { ...reference, checks: [...reference.checks, { checkId: 'hostile', name: `Hostile: ${attack}`, sql: statement }] };
    const grade = await gradeExercise('sql', SQL_VARIANT, answer, resources);
    expect(grade.error).toBeUndefined();
    expectNoSideEffects(grade);
    const base = honest.get('sql')!;
    for (const c of base.criteria.filter((x) => x.source === 'auto')) {
      const mine = scoreOf(grade, c.criterionId) ?? 0;
      if (c.criterionId.startsWith('sql.checks')) expect([c.criterionId, mine <= (c.score ?? 0) + 1e-9]).toEqual([c.criterionId, true]);
      else expect([c.criterionId, mine]).toEqual([c.criterionId, c.score]);
    }
  });
});

describe('hostile submissions through npm run grade', { timeout: 600_000 }, () => {
  it.each(['processes.py', 'host_files.py'])('%s graded by the CLI leaves no side effect', (attack) => {
    const dir = mkdtempSync(join(tmpdir(), 'dpe-hostile-cli-'));
    try {
      const file = join(dir, 'ingest.py');
      writeFileSync(file, hostilePython(pythonReferenceAnswer(PY_VARIANT, 'strong').source, attack, traps));
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', '--exercise', 'python', '--variant', PY_VARIANT, file, '--json'], {
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
        env: { ...process.env },
        encoding: 'utf8',
        timeout: 480_000,
      });
      expect(cli.status, cli.stderr).toBe(0);
      expectNoSideEffects(cli.stdout);
      expect(cli.stdout).toContain('python.hidden-test.scale');
      expect(cli.stdout).toContain('loot-ran-attack');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
