// Unit test: the Python the exercise ships lives in exercises/python/py/*.py; the generated modules the app imports
// must match it, and the filled-in templates must leave no placeholder behind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, renderPythonSources } from '../../scripts/generate-python-sources.mjs';
import { listPythonVariants } from './python-variants';

describe('Python sources', () => {
  it('the generated modules match exercises/python/py/*.py, one each (run `node scripts/generate-python-sources.mjs` if not)', () => {
    const expected = renderPythonSources();
    expect(readdirSync(GENERATED_DIR).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(GENERATED_DIR, name), 'utf8'), name).toBe(text);
  });

  it.each(listPythonVariants().map((v) => [v.variantId, v] as const))('%s: warehouse.py and test_ingest.py have every placeholder filled', (_id, variant) => {
    for (const text of [variant.warehouseSource, variant.publicTestsSource]) {
      expect(text).not.toMatch(/__DPE_|dpe-template/);
    }
    expect(variant.warehouseSource).toContain(`${JSON.stringify(variant.table)}: ${JSON.stringify(variant.keyField)},`);
    expect(variant.publicTestsSource).toContain(`TABLE = "${variant.table}"`);
  });
});
