// Host only: the SQL exercise's rubric on the seam: adapts the SQL grader (hidden datasets, corrupted data for the
// checks, explanation concepts) and names its reference answers and the strings that must never reach candidates.
import type { SqlAnswer } from '../../exercises/sql/answer';
import { sqlStarterAnswer } from '../../exercises/sql/starter';
import { getSqlVariant, listSqlVariants, SQL_VARIANT_IDS } from '../../exercises/sql/variants';
import { gradingResource } from '../kit/grading-resources';
import type { ExerciseRubric, GradingResources } from '../kit/rubric-module';
import { contentText, longestPrivateLine } from '../kit/secret-strings';
import { getSqlAnswerKey } from './answer-keys';
import { SQL_CRITERIA } from './criteria';
import { gradeSqlAnswer, sqlCriteriaForVariant } from './grade-sql';
import { sqlReferenceQuery } from './reference-answer';
import { sqlReferenceAnswers } from './references';
import { SqlSandbox } from './sql-sandbox';

const SANDBOX = 'sqlSandbox';

/** The shared SQL sandbox among opened resources (also for the bench, which grades outside a session). */
export const sqlSandboxOf = (resources: GradingResources): SqlSandbox => gradingResource<SqlSandbox>(resources, SANDBOX);

export const SQL_RUBRIC: ExerciseRubric<SqlAnswer> = {
  exerciseId: 'sql',
  criteria: SQL_CRITERIA,
  criteriaFor: sqlCriteriaForVariant,
  resources: {
    [SANDBOX]: ({ workerDir }) => new SqlSandbox(workerDir ? { workerDir } : {}),
  },
  grade: ({ answer, variantId, resources, events }) => gradeSqlAnswer(answer, variantId, { sandbox: sqlSandboxOf(resources), events }),
  referenceAnswers: () => [
    ...sqlReferenceAnswers(),
    ...SQL_VARIANT_IDS.map((variantId) => ({
      variantId, level: 'starter' as const, description: 'The broken query submitted unchanged, no explanation, the example check only.', answer: sqlStarterAnswer(getSqlVariant(variantId)),
    })),
  ],
  secretStrings: () => {
    // Whatever any variant shows candidates is public, so a line shared with it is no evidence of a leak.
    const publicText = contentText(listSqlVariants());
    return SQL_VARIANT_IDS.flatMap((variantId) => {
      const key = getSqlAnswerKey(variantId);
      return [
        longestPrivateLine(sqlReferenceQuery(variantId), publicText),
        longestPrivateLine(key.referenceExplanation, publicText),
        ...key.referenceChecks.map((c) => longestPrivateLine(c.sql, publicText)),
      ].filter((needle) => needle !== '');
    });
  },
};
