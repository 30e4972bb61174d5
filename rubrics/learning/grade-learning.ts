// Host only: grades learning agility from the whole session — how the candidate iterated, what they fixed, their reflection.
// Assessment-wide: it knows no exercise by name; the exercise definitions say which ones have runs worth judging.
import { findExerciseDefinition } from '../../assessment/exercise-registry';
import type { CriterionResult, Evidence, ExerciseGrade, Signal } from '../../contract/scoring';
import type { Session } from '../../contract/session';
import { LEARNING_CRITERIA, LEARNING_CRITERION_IDS } from './criteria';
import { candidateRuns, clock, failureThreads, type FailureThread, type RunRecord } from './run-history';

export { LEARNING_CRITERIA, LEARNING_CRITERION_IDS, REFLECTION_RATING_ANCHORS } from './criteria';

const REFLECTION_QUOTE_LIMIT = 4_000;

const title = (criterionId: string) => LEARNING_CRITERIA.find((c) => c.criterionId === criterionId)!.title;
const criterion = (criterionId: string, score: number | null, evidence: Evidence[], source: 'auto' | 'reviewer' = 'auto'): CriterionResult => ({
  criterionId,
  exerciseId: 'assessment',
  title: title(criterionId),
  score,
  evidence,
  source,
});

/** One run proves little; two shows a correction; three or more is a working loop. Averaged over runnable exercises. */
function iterationCredit(runCount: number): number {
  return runCount === 0 ? 0 : runCount === 1 ? 0.3 : runCount === 2 ? 0.7 : 1;
}

/** Scored exercises with a Run button; only these leave a run history worth judging. */
export function judgesRuns(exerciseId: string): boolean {
  const definition = findExerciseDefinition(exerciseId);
  return definition?.hasRuns === true && definition.scored;
}

function runnableExercises(session: Session, runs: readonly RunRecord[]): string[] {
  const planned: string[] = session.plan.exercises.map((e) => e.exerciseId).filter(judgesRuns);
  return [...new Set([...planned, ...runs.map((r) => r.exerciseId)])];
}

function iterationEvidence(exerciseId: string, runs: readonly RunRecord[]): Evidence {
  if (runs.length === 0) return { kind: 'iteration', label: `${exerciseId}: no runs`, detail: 'Submitted without running anything in this exercise.', passed: false };
  const byPurpose = new Map<string, number>();
  for (const r of runs) {
    const p = r.purpose.startsWith('check:') ? 'check' : r.purpose;
    byPurpose.set(p, (byPurpose.get(p) ?? 0) + 1);
  }
  const failed = runs.filter((r) => !r.ok).length;
  const mix = [...byPurpose].map(([p, n]) => `${n} ${p}`).join(', ');
  return {
    kind: 'iteration',
    label: `${exerciseId}: ${runs.length} run${runs.length === 1 ? '' : 's'} (${mix})`,
    detail: `First at ${clock(runs[0]!.at)}, last at ${clock(runs.at(-1)!.at)}; ${failed} failed.`,
    passed: runs.length >= 2,
  };
}

function threadEvidence(t: FailureThread): Evidence {
  const cause = t.firstError ? ` (${t.firstError})` : '';
  return t.resolvedAt
    ? { kind: 'iteration', label: `${t.exerciseId}: ${t.label} fixed`, detail: `Failed first at ${clock(t.firstFailedAt)}${cause}; succeeded at ${clock(t.resolvedAt)}.`, passed: true }
    : { kind: 'iteration', label: `${t.exerciseId}: ${t.label} never fixed`, detail: `Failed first at ${clock(t.firstFailedAt)}${cause}, last at ${clock(t.lastFailedAt)}; no later success.`, passed: false };
}

function reflectionCriterion(session: Session): CriterionResult {
  const text = session.reflection?.trim() ?? '';
  const evidence: Evidence[] = text
    ? [{ kind: 'text-match', label: 'Closing reflection (what they would do with another hour)', detail: text.length > REFLECTION_QUOTE_LIMIT ? `${text.slice(0, REFLECTION_QUOTE_LIMIT)}…` : text }]
    : [{ kind: 'note', label: session.status === 'submitted' ? 'Closing reflection left empty' : 'No reflection yet (session not submitted)' }];
  return criterion(LEARNING_CRITERION_IDS.reflection, null, evidence, 'reviewer');
}

function learningSignals(session: Session, runs: readonly RunRecord[], exercises: readonly string[], threads: readonly FailureThread[]): Signal[] {
  const signals: Signal[] = [];
  const tests = threads.filter((t) => t.testName !== undefined);
  if (tests.length > 0 && tests.every((t) => t.resolvedAt)) {
    signals.push({ signalId: 'learning.fixed-every-failing-test', exerciseId: 'assessment', kind: 'strong', title: 'Fixed every public test that failed along the way', evidence: tests.map(threadEvidence) });
  }
  if (exercises.length > 0 && runs.length === 0) {
    signals.push({
      signalId: 'learning.no-runs', exerciseId: 'assessment', kind: 'weak', title: 'Submitted without a single run',
      evidence: [{ kind: 'note', label: `No query, script or test run in ${exercises.join(', ')}` }],
    });
  } else {
    for (const exerciseId of exercises) {
      if (session.answers[exerciseId] === undefined || runs.some((r) => r.exerciseId === exerciseId)) continue;
      signals.push({
        signalId: 'learning.answered-without-running', exerciseId: exerciseId as Signal['exerciseId'], kind: 'weak', title: `Answered ${exerciseId} without running it once`,
        evidence: [iterationEvidence(exerciseId, [])],
      });
    }
  }
  if (session.status === 'submitted' && !session.reflection?.trim()) {
    signals.push({ signalId: 'learning.empty-reflection', exerciseId: 'assessment', kind: 'weak', title: 'Left the closing reflection empty', evidence: [{ kind: 'note', label: 'Closing reflection left empty' }] });
  }
  return signals;
}

/**
 * The learning-agility grade for a session. Iteration and recovery are left out when the plan has nothing to run
 * (a session of incident and review exercises only), so the candidate is not marked down for an absent Run button.
 */
export function gradeLearning(session: Session): ExerciseGrade {
  const runs = candidateRuns(session.events);
  const exercises = runnableExercises(session, runs);
  const threads = failureThreads(runs);
  const criteria: CriterionResult[] = [];
  if (exercises.length > 0) {
    const perExercise = exercises.map((id) => runs.filter((r) => r.exerciseId === id));
    const iteration = perExercise.reduce((sum, list) => sum + iterationCredit(list.length), 0) / exercises.length;
    criteria.push(criterion(LEARNING_CRITERION_IDS.iteration, iteration, exercises.map((id, i) => iterationEvidence(id, perExercise[i]!))));
    if (runs.length === 0) {
      criteria.push(criterion(LEARNING_CRITERION_IDS.recovery, 0, [{ kind: 'note', label: 'No runs recorded before submitting', detail: 'Nothing was tried, so there is no error met and fixed to credit.' }]));
    } else if (threads.length === 0) {
      // Nothing broke, so there is no evidence either way: no score (left out of the mean), not full marks.
      criteria.push(criterion(LEARNING_CRITERION_IDS.recovery, null, [{ kind: 'note', label: `Every one of ${runs.length} runs succeeded: no error to recover from, so no evidence`, detail: 'Not scored; a reviewer may rate it from the replay.' }]));
    } else {
      const resolved = threads.filter((t) => t.resolvedAt).length;
      criteria.push(criterion(LEARNING_CRITERION_IDS.recovery, resolved / threads.length, threads.map(threadEvidence)));
    }
  }
  criteria.push(reflectionCriterion(session));
  return { exerciseId: 'assessment', variantId: 'session', criteria, signals: learningSignals(session, runs, exercises, threads) };
}
