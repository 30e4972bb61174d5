// Unit (Node + Pyodide): the rubric grades the reference answers as a reviewer would expect, without hanging.
import { afterAll, describe, expect, it } from 'vitest';
import { ExerciseGradeSchema, type ExerciseGrade } from '../../contract/scoring';
import { PYTHON_VARIANT_IDS } from '../../exercises/python/variant-ids';
import { PYTHON_CRITERIA } from './criteria';
import { pythonReferenceAnswer } from './fixtures/reference-answers';
import { BROKEN_SYNTAX_LINE } from './fixtures/weak-solutions';
import { gradePythonAnswer } from './grade-python';
import { GradingRuntime } from './grading-runtime';
import { HIDDEN_SCENARIOS } from './hidden-scenarios';
import { HIDDEN_TESTS } from './hidden-tests';
import { scenarioSchema } from './scenario-inputs';

const runtime = new GradingRuntime({ interruptGraceMs: 1500 });
afterAll(() => runtime.close());
// Short limits keep the runaway case quick; they are limits, not timing assertions.
const opts = { runtime, publicTimeoutMs: 3000, testTimeoutMs: 3000, scaleTimeoutMs: 60_000 };

const score = (g: ExerciseGrade, id: string) => g.criteria.find((c) => c.criterionId === id)!.score;

describe('Python rubric definitions', () => {
  it('declares every criterion a hidden test feeds, and every hidden test has a scenario for every variant', () => {
    const ids = new Set(PYTHON_CRITERIA.map((c) => c.criterionId));
    for (const t of HIDDEN_TESTS) expect(ids.has(t.criterionId)).toBe(true);
    expect(new Set(HIDDEN_TESTS.map((t) => t.id)).size).toBe(HIDDEN_TESTS.length);
    for (const v of PYTHON_VARIANT_IDS) {
      for (const t of HIDDEN_TESTS) expect(HIDDEN_SCENARIOS[t.id]!.plan(scenarioSchema(v)).steps.some((s) => s.op === 'ingest')).toBe(true);
    }
    const dims = new Map(PYTHON_CRITERIA.map((c) => [c.criterionId, c.dimension]));
    expect(dims.get('python.hidden.idempotency')).toBe('pipelines');
    expect(dims.get('python.static.secrets')).toBe('security');
    expect(dims.get('python.hidden.errors')).toBe('operations');
    expect(PYTHON_CRITERIA.find((c) => c.criterionId === 'python.readability.rating')!.ratingAnchors).toBeDefined();
  });
});

describe.each(PYTHON_VARIANT_IDS)('grading %s', { timeout: 240_000 }, (variantId) => {
  it('gives the strong solution full marks on every automatic criterion', async () => {
    const grade = await gradePythonAnswer(pythonReferenceAnswer(variantId, 'strong'), variantId, opts);
    expect(ExerciseGradeSchema.parse(grade).error).toBeUndefined();
    for (const c of grade.criteria) {
      if (c.source === 'reviewer') expect(c.score).toBeNull();
      else expect([c.criterionId, c.score]).toEqual([c.criterionId, 1]);
    }
    expect(grade.signals.map((s) => s.signalId)).toEqual(expect.arrayContaining(['python.idempotent-load', 'python.uses-logging']));
    expect(grade.signals.filter((s) => s.kind === 'red-flag')).toEqual([]);
  });

  it('fails the naive solution on idempotency, validation and quarantine', async () => {
    const grade = await gradePythonAnswer(pythonReferenceAnswer(variantId, 'naive'), variantId, opts);
    expect(score(grade, 'python.hidden.idempotency')).toBe(0);
    expect(score(grade, 'python.hidden.validation')).toBe(0);
    expect(score(grade, 'python.hidden.quarantine')).toBe(0);
    expect(score(grade, 'python.static.error-handling')).toBeLessThan(1);
    const rerun = grade.criteria.find((c) => c.criterionId === 'python.hidden.idempotency')!.evidence.find((e) => e.label.startsWith('python.hidden-test.rerun:'))!;
    expect(rerun.passed).toBe(false);
    expect(rerun.detail).toMatch(/re-run must not add rows/);
    expect(grade.signals.map((s) => s.signalId)).toEqual(expect.arrayContaining(['python.not-idempotent', 'python.append-load', 'python.swallowed-exception']));
  });
});

describe('grading submissions that cannot run', { timeout: 240_000 }, () => {
  it('grades a syntax error low and points at its line', async () => {
    const grade = await gradePythonAnswer(pythonReferenceAnswer('orders-ingest', 'broken'), 'orders-ingest', opts);
    for (const c of grade.criteria) if (c.source === 'auto') expect(c.score).toBe(0);
    const evidence = grade.criteria.find((c) => c.criterionId === 'python.hidden.validation')!.evidence[0]!;
    expect(evidence.detail).toMatch(/does not compile/);
    expect(evidence.line).toBe(BROKEN_SYNTAX_LINE);
    expect(grade.signals.map((s) => s.signalId)).toContain('python.does-not-compile');
  });

  it('stops an infinite loop, grades it low and says why', async () => {
    const grade = await gradePythonAnswer(pythonReferenceAnswer('signups-ingest', 'runaway'), 'signups-ingest', opts);
    expect(grade.error).toBeUndefined();
    for (const c of grade.criteria) if (c.source === 'auto') expect(c.score).toBe(0);
    const details = grade.criteria.flatMap((c) => c.evidence.map((e) => e.detail ?? ''));
    expect(details.some((d) => /Stopped/.test(d))).toBe(true);
    expect(grade.signals.map((s) => s.signalId)).toContain('python.runaway-code');
    // The runtime is still usable afterwards.
    const next = await gradePythonAnswer(pythonReferenceAnswer('signups-ingest', 'broken'), 'signups-ingest', opts);
    expect(next.error).toBeUndefined();
  });

  it('returns a grade with error set for a malformed answer or an unknown variant', async () => {
    const bad = await gradePythonAnswer({ source: 42 } as unknown as { source: string }, 'orders-ingest', opts);
    expect(bad.error).toMatch(/malformed/);
    expect(bad.criteria.length).toBe(PYTHON_CRITERIA.length);
    expect(ExerciseGradeSchema.safeParse(bad).success).toBe(true);
    const unknown = await gradePythonAnswer({ source: '' }, 'no-such-variant', opts);
    expect(unknown.error).toMatch(/Unknown Python variant/);
  });
});
