import { describe, expect, it } from 'vitest';
import type { AssessmentPlan } from '../contract/session';
import { clockTone, exerciseBudgetMs, exerciseRemainingMs, formatClock, overallBudgetMs, overallRemainingMs } from './assessment-timing';

const plan = (multiplier: number): AssessmentPlan => ({
  format: 'dpe-assessment-plan',
  version: 1,
  planId: 'p',
  title: 't',
  exercises: [
    { exerciseId: 'practice', minutes: 5 },
    { exerciseId: 'sql', minutes: 50 },
  ],
  extraTimeMultiplier: multiplier,
  variantMode: 'random',
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('assessment timing', () => {
  it('applies the extra-time multiplier to every budget', () => {
    expect(exerciseBudgetMs(plan(1), 'sql')).toBe(50 * 60_000);
    expect(exerciseBudgetMs(plan(1.5), 'sql')).toBe(75 * 60_000);
    expect(overallBudgetMs(plan(1.5))).toBe(82.5 * 60_000);
    expect(exerciseBudgetMs(plan(1), 'python')).toBe(0);
  });

  it('derives remaining time from elapsed time and never goes below zero', () => {
    const elapsed = { overview: 60_000, sql: 10 * 60_000 };
    expect(exerciseRemainingMs(plan(1), elapsed, 'sql')).toBe(40 * 60_000);
    expect(overallRemainingMs(plan(1), elapsed)).toBe(44 * 60_000);
    expect(exerciseRemainingMs(plan(1), { sql: 99 * 60_000 }, 'sql')).toBe(0);
  });

  it('formats clocks, rounding seconds up so time left never reads 0:00', () => {
    expect(formatClock(3_909_000)).toBe('1:05:09');
    expect(formatClock(750_000)).toBe('12:30');
    expect(formatClock(200)).toBe('0:01');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('turns amber near the end and red when out', () => {
    expect(clockTone(30 * 60_000, 50 * 60_000)).toBe('normal');
    expect(clockTone(4 * 60_000, 50 * 60_000)).toBe('low');
    expect(clockTone(0, 50 * 60_000)).toBe('out');
  });
});
