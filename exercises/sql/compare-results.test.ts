// Unit tests (Node): result comparison as the grader and the tile preview use it.
import { describe, expect, it } from 'vitest';
import { cellsEqual, compareResultSets, type ResultSet } from './compare-results';

const rs = (rows: ResultSet['rows'], columns = ['a', 'b']): ResultSet => ({ columns, rows });

describe('compareResultSets', () => {
  it('treats rows as a multiset when order does not matter', () => {
    const diff = compareResultSets(rs([['x', 1], ['y', 2]]), rs([['y', 2], ['x', 1]]), { ordered: false });
    expect(diff.equal).toBe(true);
  });

  it('reports rows in a different order when order matters', () => {
    const diff = compareResultSets(rs([['x', 1], ['y', 2]]), rs([['y', 2], ['x', 1]]), { ordered: true });
    expect(diff.equal).toBe(false);
    expect(diff.orderDiffers).toBe(true);
    expect(diff.summary).toMatch(/order/);
  });

  it('counts duplicates: a doubled row is unexpected', () => {
    const diff = compareResultSets(rs([['x', 1]]), rs([['x', 1], ['x', 1]]), { ordered: false });
    expect(diff.equal).toBe(false);
    expect(diff.unexpectedRowCount).toBe(1);
    expect(diff.missingRowCount).toBe(0);
  });

  it('lists missing and unexpected rows as evidence', () => {
    const diff = compareResultSets(rs([['x', 1], ['y', 2]]), rs([['x', 1], ['z', 3]]), { ordered: false });
    expect(diff.missingRows).toEqual([['y', 2]]);
    expect(diff.unexpectedRows).toEqual([['z', 3]]);
    expect(diff.summary).toContain('1 expected row(s) missing');
  });

  it('flags a different number of columns', () => {
    const diff = compareResultSets(rs([['x', 1]]), rs([['x']], ['a']), { ordered: false });
    expect(diff.equal).toBe(false);
    expect(diff.columnCountMismatch).toEqual({ expected: 2, actual: 1 });
  });

  it('matches columns by position, not by name', () => {
    expect(compareResultSets(rs([['x', 1]]), rs([['x', 1]], ['plan', 'usd']), { ordered: false }).equal).toBe(true);
  });

  it('accepts small numeric differences and rejects real ones', () => {
    expect(compareResultSets(rs([['x', 109.9]]), rs([['x', 109.899999]]), { ordered: false }).equal).toBe(true);
    expect(compareResultSets(rs([['x', 109.9]]), rs([['x', 109.904]]), { ordered: false }).equal).toBe(true);
    expect(compareResultSets(rs([['x', 109.9]]), rs([['x', 109]]), { ordered: false }).equal).toBe(false);
  });

  it('matches tolerance-equal rows that round into different buckets', () => {
    const diff = compareResultSets(rs([['x', 0.0049], ['y', 2.675]]), rs([['y', 2.6749], ['x', 0.0051]]), { ordered: false });
    expect(diff.equal).toBe(true);
  });

  it('treats NULL as equal only to NULL', () => {
    expect(compareResultSets(rs([['x', null]]), rs([['x', null]]), { ordered: true }).equal).toBe(true);
    expect(compareResultSets(rs([['x', null]]), rs([['x', 0]]), { ordered: true }).equal).toBe(false);
  });
});

describe('cellsEqual', () => {
  it('compares a number with a numeric string by value', () => {
    expect(cellsEqual(12.5, '12.50')).toBe(true);
    expect(cellsEqual('12.50', 12.5)).toBe(true);
    expect(cellsEqual('12.50', 13)).toBe(false);
  });

  it('compares text exactly', () => {
    expect(cellsEqual('Growth', 'Growth')).toBe(true);
    expect(cellsEqual('Growth', 'growth')).toBe(false);
    expect(cellsEqual('1.0', '1')).toBe(false);
  });

  it('compares blobs by bytes', () => {
    expect(cellsEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(cellsEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
  });
});
