// Pure (all processes): public surface of the SQL exercise for the renderer, its sql.js worker and the host.
export { SqlAnswerSchema, ValidationCheckSchema, SQL_TEXT_LIMIT, type SqlAnswer, type ValidationCheck } from './answer';
export { SQL_SCHEMA, TIMESTAMP_NOTE, type BillingData, type SqlTableInfo, type SqlColumnInfo } from './schema';
export { generateBillingData, SNAPSHOT_AT, PLANS, type DatasetSpec } from './dataset';
export { buildSqlDatabaseScript, billingDataToScript, createTableSql } from './sql-script';
export {
  compareResultSets, cellsEqual, formatRow, DEFAULT_TOLERANCE,
  type ResultSet, type ResultDiff, type SqlCell, type CompareOptions, type Tolerance,
} from './compare-results';
export { SqlVariantSchema, type SqlVariant, type DashboardTile } from './variant-schema';
export { listSqlVariants, getSqlVariant, loadSqlVariants, SQL_VARIANT_IDS, type SqlVariantId } from './variants';
export { sqlStarterAnswer } from './starter';
