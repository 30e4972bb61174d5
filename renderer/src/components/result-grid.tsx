// Renderer: a query result as a table, with row count and timing; NULL shown as NULL, not as an empty cell.
import type { SqlResultSet } from '../workers/sql/sql-protocol';

export function ResultGrid({ result, ms, caption, testId = 'result-grid' }: { result: SqlResultSet; ms?: number; caption?: string; testId?: string }) {
  return (
    <div className="result-grid" data-testid={testId}>
      <div className="result-meta" role="status">
        <strong data-testid="result-row-count">
          {result.rowCount.toLocaleString('en-US')} {result.rowCount === 1 ? 'row' : 'rows'}
        </strong>
        {ms !== undefined && <span> · {ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms</span>}
        {result.truncated && <span> · showing the first {result.rows.length.toLocaleString('en-US')}</span>}
      </div>
      <div className="table-scroll" tabIndex={0} aria-label={caption ?? 'Query result'}>
        <table>
          {caption && <caption className="visually-hidden">{caption}</caption>}
          <thead>
            <tr>
              {result.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className={cell === null ? 'null' : typeof cell === 'number' ? 'num' : undefined}>
                    {cell === null ? 'NULL' : String(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {result.rowCount === 0 && <p className="muted result-empty">No rows matched.</p>}
      </div>
    </div>
  );
}
