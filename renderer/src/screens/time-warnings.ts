// Renderer (pure): which time warning a clock has just crossed (10 and 2 minutes left), and its sentence.
import { MINUTE_MS } from '../../../assessment/assessment-timing';

export const WARNING_MINUTES = [10, 2] as const;

/** The smallest threshold (in minutes) at or above `leftMs`, or null above 10 minutes or once time is out. */
export function warningLevel(leftMs: number): (typeof WARNING_MINUTES)[number] | null {
  if (leftMs <= 0) return null;
  let level: (typeof WARNING_MINUTES)[number] | null = null;
  for (const m of WARNING_MINUTES) if (leftMs <= m * MINUTE_MS) level = m;
  return level;
}

export function warningText(scope: 'overall' | 'exercise', minutes: number, exerciseTitle?: string): string {
  const left = minutes === 2 ? 'about 2 minutes' : `${minutes} minutes`;
  return scope === 'overall'
    ? `${left[0]!.toUpperCase()}${left.slice(1)} left in the whole assessment. Your work saves by itself; ${minutes === 2 ? 'write your explanations now: when time is up you will still be asked the reflection question.' : 'leave time for explanations.'}`
    : `${left[0]!.toUpperCase()}${left.slice(1)} of the suggested time left for ${exerciseTitle ?? 'this exercise'}. The time is a guide, not a lock.`;
}
