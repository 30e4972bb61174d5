// Pure (all processes): turns billing data into one SQL script (DDL + batched INSERTs) for sql.js `db.exec`.
import { generateBillingData, type DatasetSpec } from './dataset';
import { SQL_SCHEMA, type BillingData, type SqlTableInfo } from './schema';

const INSERT_BATCH = 250;

/** Indexes on the join keys keep candidate queries fast; they are visible in the schema like in a real warehouse. */
const INDEXES = [
  'CREATE INDEX idx_subscriptions_account ON subscriptions(account_id);',
  'CREATE INDEX idx_invoices_subscription ON invoices(subscription_id);',
  'CREATE INDEX idx_invoices_account ON invoices(account_id);',
  'CREATE INDEX idx_payments_invoice ON payments(invoice_id);',
];

export function createTableSql(table: SqlTableInfo): string {
  const cols = table.columns.map((c) => {
    const parts = [c.name, c.type];
    if (c.primaryKey) parts.push('PRIMARY KEY');
    else if (!c.nullable) parts.push('NOT NULL');
    if (c.references) {
      const [refTable, refCol] = c.references.split('.');
      parts.push(`REFERENCES ${refTable}(${refCol})`);
    }
    return `  ${parts.join(' ')}`;
  });
  return `CREATE TABLE ${table.name} (\n${cols.join(',\n')}\n);`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot store non-finite number ${value}`);
    return String(value);
  }
  return `'${String(value).replace(/'/g, "''")}'`;
}

export function billingDataToScript(data: BillingData): string {
  const out: string[] = ['BEGIN;'];
  for (const table of SQL_SCHEMA) out.push(createTableSql(table));
  for (const table of SQL_SCHEMA) {
    const rows = data[table.name] as readonly object[];
    const names = table.columns.map((c) => c.name);
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const values = rows
        .slice(i, i + INSERT_BATCH)
        .map((row) => `(${names.map((n) => literal((row as Record<string, unknown>)[n])).join(', ')})`);
      out.push(`INSERT INTO ${table.name} (${names.join(', ')}) VALUES\n${values.join(',\n')};`);
    }
  }
  // ANALYZE gives the planner row statistics; without them it builds a throwaway automatic index on every run of
  // a filtered LEFT JOIN (140 ms instead of 5 ms per query on the revenue tile).
  out.push(...INDEXES, 'COMMIT;', 'ANALYZE;');
  return out.join('\n');
}

/** The visible dataset for a variant, ready for `db.exec(script)` in the candidate's sql.js worker. */
export function buildSqlDatabaseScript(spec: DatasetSpec): string {
  return billingDataToScript(generateBillingData(spec));
}
