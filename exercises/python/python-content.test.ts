// Unit (Node): every Python variant is valid content, and the harness builders and report parser behave.
import { describe, expect, it } from 'vitest';
import { PYTHON_VARIANT_IDS } from './variant-ids';
import { getPythonVariant, listPythonVariants, PythonVariantSchema, pythonWorkspaceFiles } from './python-variants';
import { buildModuleRunCode, buildTestRunCode } from './python-harness';
import { parsePythonRunReport, parsePythonTestReport } from './test-report';

describe('Python variants', () => {
  it('lists every declared variant, each valid against the schema', () => {
    const variants = listPythonVariants();
    expect(variants.map((v) => v.variantId)).toEqual([...PYTHON_VARIANT_IDS]);
    for (const v of variants) expect(PythonVariantSchema.safeParse(v).success).toBe(true);
  });

  it('throws a clear error for an unknown variant', () => {
    expect(() => getPythonVariant('nope')).toThrow(/Unknown Python variant "nope"/);
  });

  it('rejects a variant whose key is not a declared field', () => {
    const broken = { ...getPythonVariant('orders-ingest'), keyField: 'missing' };
    expect(PythonVariantSchema.safeParse(broken).success).toBe(false);
  });

  it.each(PYTHON_VARIANT_IDS)('%s ships dirty samples: BOM, CRLF, quoted newlines, non-ASCII, blank lines', (id) => {
    const v = getPythonVariant(id);
    const csv = v.sampleFiles.find((f) => f.path.endsWith('.csv'))!;
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    expect(csv.content).toContain('\r\n');
    expect(csv.content).toContain('\r\n\r\n');
    expect(csv.content).toMatch(/"[^"]*\n[^"]*"/);
    expect([...csv.content].some((ch) => ch.charCodeAt(0) > 127 && ch !== '\uFEFF')).toBe(true);
    const json = v.sampleFiles.find((f) => f.path.endsWith('.json'))!;
    expect(Array.isArray(JSON.parse(json.content))).toBe(true);
    expect(v.taskText).toContain(v.keyField);
    for (const f of v.fields) expect(v.taskText).toContain(f.name);
  });

  it('builds the workspace: the candidate source is the only editable file', () => {
    const files = pythonWorkspaceFiles('signups-ingest', 'print(1)\n');
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['ingest.py', 'warehouse.py', 'test_ingest.py', 'data/signups_web.csv', 'data/signups_mobile.json']));
    expect(files.filter((f) => f.editable).map((f) => f.path)).toEqual(['ingest.py']);
    expect(files[0]!.content).toBe('print(1)\n');
    expect(pythonWorkspaceFiles('signups-ingest')[0]!.content).toContain('NotImplementedError');
  });
});

describe('harness builders and report parsing', () => {
  it('embeds paths and options as data, so quotes in them cannot break the code', () => {
    const code = buildTestRunCode({ root: '/w/it\'s "here"', modules: ['test_ingest'], only: ['test_a'] });
    expect(code).toContain('_dpe_run_tests(json.loads(');
    expect(buildModuleRunCode({ root: '/w' })).toContain('WAREHOUSE_DSN');
  });

  it('parses a valid test report and rejects malformed ones with a clear message', () => {
    const report = {
      kind: 'tests', ok: false, counts: { total: 1, passed: 0, failed: 1, errors: 0, skipped: 0 },
      tests: [{ id: 't.T.test_x', name: 'test_x', description: '', status: 'fail', message: '1 != 2', traceback: 'tb', frames: [{ file: 'ingest.py', line: 3, function: 'f', code: 'x' }], durationMs: 1 }],
      collectionErrors: [], stdout: '', stderr: '', truncated: false, durationMs: 2,
    };
    expect(parsePythonTestReport(JSON.stringify(report)).tests[0]!.frames[0]!.line).toBe(3);
    expect(() => parsePythonTestReport('not json')).toThrow(/not JSON/);
    expect(() => parsePythonTestReport(JSON.stringify({ ...report, tests: [{ id: 1 }] }))).toThrow(/unexpected shape/);
    expect(() => parsePythonRunReport(JSON.stringify(report))).toThrow(/unexpected shape/);
  });
});
