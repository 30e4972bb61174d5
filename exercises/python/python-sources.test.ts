// Unit test: the Python the exercise ships lives in exercises/python/py/*.py; the generated module the app imports
// must match it, and the filled-in templates must be runnable Python with no placeholder left.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, renderPythonSources } from '../../scripts/generate-python-sources.mjs';
import { listPythonVariants } from './python-variants';

describe('Python sources', () => {
  it('the generated module matches exercises/python/py/*.py (run `node scripts/generate-python-sources.mjs` if not)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(renderPythonSources());
  });

  it.each(listPythonVariants().map((v) => [v.variantId, v] as const))('%s: warehouse.py and test_ingest.py have every placeholder filled', (_id, variant) => {
    for (const text of [variant.warehouseSource, variant.publicTestsSource]) {
      expect(text).not.toMatch(/__DPE_|dpe-template/);
    }
    expect(variant.warehouseSource).toContain(`${JSON.stringify(variant.table)}: ${JSON.stringify(variant.keyField)},`);
    expect(variant.publicTestsSource).toContain(`TABLE = "${variant.table}"`);
  });
});
