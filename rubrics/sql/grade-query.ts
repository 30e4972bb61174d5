// Host only: grades the fixed query by result equivalence on the visible data and on one hidden dataset per seeded bug.
import type { CriterionResult, Evidence } from '../../contract/scoring';
import { compareResultSets, type ResultSet } from '../../exercises/sql/compare-results';
import type { SqlVariant } from '../../exercises/sql/variant-schema';
import type { SqlAnswerKey } from './answer-key';
import { SQL_BUGS, type SqlBugId } from './bug-library';
import { SQL_CRITERION_IDS, sqlCriterionTitle } from './criteria';
import { hiddenDatasets, visibleDataset, type GradingDataset } from './datasets';
import { normaliseSql, queryEvidence } from './run-evidence';
import type { SqlSandbox } from './sql-sandbox';

export interface QueryGrade {
  criteria: CriterionResult[];
  visibleMatched: boolean;
  fixedBugs: SqlBugId[];
  /** Matches the visible data yet fails every hidden dataset: the result was typed in, not computed. */
  looksHardCoded: boolean;
  unchanged: boolean;
  visibleEvidence: Evidence;
}

/** Reference results never change for a dataset, so they are computed once per process. */
const referenceResults = new Map<string, ResultSet>();

export async function referenceResult(sandbox: SqlSandbox, key: SqlAnswerKey, dataset: GradingDataset): Promise<ResultSet> {
  const cached = referenceResults.get(dataset.key);
  if (cached) return cached;
  const sql = key.buildQuery(new Set(key.bugs.map((b) => b.bugId)));
  const result = await sandbox.run({ datasetKey: dataset.key, script: dataset.script, sql });
  if (!result.ok) throw new Error(`The reference query failed on ${dataset.key}: ${result.error}`);
  const set = { columns: result.columns, rows: result.rows };
  referenceResults.set(dataset.key, set);
  return set;
}

async function compareOn(sandbox: SqlSandbox, key: SqlAnswerKey, variant: SqlVariant, dataset: GradingDataset, query: string) {
  const expected = await referenceResult(sandbox, key, dataset);
  const result = await sandbox.run({ datasetKey: dataset.key, script: dataset.script, sql: query });
  const diff = result.ok
    ? compareResultSets(expected, { columns: result.columns, rows: result.rows }, { ordered: variant.resultOrderMatters })
    : undefined;
  return { result, diff, matched: diff?.equal === true && result.ok && !result.truncated };
}

export async function gradeQuery(sandbox: SqlSandbox, key: SqlAnswerKey, variant: SqlVariant, query: string): Promise<QueryGrade> {
  const visible = visibleDataset(variant.id);
  const vis = await compareOn(sandbox, key, variant, visible, query);
  const visibleEvidence = queryEvidence('query-result', 'Visible dataset (what the candidate saw)', vis.result, vis.diff);

  const hidden: { bugId: SqlBugId; matched: boolean; evidence: Evidence }[] = [];
  for (const dataset of hiddenDatasets(key)) {
    const run = await compareOn(sandbox, key, variant, dataset, query);
    const bugId = dataset.targetId as SqlBugId;
    hidden.push({ bugId, matched: run.matched, evidence: queryEvidence('hidden-test', dataset.description, run.result, run.diff) });
  }
  const looksHardCoded = vis.matched && hidden.every((h) => !h.matched);
  const unchanged = normaliseSql(query) === normaliseSql(variant.brokenQuery);

  const visibleCriterion: CriterionResult = {
    criterionId: SQL_CRITERION_IDS.visible, exerciseId: 'sql', title: sqlCriterionTitle(SQL_CRITERION_IDS.visible),
    score: vis.matched && !looksHardCoded ? 1 : 0,
    evidence: [
      visibleEvidence,
      ...(looksHardCoded
        ? [{ kind: 'note' as const, label: 'No credit: the result matches the visible data only', detail: 'Every hidden dataset gives a different answer, so the query does not compute the tile.' }]
        : []),
    ],
    source: 'auto',
  };
  const bugCriteria = hidden.map(({ bugId, matched, evidence }): CriterionResult => {
    const seeded = key.bugs.find((b) => b.bugId === bugId);
    return {
      criterionId: SQL_CRITERION_IDS.bug(bugId), exerciseId: 'sql', title: sqlCriterionTitle(SQL_CRITERION_IDS.bug(bugId)),
      score: matched ? 1 : 0,
      evidence: [evidence, { kind: 'note', label: `Seeded bug: ${SQL_BUGS[bugId].title}`, detail: seeded?.whatIsWrong }],
      source: 'auto',
    };
  });
  return {
    criteria: [visibleCriterion, ...bugCriteria],
    visibleMatched: vis.matched,
    fixedBugs: hidden.filter((h) => h.matched).map((h) => h.bugId),
    looksHardCoded,
    unchanged,
    visibleEvidence,
  };
}
