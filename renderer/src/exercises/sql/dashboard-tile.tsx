// Renderer: the dashboard tile as the stakeholder sees it, drawn from the candidate's latest result.
import type { DashboardTile as Tile } from '../../../../exercises/sql';
import type { SqlResultSet } from '../../workers/sql/sql-protocol';
import { tileView } from './tile-view';

type Format = Tile['columns'][number]['format'];

export function formatTileValue(value: unknown, format: Format): string {
  if (value === null || value === undefined) return '—';
  const n = typeof value === 'number' ? value : Number(value);
  switch (format) {
    case 'usd':
      return Number.isFinite(n) ? n.toLocaleString('en-US', { style: 'currency', currency: 'USD' }) : String(value);
    case 'count':
      return Number.isFinite(n) ? n.toLocaleString('en-US') : String(value);
    case 'percent':
      return Number.isFinite(n) ? `${(n <= 1 && n >= -1 ? n * 100 : n).toFixed(1)}%` : String(value);
    default:
      return String(value);
  }
}

export function DashboardTile({ tile, result, stale }: { tile: Tile; result: SqlResultSet | null; stale: boolean }) {
  const labelIndex = tile.columns.findIndex((c) => c.role === 'label');
  const valueIndex = tile.columns.findIndex((c) => c.role === 'value');
  const valueFormat = tile.columns[valueIndex]!.format;
  // Drawn only from the tile query's result (never the scratch console's), and only when its shape fits.
  const view = tileView(tile, result);
  const rows = view.kind === 'rows' ? view.rows : [];
  const numbers = rows.map((r) => Number(r[valueIndex]));
  const max = Math.max(1e-9, ...numbers.filter(Number.isFinite).map(Math.abs));

  return (
    <section className="tile" aria-labelledby="tile-title" data-testid="dashboard-tile" data-tile-state={view.kind}>
      <header className="tile-head">
        <h2 id="tile-title">{tile.title}</h2>
        {stale && <span className="pill warn">Showing your last successful run</span>}
      </header>
      {view.kind === 'not-run' ? (
        <p className="muted">Run the query to draw the tile.</p>
      ) : view.kind === 'message' ? (
        <p className="tile-message" role="status" data-testid="tile-message">
          {view.text}
        </p>
      ) : view.kind === 'empty' ? (
        <p className="tile-empty" data-testid="tile-empty">
          No rows: this is what the stakeholder sees, an empty tile.
        </p>
      ) : tile.chart === 'bar' ? (
        <ul className="bars" aria-label={`${tile.title}, one bar per row`}>
          {rows.map((row, i) => {
            const n = numbers[i]!;
            return (
              <li key={i} className="bar-row" data-testid="tile-bar">
                <span className="bar-label">{String(row[labelIndex] ?? 'NULL')}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${Number.isFinite(n) ? Math.max(0.5, (Math.abs(n) / max) * 100) : 0}%` }} />
                </span>
                <span className="bar-value">{formatTileValue(row[valueIndex], valueFormat)}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <table className="tile-table">
          <thead>
            <tr>
              {tile.columns.map((c) => (
                <th key={c.name} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} data-testid="tile-bar">
                {tile.columns.map((c, j) => (
                  <td key={c.name} className={c.role === 'label' ? undefined : 'num'}>
                    {formatTileValue(row[j], c.format)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="tile-foot muted">{tile.description}</p>
    </section>
  );
}
