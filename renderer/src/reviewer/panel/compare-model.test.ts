// Tests (pure): the comparison sorts as a reviewer expects and the exports hold every score, safely quoted.
import { describe, expect, it } from 'vitest';
import { csvCell, scoresCsv, scoresJson, sortRows, type CompareRow } from './compare-model';

const row = (name: string, overall: number | null, sql: number | null): CompareRow => ({
  sessionId: `id-${name}`,
  candidateName: name,
  variants: 'sql:revenue-by-plan',
  overall,
  coveredWeight: 40,
  ratings: { 'sql-data': sql },
  redFlags: name === 'Bo' ? [{ title: 'Changed the database', cleared: false }] : [],
  integrity: 'Verified',
  integrityOk: true,
  integrityTone: 'ok',
  notes: [],
  decision: name === 'Al' ? { label: 'Hire', rationale: 'Found, fixed and explained the join bug.', by: 'Ana', at: '2026-11-25T10:00:00.000Z' } : null,
  recommendations: name === 'Al' ? [{ reviewer: 'Ana', label: 'Hire' }, { reviewer: 'Ben', label: 'No hire' }] : [],
});
const dims = [{ dimensionId: 'sql-data', title: 'SQL and data' }];

describe('candidate comparison', () => {
  it('sorts by overall or by a dimension, highest first, candidates without a score last', () => {
    const rows = [row('Al', 55, 2), row('Bo', null, 4), row('Cy', 80, 3)];
    expect(sortRows(rows, { key: 'overall', descending: true }).map((r) => r.candidateName)).toEqual(['Cy', 'Al', 'Bo']);
    expect(sortRows(rows, { key: 'sql-data', descending: true }).map((r) => r.candidateName)).toEqual(['Bo', 'Cy', 'Al']);
    expect(sortRows(rows, { key: 'overall', descending: false }).map((r) => r.candidateName)).toEqual(['Al', 'Cy', 'Bo']);
  });
  it('exports every score, the decision and the recommendations in CSV and JSON', () => {
    const rows = [row('Al', 55, 2), row('Bo', null, 4)];
    const csv = scoresCsv(rows, dims).trim().split('\r\n');
    expect(csv[0]).toBe('session_id,candidate,variants,overall_0_100,covered_weight,sql-data_1_5,red_flags_open,integrity,decision,decision_rationale,recommendations');
    expect(csv[1]).toBe('id-Al,Al,sql:revenue-by-plan,55,40,2,0,Verified,Hire,"Found, fixed and explained the join bug.",Ana: Hire; Ben: No hire');
    expect(csv[2]).toBe('id-Bo,Bo,sql:revenue-by-plan,,40,4,1,Verified,,,');
    const json = JSON.parse(scoresJson(rows, dims, '2026-11-25T00:00:00.000Z'));
    expect(json.candidates.map((c: { overall: number | null }) => c.overall)).toEqual([55, null]);
    expect(json.candidates[1].dimensions['sql-data']).toBe(4);
    expect(json.candidates[0].decision).toMatchObject({ label: 'Hire', by: 'Ana' });
    expect(json.candidates[1].decision).toBeNull();
  });
  it('quotes commas and quotes and defuses spreadsheet formulas in names', () => {
    expect(csvCell('Lee, "Sam"')).toBe('"Lee, ""Sam"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
  });
});
