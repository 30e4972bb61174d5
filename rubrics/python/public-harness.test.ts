// Unit (Node + Deno sandbox): the candidate-facing harness runs public tests and the module exactly as the browser worker will.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModuleRunCode, buildTestRunCode } from '../../exercises/python/python-harness';
import { getPythonVariant, pythonWorkspaceFiles, PYTHON_PUBLIC_TEST_MODULE } from '../../exercises/python/python-variants';
import { parsePythonRunReport, parsePythonTestReport, type PythonRunReport, type PythonTestReport } from '../../exercises/python/test-report';
import { PYTHON_VARIANT_IDS } from '../../exercises/python/variant-ids';
import { strongSolution } from './fixtures/strong-solution';
import { GradingRuntime } from './grading-runtime';

const runtime = new GradingRuntime();
// The sandbox process boots (and makes its snapshot) here; on a loaded 2-core machine that can take a while.
beforeAll(async () => {
  await runtime.fresh();
}, 180_000);
afterAll(() => runtime.close());

function files(root: string, variantId: string, source?: string) {
  return pythonWorkspaceFiles(variantId, source).map((f) => ({ path: `${root}/${f.path}`, content: f.content }));
}

async function runTests(root: string, variantId: string, source?: string): Promise<PythonTestReport> {
  const out = await runtime.run(files(root, variantId, source), buildTestRunCode({ root, modules: [PYTHON_PUBLIC_TEST_MODULE] }), 30_000);
  if (!out.ok) throw new Error(out.error);
  return parsePythonTestReport(out.value);
}

async function runModule(root: string, variantId: string, source: string, outputCap?: number): Promise<PythonRunReport> {
  const out = await runtime.run(files(root, variantId, source), buildModuleRunCode({ root, ...(outputCap ? { outputCap } : {}) }), 30_000);
  if (!out.ok) throw new Error(out.error);
  return parsePythonRunReport(out.value);
}

describe.each(PYTHON_VARIANT_IDS)('public tests for %s', { timeout: 180_000 }, (variantId) => {
  it('fail on the starter, pointing at the line in ingest.py that raised', async () => {
    const starter = getPythonVariant(variantId).starterSource;
    const report = await runTests(`/ws/${variantId}/starter`, variantId);
    expect(report.ok).toBe(false);
    expect(report.counts.passed).toBe(0);
    expect(report.counts.total).toBeGreaterThanOrEqual(5);
    const first = report.tests[0]!;
    expect(first.status).toBe('error');
    expect(first.message).toContain('NotImplementedError');
    const frame = first.frames.find((f) => f.file === 'ingest.py')!;
    expect(starter.split('\n')[frame.line - 1]).toContain('raise NotImplementedError');
  });

  it('pass on the strong solution', async () => {
    const report = await runTests(`/ws/${variantId}/strong`, variantId, strongSolution(getPythonVariant(variantId)));
    expect(report.tests.filter((t) => t.status !== 'pass')).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe('harness behaviour', { timeout: 180_000 }, () => {
  it('reloads ingest.py from disk on every run (no stale modules)', async () => {
    const root = '/ws/reload';
    const a = await runModule(root, 'orders-ingest', 'print("first")\n');
    const b = await runModule(root, 'orders-ingest', 'print("again")\n');
    expect(a.stdout).toBe('first\n');
    expect(b.stdout).toBe('again\n');
  });

  it('runs the module main() on the sample files and captures its output and logs', async () => {
    const report = await runModule('/ws/main', 'orders-ingest', strongSolution(getPythonVariant('orders-ingest')));
    expect(report.status).toBe('ok');
    expect(JSON.parse(report.stdout)).toMatchObject({ read: 27, loaded: 9, quarantined: 16 });
    expect(report.stderr).toContain('quarantined');
  });

  it('reports a syntax error with the editor line', async () => {
    const report = await runTests('/ws/syntax', 'orders-ingest', 'import os\n\ndef run_ingest(a, b)\n    pass\n');
    expect(report.ok).toBe(false);
    expect(report.collectionErrors[0]!.message).toContain('SyntaxError');
    expect(report.collectionErrors[0]!.frames).toContainEqual(expect.objectContaining({ file: 'ingest.py', line: 3 }));
  });

  it('caps captured output and says so', async () => {
    const report = await runModule('/ws/noisy', 'orders-ingest', 'for i in range(50000):\n    print("x" * 20)\n', 10_000);
    expect(report.truncated).toBe(true);
    expect(report.stdout.length).toBe(10_000);
  });

  it('reports an exception in main() with its traceback frames', async () => {
    const report = await runModule('/ws/raise', 'orders-ingest', 'def main():\n    raise RuntimeError("boom")\n\nmain()\n');
    expect(report.status).toBe('error');
    expect(report.error!.message).toContain('RuntimeError: boom');
    expect(report.error!.frames.map((f) => f.line)).toEqual([4, 2]);
  });
});
