// Renderer (pure): what the dashboard tile can draw from the tile query's result, or the plain sentence it shows
// instead (wrong shape, too many bars, no numbers), so a half-finished query never turns the tile into an error.
import type { DashboardTile } from '../../../../exercises/sql';
import type { SqlResultSet } from '../../workers/sql/sql-protocol';

/** A stakeholder tile with more bars than this is unreadable; the candidate is told rather than shown 1,000 bars. */
export const TILE_MAX_ROWS = 40;

export type TileView =
  | { kind: 'not-run' }
  | { kind: 'message'; text: string }
  | { kind: 'empty' }
  | { kind: 'rows'; rows: SqlResultSet['rows'] };

function isNumeric(value: unknown): boolean {
  if (value === null || value === undefined) return true; // NULL draws as "—", it is not a shape problem
  return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
}

export function tileView(tile: DashboardTile, result: SqlResultSet | null): TileView {
  if (!result) return { kind: 'not-run' };
  const expected = tile.columns.length;
  const names = tile.columns.map((c) => c.name).join(', ');
  if (result.columns.length < expected) {
    return {
      kind: 'message',
      text: `This tile reads ${expected} columns in order (${names}); your query returns ${result.columns.length} (${result.columns.join(', ')}). Return the columns in that order to draw it.`,
    };
  }
  if (result.rowCount === 0) return { kind: 'empty' };
  if (result.rowCount > TILE_MAX_ROWS) {
    return {
      kind: 'message',
      text: `Your query returns ${result.rowCount.toLocaleString('en-US')} rows; this tile shows one ${tile.chart === 'bar' ? 'bar' : 'row'} per row and stops at ${TILE_MAX_ROWS}. Group the rows the way the tile describes to draw it.`,
    };
  }
  const valueIndexes = tile.columns.flatMap((c, i) => (c.role === 'value' && c.format !== 'text' && c.format !== 'month' ? [i] : []));
  for (const i of valueIndexes) {
    const bad = result.rows.find((row) => !isNumeric(row[i]));
    if (bad) {
      return {
        kind: 'message',
        text: `The tile's "${tile.columns[i]!.name}" (column ${i + 1}) needs numbers; your query returns "${String(bad[i])}" there. Check the column order.`,
      };
    }
  }
  return { kind: 'rows', rows: result.rows };
}
