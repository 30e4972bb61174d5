// Unit test: the grader's Python lives in rubrics/python/py/*.py; the generated modules the host imports must match it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPythonSources, RUBRIC_PY_DIR } from '../../scripts/generate-python-sources.mjs';

describe('grading Python sources', () => {
  it('the generated modules match rubrics/python/py/*.py, one each (run `node scripts/generate-python-sources.mjs` if not)', () => {
    const expected = renderPythonSources(RUBRIC_PY_DIR);
    const generated = join(RUBRIC_PY_DIR, 'generated');
    expect(readdirSync(generated).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(generated, name), 'utf8'), name).toBe(text);
  });
});
