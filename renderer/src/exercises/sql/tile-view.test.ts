// Renderer (pure) tests: the tile draws only a result of the right shape and says why otherwise.
import { describe, expect, it } from 'vitest';
import { getSqlVariant, listSqlVariants } from '../../../../exercises/sql';
import { TILE_MAX_ROWS, tileView } from './tile-view';

const tile = getSqlVariant(listSqlVariants()[0]!.id).tile;
const width = tile.columns.length;
const row = (label: string, n: number) => tile.columns.map((c) => (c.role === 'label' ? label : c.format === 'text' || c.format === 'month' ? 'x' : n));

describe('tileView', () => {
  it('asks for a run before any result', () => {
    expect(tileView(tile, null)).toEqual({ kind: 'not-run' });
  });

  it('explains a one-column result instead of drawing or failing', () => {
    const view = tileView(tile, { columns: ['n'], rows: [[1]], rowCount: 1, truncated: false });
    expect(view.kind).toBe('message');
    expect(view.kind === 'message' && view.text).toContain(`reads ${width} columns`);
  });

  it('is empty, not "not run", when the query matched no rows', () => {
    expect(tileView(tile, { columns: tile.columns.map((c) => c.name), rows: [], rowCount: 0, truncated: false })).toEqual({ kind: 'empty' });
  });

  it('refuses to draw more bars than a stakeholder could read', () => {
    const rows = Array.from({ length: TILE_MAX_ROWS + 1 }, (_, i) => row(`r${i}`, i));
    const view = tileView(tile, { columns: tile.columns.map((c) => c.name), rows, rowCount: rows.length, truncated: false });
    expect(view.kind === 'message' && view.text).toContain(`returns ${TILE_MAX_ROWS + 1} rows`);
  });

  it('names a value column that holds text', () => {
    const valueIndex = tile.columns.findIndex((c) => c.role === 'value');
    const bad = row('a', 1);
    bad[valueIndex] = 'EMEA';
    const view = tileView(tile, { columns: tile.columns.map((c) => c.name), rows: [bad], rowCount: 1, truncated: false });
    expect(view.kind === 'message' && view.text).toContain('"EMEA"');
  });

  it('draws a well-shaped result', () => {
    const rows = [row('a', 1), row('b', 2)];
    expect(tileView(tile, { columns: tile.columns.map((c) => c.name), rows, rowCount: 2, truncated: false })).toEqual({ kind: 'rows', rows });
  });
});
