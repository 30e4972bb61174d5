// Unit test: a hiring team's scorecard file is accepted when sound and refused, with the reason, when not.
import { describe, expect, it } from 'vitest';
import defaultFile from './scorecard.json';
import { allCriterionDefinitions } from './criterion-definitions';
import { loadDefaultScorecard, parseScorecardConfig, ScorecardConfigError } from './scorecard-config';

const known = allCriterionDefinitions().map((c) => c.criterionId);
type EditableFile = Omit<typeof defaultFile, 'criterionOverrides'> & { criterionOverrides: unknown[] };
const edited = (change: (file: EditableFile) => void) => {
  const file: EditableFile = structuredClone(defaultFile);
  change(file);
  return JSON.stringify(file);
};
const refusal = (text: string): string => {
  try {
    parseScorecardConfig(text, known);
  } catch (error) {
    expect(error).toBeInstanceOf(ScorecardConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('scorecard file', () => {
  it('ships a valid default: seven dimensions, the blueprint weights, anchors at 1, 3 and 5', () => {
    const config = loadDefaultScorecard();
    expect(config.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ['sql-data', 20], ['python-scripting', 15], ['pipelines', 15], ['operations', 15], ['security', 10], ['communication', 15], ['learning', 10],
    ]);
    for (const d of config.dimensions) expect(Object.keys(d.levels)).toEqual(['1', '3', '5']);
    expect(config.criterionOverrides).toEqual([]);
  });

  it('accepts a team edit that reweights dimensions and moves a criterion', () => {
    const config = parseScorecardConfig(edited((f) => {
      f.dimensions[0]!.weight = 25;
      f.dimensions[6]!.weight = 5;
      f.criterionOverrides = [{ criterionId: 'sql.checks.precision', dimension: 'operations', weight: 2 }];
    }), known);
    expect(config.dimensions[0]!.weight).toBe(25);
    expect(config.criterionOverrides[0]).toEqual({ criterionId: 'sql.checks.precision', dimension: 'operations', weight: 2 });
  });

  it('refuses weights that do not add up to 100, saying what they add up to', () => {
    expect(refusal(edited((f) => { f.dimensions[0]!.weight = 15; }))).toContain('dimension weights add up to 95, not 100');
  });

  it('refuses a missing or repeated dimension, naming it', () => {
    expect(refusal(edited((f) => { f.dimensions.splice(4, 1); }))).toContain('dimension "security" is missing');
    const repeated = refusal(edited((f) => { f.dimensions[4] = { ...f.dimensions[0]!, weight: 10 }; }));
    expect(repeated).toContain('dimension "sql-data" appears 2 times');
    expect(repeated).toContain('dimension "security" is missing');
  });

  it('refuses an override naming an unknown criterion', () => {
    expect(refusal(edited((f) => { f.criterionOverrides = [{ criterionId: 'sql.query.typo', weight: 2 }]; }))).toContain(
      'criterionOverrides[0] names an unknown criterion "sql.query.typo"',
    );
  });

  it('refuses broken JSON, a wrong format marker and an unknown dimension id with the field named', () => {
    expect(refusal('{ "format": ')).toContain('not valid JSON');
    expect(refusal(edited((f) => { (f as { format: string }).format = 'other'; }))).toContain('format:');
    expect(refusal(edited((f) => { (f.dimensions[0] as { id: string }).id = 'sql'; }))).toContain('dimensions.0.id');
  });
});
