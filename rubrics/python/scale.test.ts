// Unit (Node + Deno sandbox): the scale test separates quadratic solutions from a linear one, judged on the sandbox's
// CPU time (so a busy machine does not fail an honest solution) and on how the time grows from a quarter of the rows
// (so a fast laptop does not pass a quadratic one), and changes nothing else in the grade.
import { afterAll, describe, expect, it } from 'vitest';
import { getPythonVariant } from '../../exercises/python/python-variants';
import { strongSolution } from './fixtures/strong-solution';
import { listMembershipSolution, quadraticSolution } from './fixtures/quadratic-solution';
import { gradePythonAnswer } from './grade-python';
import { GradingRuntime } from './grading-runtime';
import { GROWTH_LIMIT, SCALE_ROWS, SCALE_SECONDS } from './hidden-scenarios';

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

  it('fails a quadratic solution that is under the bound in seconds (keys kept in a list) on how its time grows', async () => {
    const linear = await gradePythonAnswer({ source: strongSolution(variant) }, variant.variantId, { runtime });
    const listed = await gradePythonAnswer({ source: listMembershipSolution(variant) }, variant.variantId, { runtime });

    const growth = (detail = '') => Number(/([\d.]+)× the time of 2,500 rows/.exec(detail)?.[1]);
    const linearEvidence = scaleEvidence(linear);
    // A fast run is not judged on growth (the smaller run is skipped under the floor); a slower one grows about 4×.
    expect(linearEvidence).toMatchObject({ passed: true, detail: expect.stringMatching(/^Passed: 10,000 rows in [\d.]+ s(, [\d.]+× the time of 2,500 rows)?$/) });
    if (linearEvidence.detail?.includes('×')) expect(growth(linearEvidence.detail)).toBeLessThan(GROWTH_LIMIT);
    const listedEvidence = scaleEvidence(listed);
    expect(listedEvidence).toMatchObject({ passed: false, detail: expect.stringMatching(/searching a list for every row/) });
    // Judged on growth, not on the bound in seconds: the run itself was within it.
    expect(Number(/rows took ([\d.]+) s/.exec(listedEvidence.detail ?? '')?.[1])).toBeLessThan(SCALE_SECONDS);
    expect(growth(listedEvidence.detail)).toBeGreaterThanOrEqual(GROWTH_LIMIT);
  });
});
