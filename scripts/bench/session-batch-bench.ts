// Bench (Node): grading whole sessions (SQL + Python + learning + scorecard) one at a time and as a batch of 50,
// spread over two grading lanes for the two cores (each lane has its own warm sandbox processes). The batch is timed
// twice (median reported) and each figure carries the machine's load average, since the machines are shared.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../../contract/session';
import { createHostServices } from '../../electron/host/host-services';
import { gradeSession, openGradingResources, type GradingResources } from '../../rubrics/grade-session';
import { allCriterionDefinitions, buildScorecard, loadDefaultScorecard } from '../../rubrics/scorecard';
import { pythonReferenceAnswer } from '../../rubrics/python';
import { sqlReferenceAnswer } from '../../rubrics/sql';
import { median, type Figure } from './bench-kit';
import { cpuMark, cpuSince } from './process-cpu';

/** Goals (issue 9) and earlier figures on the same 2-core machines, quiet. */
const GOAL_SESSION_MS = 2000;
const GOAL_BATCH_S = 20;
const UNSANDBOXED = { sessionMs: 2260, batchS: 58.8 };
/** The first sandboxed grader (a fresh Deno worker compiling its own wasm per submission, 30,000-row scale test). */
const FIRST_SANDBOX = { sessionMs: 1580, batchS: 79.6 };

const load = () => `load ${loadavg()[0]!.toFixed(1)}`;

/** The middle value, or the mean of the two middle values (two rounds: their mean). */
function middle(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

async function sampleSessions(count: number): Promise<Session[]> {
  const host = await createHostServices({ dataDir: mkdtempSync(join(tmpdir(), 'dpe-batch-')), mode: 'browser', version: 'bench' });
  const { handlers } = host;
  const sessions: Session[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const { session } = await handlers.startSession({ candidateName: `Candidate ${i}`, consent: true });
      const sqlVariant = session.plan.exercises.find((e) => e.exerciseId === 'sql')!.variantId!;
      const pyVariant = session.plan.exercises.find((e) => e.exerciseId === 'python')!.variantId!;
      await handlers.saveProgress({
        sessionId: session.sessionId,
        location: 'python',
        answers: { sql: sqlReferenceAnswer(sqlVariant), python: pythonReferenceAnswer(pyVariant, i % 2 ? 'strong' : 'naive') },
      });
      sessions.push((await handlers.submitSession({ sessionId: session.sessionId, reflection: 'More tests.' })).session);
    }
  } finally {
    // Closes the session logs' file handles (left to the garbage collector, Node warns about each one).
    await host.close();
  }
  return sessions;
}

async function gradeFully(session: Session, resources: GradingResources): Promise<number> {
  const graded = await gradeSession(session, resources);
  const card = buildScorecard(loadDefaultScorecard(), graded.exercises, [], allCriterionDefinitions());
  return card.overall.autoScore ?? 0;
}

/** Seconds to grade every session, each lane taking the next session as soon as it is free. */
async function gradeBatch(sessions: Session[], lanes: GradingResources[]): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < sessions.length) await gradeFully(sessions[next++]!, lane);
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function benchSessionBatch(batch = 50, rounds = 2): Promise<Figure[]> {
  const sessions = await sampleSessions(batch);
  const lanes = [openGradingResources(), openGradingResources()];
  try {
    // Start both lanes' sandboxes (Deno, Pyodide, the snapshot) before timing: that is paid once per process.
    await Promise.all([gradeFully(sessions[0]!, lanes[0]!), gradeFully(sessions[1]!, lanes[1]!)]);
    const single: number[] = [];
    const singleLoad = load();
    for (const s of sessions.slice(0, 6)) {
      const started = performance.now();
      await gradeFully(s, lanes[0]!);
      single.push(performance.now() - started);
    }
    const totals: number[] = [];
    const loads: string[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      loads.push(load());
      const mark = cpuMark();
      totals.push(await gradeBatch(sessions, lanes));
      const used = cpuSince(mark).total;
      if (used !== null) cpu.push(used);
    }
    const total = middle(totals);
    const each = totals.map((t) => `${t.toFixed(1)} s`).join(', ');
    return [
      { name: `Grade one whole session (goal ≤ ${GOAL_SESSION_MS} ms; ${singleLoad})`, median: median(single), unit: 'ms', runs: single.length, baseline: { value: GOAL_SESSION_MS, label: 'the goal' } },
      { name: `  same, against the first sandboxed grader`, median: median(single), unit: 'ms', runs: single.length, baseline: { value: FIRST_SANDBOX.sessionMs, label: 'first sandbox' } },
      { name: `  same, against the unsandboxed grader`, median: median(single), unit: 'ms', runs: single.length, baseline: { value: UNSANDBOXED.sessionMs, label: 'unsandboxed' } },
      { name: `Grade a batch of ${batch} sessions, 2 lanes (goal ≤ ${GOAL_BATCH_S} s; ${loads.join(' / ')}; runs: ${each})`, median: total, unit: 's', runs: rounds, baseline: { value: GOAL_BATCH_S, label: 'the goal' } },
      { name: `  same, against the first sandboxed grader`, median: total, unit: 's', runs: rounds, baseline: { value: FIRST_SANDBOX.batchS, label: 'first sandbox' } },
      { name: `  same, against the unsandboxed grader`, median: total, unit: 's', runs: rounds, baseline: { value: UNSANDBOXED.batchS, label: 'unsandboxed' } },
      { name: `  per session in the batch (${batch} sessions)`, median: (total * 1000) / batch, unit: 'ms', runs: batch },
      // What the batch costs whatever else runs on the machine: CPU time of the host and its sandboxes. Half of it is
      // the batch's time on two otherwise idle cores.
      ...(cpu.length
        ? [
            { name: `  CPU time of the batch (host + sandboxes)`, median: middle(cpu), unit: 's', runs: cpu.length },
            { name: `  = batch on 2 idle cores (CPU time / 2; goal ≤ ${GOAL_BATCH_S} s)`, median: middle(cpu) / 2, unit: 's', runs: cpu.length, baseline: { value: GOAL_BATCH_S, label: 'the goal' } },
            { name: `  CPU time per session`, median: (middle(cpu) * 1000) / batch, unit: 'ms', runs: cpu.length },
          ]
        : []),
    ];
  } finally {
    await Promise.all(lanes.map((l) => l.close()));
  }
}
