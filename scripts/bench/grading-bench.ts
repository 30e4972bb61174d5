// Bench (Node): grading time per submission in the grading sandbox (Deno processes: a fresh SQLite copy per query, a
// fresh interpreter per Python submission), where one Python submission's CPU time goes, and what the first grading
// pays to start the sandbox.
import { gradePythonAnswer, pythonReferenceAnswer } from '../../rubrics/python';
import { playSubmission } from '../../rubrics/python/play-submission';
import { pythonRuntimeOf } from '../../rubrics/python/rubric';
import { HIDDEN_TESTS } from '../../rubrics/python/hidden-tests';
import { SCALE_ROWS } from '../../rubrics/python/hidden-scenarios';
import { gradeSqlAnswer, sqlReferenceAnswer } from '../../rubrics/sql';
import { sqlSandboxOf } from '../../rubrics/sql/rubric';
import { openGradingResources } from '../../rubrics/grade-session';
import { median, quantile, type Figure } from './bench-kit';
import { cpuMark, cpuSince } from './process-cpu';

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

export async function benchGrading(runs = 5): Promise<Figure[]> {
  const resources = openGradingResources();
  try {
    const sql: number[] = [];
    const python: number[] = [];
    const grade = () => gradeSqlAnswer(sqlReferenceAnswer('revenue-by-plan'), 'revenue-by-plan', { sandbox: sqlSandboxOf(resources) });
    let started = performance.now();
    await grade();
    const sqlCold = performance.now() - started;
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      await grade();
      sql.push(performance.now() - started);
    }
    const answer = pythonReferenceAnswer('orders-ingest', 'strong');
    const runtime = pythonRuntimeOf(resources);
    started = performance.now();
    await gradePythonAnswer(answer, 'orders-ingest', { runtime });
    const pythonCold = performance.now() - started;
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      await gradePythonAnswer(answer, 'orders-ingest', { runtime });
      python.push(performance.now() - started);
    }
    return [
      { name: 'Grade one SQL answer (visible + hidden + corrupted data)', median: median(sql), p95: quantile(sql, 0.95), unit: 'ms', runs },
      { name: 'Grade one Python submission (public + 26 hidden scenarios)', median: median(python), p95: quantile(python, 0.95), unit: 'ms', runs },
      ...(await pythonCpuBreakdown(runtime, answer.source, runs)),
      { name: '  first SQL grading (starts the SQL sandbox)', median: sqlCold, unit: 'ms', runs: 1 },
      { name: '  first Python grading (starts Deno, makes the snapshot)', median: pythonCold, unit: 'ms', runs: 1 },
    ];
  } finally {
    await resources.close();
  }
}

/**
 * Where one (strong) Python submission's CPU time goes: each part of the job as the sandbox's supervisor measured it,
 * and, on Linux, the rest of the sandbox's CPU (the fresh interpreter restored for the next job, messages, clean-up).
 */
async function pythonCpuBreakdown(runtime: ReturnType<typeof pythonRuntimeOf>, source: string, runs: number): Promise<Figure[]> {
  const scaleIndex = HIDDEN_TESTS.findIndex((t) => t.slow);
  const parts = { static: [] as number[], public: [] as number[], small: [] as number[], scale: [] as number[], rest: [] as number[], host: [] as number[] };
  for (let i = 0; i < runs; i++) {
    await settle();
    const mark = cpuMark();
    const played = await runtime.exclusive(() => playSubmission(runtime, source, 'orders-ingest'));
    await settle(); // the next interpreter is restored after the job: count it
    const used = cpuSince(mark);
    const hidden = played.hidden.map((h) => h.played.cpuMs ?? 0);
    const inRuns = (played.staticTiming.cpuMs ?? 0) + (played.publicRun.cpuMs ?? 0) + hidden.reduce((a, b) => a + b, 0);
    parts.static.push(played.staticTiming.cpuMs ?? 0);
    parts.public.push(played.publicRun.cpuMs ?? 0);
    parts.scale.push(hidden[scaleIndex] ?? 0);
    parts.small.push(hidden.reduce((a, b) => a + b, 0) - (hidden[scaleIndex] ?? 0));
    if (used.children !== null) parts.rest.push(used.children * 1000 - inRuns);
    parts.host.push(used.host * 1000);
  }
  const figure = (name: string, samples: number[]): Figure[] => (samples.length ? [{ name, median: median(samples), unit: 'ms CPU', runs: samples.length }] : []);
  return [
    ...figure('  static analysis (sandbox)', parts.static),
    ...figure('  public sample (sandbox)', parts.public),
    ...figure(`  ${HIDDEN_TESTS.length - 1} small hidden scenarios (sandbox)`, parts.small),
    ...figure(`  scale scenario, ${SCALE_ROWS.toLocaleString('en-US')} rows (sandbox)`, parts.scale),
    ...figure('  fresh interpreter, messages, clean-up (sandbox)', parts.rest),
    ...figure('  inputs, reports, comparisons (host)', parts.host),
  ];
}
