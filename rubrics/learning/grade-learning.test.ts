// Unit test: learning agility graded from a synthetic session log, as a reviewer would read it.
import { describe, expect, it } from 'vitest';
import type { Session, SessionEvent } from '../../contract/session';
import { gradeLearning } from './grade-learning';

const HASH = '0'.repeat(64);
let seq = 0;
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const run = (minute: number, exerciseId: 'sql' | 'python', data: Record<string, unknown>): SessionEvent => ({
  seq: seq++, at: at(minute), type: 'run', exerciseId, data, prevHash: HASH, hash: HASH,
});

function session(events: SessionEvent[], extra: Partial<Session> = {}): Session {
  return {
    format: 'dpe-assessment-session', version: 1, sessionId: '00000000-0000-4000-8000-000000000000',
    createdAt: at(0), updatedAt: at(59), candidateName: 'Ada', status: 'submitted', location: 'overview',
    plan: {
      format: 'dpe-assessment-plan', version: 1, planId: 'p', title: 'SQL and Python', extraTimeMultiplier: 1, variantMode: 'fixed', createdAt: at(0),
      exercises: [{ exerciseId: 'sql', minutes: 45, variantId: 'churn-by-month' }, { exerciseId: 'python', minutes: 60, variantId: 'v' }],
    },
    elapsedMs: {}, answers: { sql: { query: 'select 1' }, python: { source: 'pass' } }, events, reflection: '', ...extra,
  };
}
const find = (grade: ReturnType<typeof gradeLearning>, id: string) => grade.criteria.find((c) => c.criterionId === id)!;

describe('gradeLearning', () => {
  it('credits a failed query followed by a working one, and a failing public test later fixed, naming them and the times', () => {
    const grade = gradeLearning(session([
      run(2, 'sql', { purpose: 'query', ok: false, sql: 'selec', error: 'near "selec": syntax error' }),
      run(3, 'sql', { purpose: 'reset-database', ok: true }),
      run(5, 'sql', { purpose: 'query', ok: true, sql: 'select 1', rowCount: 1 }),
      run(10, 'python', { purpose: 'tests', ok: false, counts: { pass: 2, fail: 1 }, failing: ['test_rejects_bad_rows'], source: '' }),
      run(14, 'python', { purpose: 'tests', ok: true, counts: { pass: 3, fail: 0 }, failing: [], source: '' }),
    ], { reflection: 'I would add tests for empty files.' }));
    expect(grade).toMatchObject({ exerciseId: 'assessment', variantId: 'session' });
    const recovery = find(grade, 'learning.recovers-from-errors');
    expect(recovery.score).toBe(1);
    const labels = recovery.evidence.map((e) => `${e.label} ${e.detail}`).join('\n');
    expect(labels).toContain('SQL query fixed');
    expect(labels).toContain('public test test_rejects_bad_rows fixed');
    expect(labels).toMatch(/Failed first at 10:10:00 UTC.*succeeded at 10:14:00 UTC/);
    // The reset is housekeeping, not an attempt: 2 SQL runs, 2 Python runs.
    const iteration = find(grade, 'learning.iteration');
    expect(iteration.evidence.map((e) => e.label)).toEqual(['sql: 2 runs (2 query)', 'python: 2 runs (2 tests)']);
    expect(iteration.score).toBeCloseTo(0.7);
    expect(grade.signals.map((s) => s.signalId)).toContain('learning.fixed-every-failing-test');
  });

  it('gives no credit for an error never fixed, and says which one', () => {
    const grade = gradeLearning(session([
      run(2, 'sql', { purpose: 'query', ok: true, sql: 'select 1' }),
      run(4, 'python', { purpose: 'run', ok: false, error: 'KeyError: id' }),
    ]));
    const recovery = find(grade, 'learning.recovers-from-errors');
    expect(recovery.score).toBe(0);
    expect(recovery.evidence[0]!.label).toBe('python: Python script run never fixed');
    expect(recovery.evidence[0]!.detail).toContain('KeyError: id');
  });

  it('gives no recovery credit when every run succeeded: there was no error to recover from, so it is left unscored', () => {
    const grade = gradeLearning(session([
      run(2, 'sql', { purpose: 'query', ok: true, sql: 'select 1' }),
      run(4, 'python', { purpose: 'tests', ok: true, failing: [] }),
    ]));
    const recovery = find(grade, 'learning.recovers-from-errors');
    expect(recovery.score).toBeNull();
    expect(recovery.evidence[0]!.label).toMatch(/no error to recover from, so no evidence/);
  });

  it('scores a session with no runs 0 (not pending) and says so, with weak signals', () => {
    const grade = gradeLearning(session([]));
    expect(find(grade, 'learning.iteration').score).toBe(0);
    const recovery = find(grade, 'learning.recovers-from-errors');
    expect(recovery.score).toBe(0);
    expect(recovery.evidence[0]!.label).toBe('No runs recorded before submitting');
    expect(grade.signals.filter((s) => s.kind === 'weak').map((s) => s.signalId)).toEqual(['learning.no-runs', 'learning.empty-reflection']);
    expect(grade.signals.some((s) => s.kind === 'red-flag')).toBe(false);
  });

  it('flags an exercise answered without a single run', () => {
    const grade = gradeLearning(session([run(2, 'sql', { purpose: 'query', ok: true, sql: 'select 1' })], { reflection: 'More checks.' }));
    expect(grade.signals.map((s) => [s.signalId, s.exerciseId])).toEqual([['learning.answered-without-running', 'python']]);
  });

  it('keeps the reflection as evidence for the reviewer to rate; an empty one is named as empty', () => {
    const text = 'With another hour I would test the quarantine path on a file with only bad rows.';
    const rated = find(gradeLearning(session([], { reflection: text })), 'learning.reflection.rating');
    expect(rated).toMatchObject({ score: null, source: 'reviewer' });
    expect(rated.evidence[0]).toMatchObject({ kind: 'text-match', detail: text });
    const empty = find(gradeLearning(session([], { reflection: '   ' })), 'learning.reflection.rating');
    expect(empty.evidence[0]!.label).toBe('Closing reflection left empty');
  });
});
