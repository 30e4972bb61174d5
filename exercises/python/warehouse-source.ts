// Pure: builds the candidate-visible `warehouse.py`, the mocked warehouse API that ingest.py loads into (runs inside Pyodide).
// The Python is exercises/python/py/warehouse.py; only its table list differs per variant.
import { WAREHOUSE_PY } from './py/generated/warehouse';

/** `tables` maps each table name to its key column; the same module serves the workspace, public and hidden tests. */
export function warehouseSource(tables: Record<string, string>): string {
  const tableLines = Object.entries(tables)
    .map(([table, key]) => `    ${JSON.stringify(table)}: ${JSON.stringify(key)},`)
    .join('\n');
  // Split and join rather than replace: nothing in a table name is read as a replacement pattern.
  return WAREHOUSE_PY.split('    # __DPE_TABLES__').join(tableLines);
}
