// Pure: time budgets and what remains of them. Remaining time is derived from stored elapsed time, never stored.
import type { ExerciseId } from '../contract/exercise-ids';
import type { AssessmentPlan } from '../contract/session';

export const MINUTE_MS = 60_000;

export function exerciseBudgetMs(plan: AssessmentPlan, exerciseId: ExerciseId): number {
  const planned = plan.exercises.find((e) => e.exerciseId === exerciseId);
  return planned ? Math.round(planned.minutes * MINUTE_MS * plan.extraTimeMultiplier) : 0;
}

export function overallBudgetMs(plan: AssessmentPlan): number {
  return plan.exercises.reduce((sum, e) => sum + exerciseBudgetMs(plan, e.exerciseId), 0);
}

/** Everything counts towards the overall clock, time on the overview included. */
export function totalElapsedMs(elapsed: Readonly<Record<string, number>>): number {
  return Object.values(elapsed).reduce((sum, ms) => sum + ms, 0);
}

export function exerciseRemainingMs(plan: AssessmentPlan, elapsed: Readonly<Record<string, number>>, exerciseId: ExerciseId): number {
  return Math.max(0, exerciseBudgetMs(plan, exerciseId) - (elapsed[exerciseId] ?? 0));
}

export function overallRemainingMs(plan: AssessmentPlan, elapsed: Readonly<Record<string, number>>): number {
  return Math.max(0, overallBudgetMs(plan) - totalElapsedMs(elapsed));
}

/** `1:05:09`, `12:30`, `0:07`: seconds are rounded up so a clock never shows 0:00 while time is left. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export type ClockTone = 'normal' | 'low' | 'out';

/** Under five minutes (or a tenth of the budget, whichever is less) the clock turns amber. */
export function clockTone(remainingMs: number, budgetMs: number): ClockTone {
  if (remainingMs <= 0) return 'out';
  return remainingMs <= Math.min(5 * MINUTE_MS, budgetMs * 0.1) ? 'low' : 'normal';
}
