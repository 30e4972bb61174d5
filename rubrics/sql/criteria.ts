// Host only: the SQL exercise's criteria and where each one counts on the scorecard.
import type { CriterionDefinition } from '../../contract/scoring';
import { SQL_EXPLANATION_RATING } from '../../exercises/sql/rated-criteria';
import { listSqlAnswerKeys } from './answer-keys';
import { SQL_BUGS, type SqlBugId } from './bug-library';

export const SQL_CRITERION_IDS = {
  visible: 'sql.query.visible',
  bug: (bugId: SqlBugId) => `sql.query.bug.${bugId}`,
  checksCoverage: 'sql.checks.coverage',
  checksPrecision: 'sql.checks.precision',
  explanationBug: (bugId: SqlBugId) => `sql.explanation.bug.${bugId}`,
  explanationRating: 'sql.explanation.rating',
} as const;

/** The anchors live with the exercise definition (reviewer screens show them too); the rubric scores with them. */
export const EXPLANATION_RATING_ANCHORS = SQL_EXPLANATION_RATING.anchors;

const bugIds = Object.keys(SQL_BUGS) as SqlBugId[];

/** How many bugs the variant seeding this bug has: a variant's bugs share a fixed total, so two-bug and three-bug variants weigh the same. */
function bugsBeside(bugId: SqlBugId): number {
  return listSqlAnswerKeys().find((k) => k.bugs.some((b) => b.bugId === bugId))?.bugs.length ?? 3;
}
/** The fixed query's bugs weigh 9 in all per variant, their explanations 3. */
const QUERY_BUG_TOTAL = 9;
const EXPLANATION_BUG_TOTAL = 3;

/** Per-bug query criteria carry most of the query credit, so fixing 1 of 3 bugs earns about a third. */
export const SQL_CRITERIA: CriterionDefinition[] = [
  { criterionId: SQL_CRITERION_IDS.visible, exerciseId: 'sql', title: 'Tile is right on the visible data', dimension: 'sql-data', weight: 1 },
  ...bugIds.map((id): CriterionDefinition => ({
    criterionId: SQL_CRITERION_IDS.bug(id), exerciseId: 'sql', title: `Fixed: ${SQL_BUGS[id].title}`, dimension: 'sql-data', weight: QUERY_BUG_TOTAL / bugsBeside(id),
  })),
  { criterionId: SQL_CRITERION_IDS.checksCoverage, exerciseId: 'sql', title: 'Validation checks catch real data problems', dimension: 'operations', weight: 3 },
  { criterionId: SQL_CRITERION_IDS.checksPrecision, exerciseId: 'sql', title: 'Validation checks raise no false alarm on healthy data', dimension: 'sql-data', weight: 1 },
  ...bugIds.map((id): CriterionDefinition => ({
    criterionId: SQL_CRITERION_IDS.explanationBug(id), exerciseId: 'sql', title: `Explains: ${SQL_BUGS[id].title}`, dimension: 'sql-data', weight: EXPLANATION_BUG_TOTAL / bugsBeside(id),
  })),
  {
    criterionId: SQL_CRITERION_IDS.explanationRating, exerciseId: 'sql', title: 'Explanation is clear for the stakeholder (reviewer rating)',
    dimension: 'communication', weight: 3, ratingAnchors: EXPLANATION_RATING_ANCHORS,
  },
];

export function sqlCriterionTitle(criterionId: string): string {
  return SQL_CRITERIA.find((c) => c.criterionId === criterionId)?.title ?? criterionId;
}
