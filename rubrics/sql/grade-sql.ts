// Host only: grades one SQL answer — fixed query, validation checks, explanation — into criterion results and signals.
import { SqlAnswerSchema, type SqlAnswer } from '../../exercises/sql/answer';
import { errorGrade as kitErrorGrade } from '../kit/error-grade';
import { getSqlVariant } from '../../exercises/sql/variants';
import type { CriterionDefinition, CriterionResult, Evidence, ExerciseGrade, Signal } from '../../contract/scoring';
import type { SqlAnswerKey } from './answer-key';
import { getSqlAnswerKey } from './answer-keys';
import { SQL_CRITERIA, SQL_CRITERION_IDS, sqlCriterionTitle } from './criteria';
import { matchExplanation } from './explanation-match';
import { gradeChecks, type ChecksGrade } from './grade-checks';
import { gradeQuery, type QueryGrade } from './grade-query';
import { SqlSandbox } from './sql-sandbox';
import { databaseChangingRuns, destructiveEvidence, findDestructiveStatements, type DestructiveStatement, type SqlRunEventLike } from './destructive-sql';

export interface GradeSqlOptions {
  /** Reuse one sandbox across many gradings (the CLI); otherwise one is created and closed per call. */
  sandbox?: SqlSandbox;
  /** Time limit per candidate statement, when this call creates its own sandbox. */
  timeoutMs?: number;
  /** This exercise's recorded events: runs that changed the database are red flags. */
  events?: readonly SqlRunEventLike[];
}

function explanationCriteria(key: SqlAnswerKey, explanation: string): CriterionResult[] {
  const perBug = key.bugs.map(({ bugId }): CriterionResult => {
    const m = matchExplanation(explanation, bugId);
    const evidence: Evidence[] = m.sentence
      ? [{ kind: 'text-match', label: m.note, passed: m.score === 1, detail: `"${m.sentence}"\nCause: "${m.cause}"; effect on the tile: "${m.effect}"` }]
      : [{ kind: 'text-match', label: m.note, passed: false }];
    return {
      criterionId: SQL_CRITERION_IDS.explanationBug(bugId), exerciseId: 'sql', title: sqlCriterionTitle(SQL_CRITERION_IDS.explanationBug(bugId)),
      score: m.score,
      evidence,
      source: 'auto',
    };
  });
  const words = explanation.trim() ? explanation.trim().split(/\s+/).length : 0;
  const rating: CriterionResult = {
    criterionId: SQL_CRITERION_IDS.explanationRating, exerciseId: 'sql', title: sqlCriterionTitle(SQL_CRITERION_IDS.explanationRating),
    score: null,
    evidence: [{ kind: 'note', label: 'Awaiting reviewer rating (1-5, anchored)', detail: `The explanation has ${words} word(s).` }],
    source: 'reviewer',
  };
  return [...perBug, rating];
}

function signals(key: SqlAnswerKey, query: QueryGrade, checks: ChecksGrade, destructive: readonly DestructiveStatement[], changingRuns: readonly Evidence[]): Signal[] {
  const out: Signal[] = [];
  const add = (signalId: string, kind: Signal['kind'], title: string, evidence: Evidence[]) =>
    out.push({ signalId, exerciseId: 'sql', kind, title, evidence });
  if (destructive.length > 0) {
    add('sql.destructive-statement', 'red-flag', 'Writes statements that change or destroy warehouse data (DELETE, DROP, UPDATE, INSERT...)', destructive.map(destructiveEvidence));
  }
  if (changingRuns.length > 0) {
    add('sql.database-changed', 'red-flag', 'Ran statements that changed the database during the session', [...changingRuns]);
  }
  if (query.looksHardCoded) {
    add('sql.query.hard-coded', 'red-flag', 'The query reproduces the visible numbers but computes nothing: it fails every hidden dataset', [query.visibleEvidence]);
  }
  if (query.unchanged) add('sql.query.unchanged', 'weak', 'The broken query was submitted unchanged', []);
  // A correct SELECT followed by a DELETE is not a fixed tile: the whole text is what would be deployed.
  if (query.fixedBugs.length === key.bugs.length && query.visibleMatched && !destructive.some((d) => d.where === 'the fixed query')) {
    add('sql.query.all-bugs-fixed', 'strong', 'Every seeded bug is fixed, on the visible and all hidden datasets', []);
  }
  if (checks.outcomes.length > 0 && checks.coverage === 1) {
    add('sql.checks.catch-all', 'strong', 'The validation checks catch every corrupted dataset', checks.criteria[0].evidence);
  }
  const noisy = checks.outcomes.filter((o) => o.firesOnClean);
  if (noisy.length > 0) {
    add('sql.checks.always-fires', 'weak', 'A validation check returns rows on healthy data, so it would alarm every day',
      noisy.map((o) => ({ kind: 'check-run' as const, label: `Check "${o.check.name || o.check.checkId}"`, passed: false, detail: 'Fires on clean data' })));
  }
  if (!checks.outcomes.some((o) => o.useful)) {
    add('sql.checks.none-useful', 'weak', 'No validation check catches a real data problem', []);
  }
  return out;
}

/** The rubric kit's one error grade over this variant's criteria (its own seeded bugs; all of them when unknown). */
function errorGrade(variantId: string, error: string, bugIds: readonly string[]): ExerciseGrade {
  const criteria = bugIds.length > 0 ? sqlCriteriaForVariant(variantId) : SQL_CRITERIA.filter((c) => !/^sql\.(query|explanation)\.bug\./.test(c.criterionId));
  return kitErrorGrade({ exerciseId: 'sql', variantId, criteria, error });
}

export async function gradeSqlAnswer(answer: SqlAnswer, variantId: string, opts: GradeSqlOptions = {}): Promise<ExerciseGrade> {
  let key: SqlAnswerKey;
  try {
    key = getSqlAnswerKey(variantId);
    getSqlVariant(variantId);
  } catch (err) {
    return errorGrade(variantId, err instanceof Error ? err.message : String(err), []);
  }
  const bugIds = key.bugs.map((b) => b.bugId);
  // Stored answers come from disk: never trust the static type.
  const parsed = SqlAnswerSchema.safeParse(answer);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ');
    return errorGrade(variantId, `The answer is malformed: ${issues}`, bugIds);
  }
  const sandbox = opts.sandbox ?? new SqlSandbox(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {});
  try {
    const variant = getSqlVariant(variantId);
    const query = await gradeQuery(sandbox, key, variant, parsed.data.query);
    const checks = await gradeChecks(sandbox, key, parsed.data.checks);
    return {
      exerciseId: 'sql',
      variantId,
      criteria: [...query.criteria, ...checks.criteria, ...explanationCriteria(key, parsed.data.explanation)],
      signals: signals(key, query, checks, findDestructiveStatements(parsed.data.query, parsed.data.checks), databaseChangingRuns(opts.events ?? [])),
    };
  } catch (err) {
    return errorGrade(variantId, `Grading failed: ${err instanceof Error ? err.message : String(err)}`, bugIds);
  } finally {
    if (!opts.sandbox) await sandbox.close();
  }
}

/** Criteria that apply to one variant (its own seeded bugs only), in grade order. */
export function sqlCriteriaForVariant(variantId: string): CriterionDefinition[] {
  const bugIds = getSqlAnswerKey(variantId).bugs.map((b) => b.bugId);
  const ids = [
    SQL_CRITERION_IDS.visible,
    ...bugIds.map(SQL_CRITERION_IDS.bug),
    SQL_CRITERION_IDS.checksCoverage,
    SQL_CRITERION_IDS.checksPrecision,
    ...bugIds.map(SQL_CRITERION_IDS.explanationBug),
    SQL_CRITERION_IDS.explanationRating,
  ];
  return ids.map((id) => SQL_CRITERIA.find((c) => c.criterionId === id)!);
}
