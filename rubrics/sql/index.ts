// Host only: public surface of SQL grading for the host services and the grading CLI.
export { gradeSqlAnswer, sqlCriteriaForVariant, type GradeSqlOptions } from './grade-sql';
export { SQL_CRITERIA, SQL_CRITERION_IDS, EXPLANATION_RATING_ANCHORS } from './criteria';
export { sqlReferenceAnswer, sqlReferenceQuery } from './reference-answer';
export { SqlSandbox, DEFAULT_SQL_TIMEOUT_MS, type SqlRunRequest, type SqlRunResult, type SqlSandboxOptions } from './sql-sandbox';
export { SQL_BUGS, type SqlBugId } from './bug-library';
export { getSqlAnswerKey, listSqlAnswerKeys } from './answer-keys';
