// Unit (Node + Deno sandbox): the grading runtime gives each job a fresh interpreter, stops runaway code and survives a bad snapshot.
import { afterAll, describe, expect, it } from 'vitest';
import { GradingRuntime } from './grading-runtime';

const runtime = new GradingRuntime({ interruptGraceMs: 1000 });
const fallback = new GradingRuntime({ corruptSnapshot: true });
afterAll(async () => {
  await runtime.close();
  await fallback.close();
});

const code = (c: string, limitMs = 10_000) => ({ kind: 'code' as const, code: c, limitMs });

// Each test boots interpreters in a separate process; on a loaded 2-core machine that can take a while.
describe('grading runtime', { timeout: 180_000 }, () => {
  it('boots from a memory snapshot and gives each job a fresh interpreter', async () => {
    expect((await runtime.fresh()).mode).toBe('snapshot');
    expect(await runtime.run([], 'leaked = 41\nleaked + 1', 10_000)).toEqual({ ok: true, value: '42' });
    const after = await runtime.run([], "str('leaked' in globals())", 10_000);
    expect(after).toEqual({ ok: true, value: 'False' });
  });

  it('falls back to a cold boot when the snapshot cannot be loaded', async () => {
    const boot = await fallback.fresh();
    expect(boot.mode).toBe('cold');
    expect(boot.snapshotError).toBeTruthy();
    expect(await fallback.run([{ path: '/tmp/x/a.txt', content: 'hé' }], "open('/tmp/x/a.txt', encoding='utf-8').read()", 10_000)).toEqual({ ok: true, value: 'hé' });
  });

  it('interrupts a Python infinite loop and keeps the interpreter usable for the rest of the job', async () => {
    const job = await runtime.job([], [code('kept = 7'), code('while True:\n    pass\n', 500), code('str(kept)')]);
    expect(job.outcomes[1]).toMatchObject({ ok: false, reason: 'timeout', terminated: false });
    expect(job.outcomes[2]).toEqual({ ok: true, value: '7' });
  });

  it('throws away an interpreter stuck in a loop inside C, and the rest of the job runs in a fresh one', async () => {
    const job = await runtime.job([], [code('sum(range(10**13))', 500), code('6 * 7', 20_000)]);
    expect(job.outcomes[0]).toMatchObject({ ok: false, reason: 'timeout', terminated: true });
    expect(job.outcomes[1]).toEqual({ ok: true, value: '42' });
  });

  it('skips the rest of a job after too many overruns', async () => {
    const job = await runtime.job([], [code('while True: pass', 300), code('while True: pass', 300), code('1')], { maxTimeouts: 2 });
    expect(job.outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual(['timeout', 'timeout', 'skipped']);
  });

  it('runs a conditional run only after a run that used enough CPU (the scale test\'s smaller run), else reports it skipped', async () => {
    const busy = code('sum(i * i for i in range(3_000_000))', 20_000);
    const quick = code('1 + 1');
    const job = await runtime.job([], [quick, { ...code('"after quick"'), onlyIfPreviousCpuMsAtLeast: 100 }, busy, { ...code('"after busy"'), onlyIfPreviousCpuMsAtLeast: 100 }]);
    expect(job.outcomes[1]).toMatchObject({ ok: false, reason: 'skipped', error: expect.stringContaining('not needed') });
    expect(job.cpuMs[1]).toBeNull();
    expect(job.outcomes[3]).toEqual({ ok: true, value: 'after busy' });
  });

  it('reports a Python error without losing the interpreter', async () => {
    const job = await runtime.job([], [code('raise ValueError("nope")'), code('1 + 1')]);
    expect(job.outcomes[0]).toMatchObject({ ok: false, reason: 'error' });
    expect(job.outcomes[0]!.ok ? '' : (job.outcomes[0] as { error: string }).error).toContain('ValueError: nope');
    expect(job.outcomes[1]).toEqual({ ok: true, value: '2' });
  });

  it('stops memory growth at the cap with a MemoryError, and the interpreter stays usable', async () => {
    const job = await runtime.job([], [code('blocks = []\nwhile True:\n    blocks.append(bytearray(50_000_000))', 30_000), code('blocks = None\n1 + 1')]);
    expect(job.outcomes[0]).toMatchObject({ ok: false, reason: 'error' });
    expect((job.outcomes[0] as { error: string }).error).toContain('MemoryError');
    expect(job.outcomes[1]).toEqual({ ok: true, value: '2' });
  });
});
