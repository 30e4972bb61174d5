// Renderer: tables, columns, types and row counts of the exercise database, for reading while debugging.
import { SQL_SCHEMA } from '../../../../exercises/sql';

/** Row counts by table; `null` when counting failed because the table is gone (the candidate dropped it). */
export function SchemaBrowser({ rowCounts }: { rowCounts: Record<string, number | null> }) {
  return (
    <section className="schema-browser" aria-labelledby="schema-title">
      <h2 id="schema-title">Schema</h2>
      {SQL_SCHEMA.map((table) => (
        <details key={table.name} className="schema-table" data-testid={`schema-${table.name}`}>
          <summary>
            <span className="mono">{table.name}</span>
            {rowCounts[table.name] === null ? (
              <span className="schema-missing"> · missing: dropped in this session (Reset database restores it)</span>
            ) : (
              <span className="muted"> · {rowCounts[table.name] === undefined ? '…' : `${rowCounts[table.name]!.toLocaleString('en-US')} rows`}</span>
            )}
          </summary>
          <p className="muted small-text">{table.description}</p>
          <table className="schema-columns">
            <tbody>
              {table.columns.map((c) => (
                <tr key={c.name}>
                  <th scope="row" className="mono">
                    {c.name}
                    {c.primaryKey && <span className="key" title="primary key"> PK</span>}
                  </th>
                  <td className="mono type">
                    {c.type}
                    {c.nullable ? '' : ' NOT NULL'}
                  </td>
                  <td className="small-text">
                    {c.description}
                    {c.references && <span className="muted"> → {c.references}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
