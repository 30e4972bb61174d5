// Host only: grades validation checks — quiet on clean data, firing on the corrupted copies they are meant to catch.
import type { ValidationCheck } from '../../exercises/sql/answer';
import type { CriterionResult, Evidence } from '../../contract/scoring';
import type { SqlAnswerKey } from './answer-key';
import { getCorruption } from './corruptions';
import { SQL_CRITERION_IDS, sqlCriterionTitle } from './criteria';
import { corruptedDatasets, visibleDataset } from './datasets';
import { runNotes } from './run-evidence';
import type { SqlRunResult, SqlSandbox } from './sql-sandbox';

export interface CheckOutcome {
  check: ValidationCheck;
  firesOnClean: boolean;
  failsOnClean: boolean;
  /** Corruption ids this check returned rows for. */
  catches: string[];
  /** Quiet and error-free on clean data, and catches at least one corruption. */
  useful: boolean;
}

export interface ChecksGrade {
  criteria: [CriterionResult, CriterionResult];
  outcomes: CheckOutcome[];
  coverage: number;
  uncaught: string[];
}

function runDetail(result: SqlRunResult): string {
  if (!result.ok) return `Error: ${result.error}`;
  return `${result.rows.length}${result.truncated ? '+' : ''} row(s)${runNotes(result)}`;
}

function fired(result: SqlRunResult): boolean {
  return result.ok && result.rows.length > 0;
}

export async function gradeChecks(sandbox: SqlSandbox, key: SqlAnswerKey, checks: readonly ValidationCheck[]): Promise<ChecksGrade> {
  const clean = visibleDataset(key.variantId);
  const corrupted = corruptedDatasets(key);
  const runEvidence: Evidence[] = [];
  const outcomes: CheckOutcome[] = [];

  for (const check of checks) {
    const label = `Check "${check.name || check.checkId}"`;
    const cleanRun = await sandbox.run({ datasetKey: clean.key, script: clean.script, sql: check.sql });
    const firesOnClean = fired(cleanRun);
    const failsOnClean = !cleanRun.ok;
    runEvidence.push({ kind: 'check-run', label: `${label} on clean data`, passed: cleanRun.ok && !firesOnClean, detail: runDetail(cleanRun) });
    const catches: string[] = [];
    for (const dataset of corrupted) {
      const run = await sandbox.run({ datasetKey: dataset.key, script: dataset.script, sql: check.sql });
      if (fired(run)) catches.push(dataset.targetId!);
      runEvidence.push({
        kind: 'check-run', label: `${label} on corrupted data "${dataset.targetId}"`, passed: fired(run), detail: runDetail(run),
      });
    }
    outcomes.push({ check, firesOnClean, failsOnClean, catches, useful: !firesOnClean && !failsOnClean && catches.length > 0 });
  }

  // A check that fires on clean data would alarm every day, so what it "catches" earns nothing.
  const trustworthy = outcomes.filter((o) => !o.firesOnClean && !o.failsOnClean);
  const coverageEvidence: Evidence[] = key.corruptionIds.map((id) => {
    const corruption = getCorruption(id);
    const catchers = trustworthy.filter((o) => o.catches.includes(id)).map((o) => `"${o.check.name || o.check.checkId}"`);
    return {
      kind: 'check-run',
      label: `Data problem: ${corruption.title}`,
      passed: catchers.length > 0,
      detail: `${corruption.realProblem} ${catchers.length > 0 ? `Caught by ${catchers.join(', ')}.` : 'Not caught by any check that is quiet on clean data.'}`,
    };
  });
  const caughtCount = coverageEvidence.filter((e) => e.passed).length;
  const coverage = key.corruptionIds.length ? caughtCount / key.corruptionIds.length : 0;
  // A false alarm is a check that fires (or breaks) on healthy data. A quiet check that guards a problem our corrupted
  // copies do not simulate is a sensible extra, not noise; but with no check catching anything there is nothing to credit.
  const quiet = outcomes.filter((o) => !o.firesOnClean && !o.failsOnClean).length;
  const precision = outcomes.some((o) => o.useful) ? quiet / outcomes.length : 0;
  const verdicts: Evidence[] = outcomes.map((o) => ({
    kind: 'note',
    label: `Check "${o.check.name || o.check.checkId}"`,
    passed: o.useful,
    detail: o.failsOnClean
      ? 'Fails to run on clean data.'
      : o.firesOnClean
        ? 'Returns rows on clean data: it would always fire.'
        : o.catches.length === 0
          ? 'Quiet on clean data; none of the simulated problems trips it (not counted as a false alarm).'
          : `Quiet on clean data; catches ${o.catches.join(', ')}.`,
  }));

  return {
    criteria: [
      {
        criterionId: SQL_CRITERION_IDS.checksCoverage, exerciseId: 'sql', title: sqlCriterionTitle(SQL_CRITERION_IDS.checksCoverage),
        score: coverage, evidence: coverageEvidence.length ? coverageEvidence : [{ kind: 'note', label: 'No data problems configured' }], source: 'auto',
      },
      {
        criterionId: SQL_CRITERION_IDS.checksPrecision, exerciseId: 'sql', title: sqlCriterionTitle(SQL_CRITERION_IDS.checksPrecision),
        score: precision,
        evidence: outcomes.length ? [...verdicts, ...runEvidence] : [{ kind: 'note', label: 'No validation checks were written', passed: false }],
        source: 'auto',
      },
    ],
    outcomes,
    coverage,
    uncaught: key.corruptionIds.filter((_, i) => !coverageEvidence[i]!.passed),
  };
}
