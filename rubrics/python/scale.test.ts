// Unit (Node + Deno sandbox): the scale test separates a quadratic solution from a linear one, judged on the sandbox's
// CPU time (so a busy machine does not fail an honest solution), and changes nothing else in the grade.
import { afterAll, describe, expect, it } from 'vitest';
import { getPythonVariant } from '../../exercises/python/python-variants';
import { strongSolution } from './fixtures/strong-solution';
import { quadraticSolution } from './fixtures/quadratic-solution';
import { gradePythonAnswer } from './grade-python';
import { GradingRuntime } from './grading-runtime';
import { SCALE_ROWS } from './hidden-scenarios';

const runtime = new GradingRuntime();
afterAll(() => runtime.close());

const variant = getPythonVariant('orders-ingest');
const scaleEvidence = (grade: Awaited<ReturnType<typeof gradePythonAnswer>>) =>
  grade.criteria.find((c) => c.criterionId === 'python.hidden.scale')!.evidence.find((e) => e.label.startsWith('python.hidden-test.scale:'))!;

describe(`the ${SCALE_ROWS.toLocaleString('en-US')}-row scale test`, { timeout: 180_000 }, () => {
  it('passes the linear solution and fails the same solution made quadratic, on time alone', async () => {
    const linear = await gradePythonAnswer({ source: strongSolution(variant) }, variant.variantId, { runtime });
    const quadratic = await gradePythonAnswer({ source: quadraticSolution(variant) }, variant.variantId, { runtime });

    expect(scaleEvidence(linear)).toMatchObject({ passed: true });
    expect(scaleEvidence(quadratic)).toMatchObject({ passed: false, detail: expect.stringMatching(/rows took [\d.]+ s \(limit \d+ s; [\d.]+ s of CPU time/) });
    // Every other automatic criterion is the same: the two differ in speed only.
    const others = (g: typeof linear) => g.criteria.filter((c) => c.source === 'auto' && c.criterionId !== 'python.hidden.scale').map((c) => [c.criterionId, c.score]);
    expect(others(quadratic)).toEqual(others(linear));
  });
});
