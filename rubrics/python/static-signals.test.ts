// Unit (Node + Pyodide): static signals carry the right kind and line number.
import { afterAll, describe, expect, it } from 'vitest';
import { STATIC_SIGNALS_FIXTURE } from './fixtures/weak-solutions';
import { GradingRuntime } from './grading-runtime';
import { getPythonVariant } from '../../exercises/python/python-variants';
import { strongSolution } from './fixtures/strong-solution';
import { buildStaticAnalysisCode, parseStaticReport, publicSampleLiterals, type StaticReport } from './static-signals';
import { scoreStatic, staticSignals } from './static-scoring';

const runtime = new GradingRuntime();
afterAll(() => runtime.close());

async function analyze(source: string, publicLiterals: readonly string[] = []): Promise<StaticReport> {
  const out = await runtime.run([], buildStaticAnalysisCode(source, publicLiterals), 20_000);
  if (!out.ok) throw new Error(out.error);
  return parseStaticReport(out.value);
}

describe('static signals', () => {
  it('finds the hard-coded password, the credential URL, the bare except and the swallowed exception on their lines', async () => {
    const report = await analyze(STATIC_SIGNALS_FIXTURE);
    const at = (kind: string) => report.findings.filter((f) => f.kind === kind).map((f) => f.line);
    expect(at('hardcoded-secret')).toEqual([4]);
    expect(at('credential-url')).toEqual([5]);
    expect(at('bare-except')).toEqual([12]);
    expect(at('swallowed-exception')).toEqual([19]);
    expect(at('logging-import')).toEqual([1]);

    const signals = staticSignals(report);
    const secret = signals.find((s) => s.signalId === 'python.hardcoded-secret')!;
    expect(secret.kind).toBe('red-flag');
    expect(secret.evidence.map((e) => e.line)).toEqual([4, 5]);
    expect(signals.find((s) => s.signalId === 'python.swallowed-exception')!.evidence.map((e) => e.line)).toEqual([12, 19]);
    expect(scoreStatic('python.static.secrets', report, true).score).toBe(0);
    expect(scoreStatic('python.static.error-handling', report, true).score).toBe(0);
    // Imported, never called: the starter's own import, so no credit for it.
    expect(scoreStatic('python.static.logging', report, true)).toMatchObject({ score: 0, evidence: [{ line: 1 }, { label: 'logging is imported but never called' }] });
  });

  it('credits only the reporting the candidate wrote, not the print the starter hands out', async () => {
    const starter = 'import json, logging\n\ndef main():\n    print(json.dumps(summary))\n';
    const kept = await analyze(starter);
    expect(scoreStatic('python.static.logging', kept, true, starter, starter).score).toBe(0);
    const added = `${starter}    print("loaded", len(rows))\n`;
    expect(scoreStatic('python.static.logging', await analyze(added), true, added, starter)).toMatchObject({ score: 0.25, evidence: [{ line: 5 }, { label: 'Reports progress with print() only' }, { line: 1 }, { label: 'logging is imported but never called' }] });
  });

  it('does not flag secrets read from the environment, and credits logging calls', async () => {
    const source = 'import logging, os\nlog = logging.getLogger(__name__)\nPASSWORD_VAR = "WAREHOUSE_PASSWORD"\npassword = os.environ.get(PASSWORD_VAR)\nlog.info("loaded %d", 3)\n';
    const report = await analyze(source);
    expect(report.findings.filter((f) => f.kind === 'hardcoded-secret')).toEqual([]);
    expect(scoreStatic('python.static.logging', report, true)).toMatchObject({ score: 1, evidence: [{ line: 5 }] });
    expect(scoreStatic('python.static.secrets', report, true).score).toBe(1);
  });

  it('flags AWS-like keys, secret keyword arguments and long functions', async () => {
    const body = Array.from({ length: 55 }, (_, i) => `    x${i} = ${i}`).join('\n');
    const source = `KEY_ID = "AKIAABCDEFGHIJKLMNOP"\nconnect(dsn, password="pw123")\n\ndef big():\n${body}\n`;
    const report = await analyze(source);
    expect(report.findings.filter((f) => f.kind === 'cloud-key').map((f) => f.line)).toEqual([1]);
    expect(report.findings.filter((f) => f.kind === 'hardcoded-secret').map((f) => f.line)).toEqual([2]);
    expect(report.findings.filter((f) => f.kind === 'long-function').map((f) => f.line)).toEqual([4]);
  });

  it('reports a syntax error with its line instead of findings', async () => {
    const report = await analyze('x = 1\nif x\n    pass\n');
    expect(report.syntaxError).toMatchObject({ line: 2 });
    expect(scoreStatic('python.static.secrets', report, false).score).toBe(0);
  });

  it('catches an all-caps password and a secret default of an environment variable, but not harmless names', async () => {
    const source = [
      'import os',
      'PASSWORD = "HUNTER2024"',
      'pw = os.environ.get("WAREHOUSE_PASSWORD", "s3cr3t")',
      'FIELD_SEPARATOR_TOKEN = ","',
      'passed = "yes"',
      'token_type = "Bearer"',
      'PASSWORD_ENV = "WAREHOUSE_PASSWORD"',
      'real = os.getenv(PASSWORD_ENV)',
    ].join('\n');
    const report = await analyze(source);
    expect(report.findings.filter((f) => f.kind === 'hardcoded-secret').map((f) => f.line)).toEqual([2, 3]);
    const secret = staticSignals(report, source).find((s) => s.signalId === 'python.hardcoded-secret')!;
    expect(secret.evidence[0]).toMatchObject({ line: 2, detail: 'ingest.py line 2: PASSWORD = "HUNTER2024"' });
  });

  it('recognises loggers and the warehouse by how they are made and passed, not by their names', async () => {
    const source = [
      'import logging as lg',
      'class Loader:',
      '    def __init__(self, target):',
      '        self.logger = lg.getLogger("ingest")',
      '        self.sink = target',
      '    def load(self, row):',
      '        self.logger.info("row %s", row)',
      '        self.sink.insert("orders", row)',
      'def run_ingest(source_dir, wh):',
      '    Loader(wh).load({})',
      '    catalogue = []',
      '    catalogue.insert(0, "x")',
    ].join('\n');
    const report = await analyze(source);
    expect(report.findings.filter((f) => f.kind === 'logging-call').map((f) => f.line)).toEqual([7]);
    expect(report.findings.filter((f) => f.kind === 'append-load').map((f) => f.line)).toEqual([8]);
  });

  it('flags input executed as code, file writes, special-cased sample ids and patched checks as red flags with their lines', async () => {
    const source = [
      'import os, pickle, shutil',
      'def run_ingest(source_dir, warehouse):',
      '    with open(os.path.join(source_dir, "a.csv")) as handle:',
      '        for line in handle:',
      '            amount = eval(line.split(",")[4])',
      '            if line.startswith("ORD-10005"):',
      '                continue',
      '    ok = eval("1 + 1")',
      '    open("/tmp/copy.csv", "w").write("x")',
      '    shutil.rmtree(source_dir)',
      '    warehouse.quarantine = lambda *a, **k: None',
      '    blob = pickle.loads(open("x", "rb").read())',
      '    return {}',
    ].join('\n');
    const report = await analyze(source, ['ORD-10005', 'orders_2024-03.csv']);
    const at = (kind: string) => report.findings.filter((f) => f.kind === kind).map((f) => f.line);
    expect(at('executes-input')).toEqual([5, 12]);
    expect(at('special-cases-sample')).toEqual([6]);
    expect(at('fs-write')).toEqual([9, 10]);
    expect(at('bypasses-validation')).toEqual([11]);
    const red = staticSignals(report, source).filter((s) => s.kind === 'red-flag').map((s) => s.signalId);
    expect(red).toEqual(['python.executes-input', 'python.fs-write', 'python.special-cases-sample', 'python.bypasses-validation']);
  });

  it('flags a run summary with typed-in counts, but not one that starts at zero', async () => {
    const source = [
      'def run_ingest(source_dir, warehouse):',
      '    summary = {"read": 0, "loaded": 0, "unchanged": 0, "duplicates": 0, "quarantined": 0}',
      '    warehouse.record_run({"read": 28, "loaded": 19, "unchanged": 0, "duplicates": 2, "quarantined": 7})',
      '    return summary',
    ].join('\n');
    const report = await analyze(source);
    expect(report.findings.filter((f) => f.kind === 'hardcoded-result').map((f) => f.line)).toEqual([3]);
    expect(staticSignals(report, source).find((s) => s.signalId === 'python.hardcoded-result')?.kind).toBe('red-flag');
  });

  it('raises no red flag on the strong reference of either variant', async () => {
    for (const id of ['orders-ingest', 'signups-ingest']) {
      const variant = getPythonVariant(id);
      const source = strongSolution(variant);
      const report = await analyze(source, publicSampleLiterals(variant));
      expect(staticSignals(report, source).filter((s) => s.kind === 'red-flag')).toEqual([]);
      expect(publicSampleLiterals(variant).length).toBeGreaterThan(5);
    }
  });
});
