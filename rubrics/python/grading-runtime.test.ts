// Unit (Node + Pyodide): the grading runtime gives fresh interpreters, stops runaway code and survives a bad snapshot.
import { afterAll, describe, expect, it } from 'vitest';
import { GradingRuntime } from './grading-runtime';

const runtime = new GradingRuntime({ interruptGraceMs: 1000 });
const fallback = new GradingRuntime({ corruptSnapshot: true });
afterAll(async () => {
  await runtime.close();
  await fallback.close();
});

describe('grading runtime', () => {
  it('boots from a memory snapshot and gives each submission a fresh interpreter', async () => {
    expect((await runtime.fresh()).mode).toBe('snapshot');
    expect(await runtime.run([], 'leaked = 41\nleaked + 1', 10_000)).toEqual({ ok: true, value: '42' });
    await runtime.fresh();
    const after = await runtime.run([], "str('leaked' in globals())", 10_000);
    expect(after).toEqual({ ok: true, value: 'False' });
  });

  it('falls back to a cold boot when the snapshot cannot be loaded', async () => {
    const boot = await fallback.fresh();
    expect(boot.mode).toBe('cold');
    expect(boot.snapshotError).toBeTruthy();
    expect(await fallback.run([{ path: '/tmp/x/a.txt', content: 'hé' }], "open('/tmp/x/a.txt', encoding='utf-8').read()", 10_000)).toEqual({ ok: true, value: 'hé' });
  });

  it('interrupts a Python infinite loop and keeps the interpreter usable', async () => {
    await runtime.fresh();
    const out = await runtime.run([], 'kept = 7\nwhile True:\n    pass\n', 500);
    expect(out).toMatchObject({ ok: false, reason: 'timeout', terminated: false });
    expect(await runtime.run([], 'kept', 10_000)).toEqual({ ok: true, value: '7' });
  });

  it('terminates a loop inside C that ignores interrupts, and the next run works', async () => {
    await runtime.fresh();
    const out = await runtime.run([], 'sum(range(10**13))', 500);
    expect(out).toMatchObject({ ok: false, reason: 'timeout', terminated: true });
    expect(await runtime.run([], '6 * 7', 20_000)).toEqual({ ok: true, value: '42' });
  });

  it('reports a Python error without losing the interpreter', async () => {
    const out = await runtime.run([], 'raise ValueError("nope")', 10_000);
    expect(out).toMatchObject({ ok: false, reason: 'error' });
    expect(out.ok ? '' : out.error).toContain('ValueError: nope');
  });
});
