// Bench (Node): the session log over a simulated 60-minute session per exercise (one save a second on the host's
// simulated clock, real disk, fsync per append): file size at the end, save latency p95 in minute 1 and minute 60.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeTestHosts, testHost } from '../../electron/host/fixtures/host-fixture';
import { simulateHour, type SimulatedExercise } from '../../electron/host/fixtures/simulated-hour';
import { median, quantile, type Figure } from './bench-kit';

const SIZE_GOAL_KB = 1024;
const LATENCY_GOAL_MS = 20;

export async function benchSessionFile(exercises: SimulatedExercise[] = ['sql', 'python', 'incident', 'pr-review']): Promise<Figure[]> {
  const figures: Figure[] = [];
  try {
    for (const exerciseId of exercises) {
      const host = await testHost();
      const { sessionId, latencies } = await simulateHour(host, exerciseId);
      const kb = statSync(join(host.dir, 'sessions', `${sessionId}.jsonl`)).size / 1024;
      // Reading the log back (parse, verify nothing, derive every answer from its patches) is what a restart costs.
      const startedAt = performance.now();
      await testHost(host.dir);
      const reopenMs = performance.now() - startedAt;
      const first = latencies.slice(0, 60);
      const last = latencies.slice(-60);
      figures.push(
        { name: `${exerciseId}: log size after 60 min (KB)`, median: kb, unit: 'KB', runs: 1, baseline: { value: SIZE_GOAL_KB, label: 'the goal' } },
        { name: `${exerciseId}: save latency, minute 1`, median: median(first), p95: quantile(first, 0.95), unit: 'ms', runs: first.length, baseline: { value: LATENCY_GOAL_MS, label: 'the p95 goal' } },
        { name: `${exerciseId}: save latency, minute 60`, median: median(last), p95: quantile(last, 0.95), unit: 'ms', runs: last.length, baseline: { value: LATENCY_GOAL_MS, label: 'the p95 goal' } },
        { name: `${exerciseId}: host restart with that session (read + derive)`, median: reopenMs, unit: 'ms', runs: 1 },
      );
    }
  } finally {
    await closeTestHosts();
  }
  return figures;
}

// `npx tsx scripts/bench/session-file-bench.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { printFigures } = await import('./bench-kit');
  printFigures('Session file (Node, host side; goals: ≤ 1 MB, save p95 ≤ 20 ms)', await benchSessionFile());
}
