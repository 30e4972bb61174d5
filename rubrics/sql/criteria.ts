// Host only: the SQL exercise's criteria and where each one counts on the scorecard.
import type { CriterionDefinition } from '../../contract/scoring';
import { SQL_EXPLANATION_RATING } from '../../exercises/sql/rated-criteria';
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

/** Per-bug query criteria carry most of the query credit, so fixing 1 of 3 bugs earns about a third. */
export const SQL_CRITERIA: CriterionDefinition[] = [
  { criterionId: SQL_CRITERION_IDS.visible, exerciseId: 'sql', title: 'Tile is right on the visible data', dimension: 'sql-data', weight: 1 },
  ...bugIds.map((id): CriterionDefinition => ({
    criterionId: SQL_CRITERION_IDS.bug(id), exerciseId: 'sql', title: `Fixed: ${SQL_BUGS[id].title}`, dimension: 'sql-data', weight: 3,
  })),
  { criterionId: SQL_CRITERION_IDS.checksCoverage, exerciseId: 'sql', title: 'Validation checks catch real data problems', dimension: 'operations', weight: 3 },
  { criterionId: SQL_CRITERION_IDS.checksPrecision, exerciseId: 'sql', title: 'Validation checks are quiet on healthy data and each catches something', dimension: 'sql-data', weight: 1 },
  ...bugIds.map((id): CriterionDefinition => ({
    criterionId: SQL_CRITERION_IDS.explanationBug(id), exerciseId: 'sql', title: `Explains: ${SQL_BUGS[id].title}`, dimension: 'sql-data', weight: 1,
  })),
  {
    criterionId: SQL_CRITERION_IDS.explanationRating, exerciseId: 'sql', title: 'Explanation is clear for the stakeholder (reviewer rating)',
    dimension: 'communication', weight: 3, ratingAnchors: EXPLANATION_RATING_ANCHORS,
  },
];

export function sqlCriterionTitle(criterionId: string): string {
  return SQL_CRITERIA.find((c) => c.criterionId === criterionId)?.title ?? criterionId;
}
