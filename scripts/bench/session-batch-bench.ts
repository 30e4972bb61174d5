// Bench (Node): grading whole sessions (SQL + Python + learning + scorecard) one at a time and as a batch of 50,
// spread over two grading lanes for the two cores (each lane has its own warm sandbox processes).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../../contract/session';
import { createHostServices } from '../../electron/host/host-services';
import { gradeSession, openGradingResources, type GradingResources } from '../../rubrics/grade-session';
import { allCriterionDefinitions, buildScorecard, loadDefaultScorecard } from '../../rubrics/scorecard';
import { pythonReferenceAnswer } from '../../rubrics/python';
import { sqlReferenceAnswer } from '../../rubrics/sql';
import { median, type Figure } from './bench-kit';

/** Goals (issue 9) and the figures measured before the sandbox, on the same 2-core machines. */
const GOAL_SESSION_MS = 2000;
const GOAL_BATCH_S = 20;
const UNSANDBOXED = { sessionMs: 2260, batchS: 58.8 };

async function sampleSessions(count: number): Promise<Session[]> {
  const { handlers } = await createHostServices({ dataDir: mkdtempSync(join(tmpdir(), 'dpe-batch-')), mode: 'browser', version: 'bench' });
  const sessions: Session[] = [];
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
  return sessions;
}

async function gradeFully(session: Session, resources: GradingResources): Promise<number> {
  const graded = await gradeSession(session, resources);
  const card = buildScorecard(loadDefaultScorecard(), graded.exercises, [], allCriterionDefinitions());
  return card.overall.autoScore ?? 0;
}

export async function benchSessionBatch(batch = 50): Promise<Figure[]> {
  const sessions = await sampleSessions(batch);
  const lanes = [openGradingResources(), openGradingResources()];
  try {
    await gradeFully(sessions[0]!, lanes[0]!);
    await gradeFully(sessions[1]!, lanes[1]!);
    const single: number[] = [];
    for (const s of sessions.slice(0, 5)) {
      const started = performance.now();
      await gradeFully(s, lanes[0]!);
      single.push(performance.now() - started);
    }
    const started = performance.now();
    let next = 0;
    await Promise.all(
      lanes.map(async (lane) => {
        while (next < sessions.length) await gradeFully(sessions[next++]!, lane);
      }),
    );
    const total = performance.now() - started;
    return [
      { name: `Grade one whole session (goal ≤ ${GOAL_SESSION_MS} ms)`, median: median(single), unit: 'ms', runs: single.length, baseline: { value: GOAL_SESSION_MS, label: 'the goal' } },
      { name: `  same, against the unsandboxed grader`, median: median(single), unit: 'ms', runs: single.length, baseline: { value: UNSANDBOXED.sessionMs, label: 'unsandboxed' } },
      { name: `Grade a batch of ${batch} sessions, 2 lanes (goal ≤ ${GOAL_BATCH_S} s)`, median: total / 1000, unit: 's', runs: 1, baseline: { value: GOAL_BATCH_S, label: 'the goal' } },
      { name: `  same, against the unsandboxed grader`, median: total / 1000, unit: 's', runs: 1, baseline: { value: UNSANDBOXED.batchS, label: 'unsandboxed' } },
      { name: `  per session in the batch (${batch} sessions)`, median: total / batch, unit: 'ms', runs: batch },
    ];
  } finally {
    await Promise.all(lanes.map((l) => l.close()));
  }
}
