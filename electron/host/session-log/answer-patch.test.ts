// Unit test (Node; the module is pure and lives in contract/): answers travel as patches; applying the host's diff always rebuilds exactly the new answer.
import { describe, expect, it } from 'vitest';
import { applyPatch, diffAnswer, PatchError, PatchSchema } from '../../../contract/answer-patch';

describe('answer patches', () => {
  it('turns typing into small splices and rebuilds the answer exactly', () => {
    const a = { query: 'SELECT 1', explanation: 'café ☕ line', checks: [{ checkId: 'c1', title: 'x', sql: 'SELECT 1' }] };
    const b = { query: 'SELECT 12 FROM t', explanation: 'café ☕☕ line', checks: [{ checkId: 'c1', title: 'x', sql: 'SELECT 2' }] };
    const patch = diffAnswer(a, b);
    expect(patch).toEqual([
      { p: ['query'], s: [8, 0, '2 FROM t'] },
      { p: ['explanation'], s: [6, 0, '☕'] },
      { p: ['checks', 0, 'sql'], s: [7, 1, '2'] },
    ]);
    expect(applyPatch(a, patch)).toEqual(b);
    expect(PatchSchema.safeParse(patch).success).toBe(true);
  });

  it('handles the first save, added and removed keys, and resized lists', () => {
    const steps = [undefined, { source: 'print(1)' }, { source: 'print(1)\n', extra: 'x' }, { source: '' }, { checks: [1, 2] }, { checks: [1, 2, 3] }];
    let value: unknown = undefined;
    for (let i = 1; i < steps.length; i++) {
      value = applyPatch(value, diffAnswer(steps[i - 1], steps[i]));
      expect(value).toEqual(steps[i]);
    }
  });

  it('refuses a patch that does not fit the answer it claims to change, and keys that reach a prototype', () => {
    expect(() => applyPatch({ query: 'abc' }, [{ p: ['query'], s: [2, 5, 'x'] }])).toThrow(PatchError);
    expect(() => applyPatch({ query: 1 }, [{ p: ['query'], s: [0, 0, 'x'] }])).toThrow('not text');
    expect(PatchSchema.safeParse([{ p: ['__proto__', 'polluted'], v: true }]).success).toBe(false);
  });
});
