// Unit (Node + Pyodide): static signals carry the right kind and line number.
import { afterAll, describe, expect, it } from 'vitest';
import { STATIC_SIGNALS_FIXTURE } from './fixtures/weak-solutions';
import { GradingRuntime } from './grading-runtime';
import { buildStaticAnalysisCode, parseStaticReport, type StaticReport } from './static-signals';
import { scoreStatic, staticSignals } from './static-scoring';

const runtime = new GradingRuntime();
afterAll(() => runtime.close());

async function analyze(source: string): Promise<StaticReport> {
  const out = await runtime.run([], buildStaticAnalysisCode(source), 20_000);
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
    expect(scoreStatic('python.static.logging', report, true).score).toBe(0.5);
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
});
