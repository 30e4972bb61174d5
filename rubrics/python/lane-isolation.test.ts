// Unit (Node + Deno sandbox): one grading lane (one warm sandbox process) grades submission after submission; what a
// submission leaves behind (Python globals, patched modules, files, JavaScript globals) never reaches the next one.
import { afterAll, describe, expect, it } from 'vitest';
import { getPythonVariant } from '../../exercises/python/python-variants';
import { strongSolution } from './fixtures/strong-solution';
import { gradePythonAnswer } from './grade-python';
import { GradingRuntime } from './grading-runtime';

const lane = new GradingRuntime();
afterAll(() => lane.close());

/** Leaves state everywhere it can reach: interpreter, stdlib modules, the virtual file system, the worker's realm. */
const LEAVE_STATE = `
import builtins, json, os, sys, js
builtins.dpe_left_by_a = "A"
json.dumps = lambda *args, **kwargs: "patched by A"
sys.modules["dpe_planted_by_a"] = type(sys)("dpe_planted_by_a")
os.makedirs("/grading/left", exist_ok=True)
with open("/grading/left/a.txt", "w") as handle:
    handle.write("A")
with open("/tmp/left-by-a.txt", "w") as handle:
    handle.write("A")
js.globalThis.dpeLeftByA = "A"
js.Object.prototype.dpeLeftByA = "A"
"left"
`;

// Answers with plain str() (not json, which the previous job may have patched), one "name=True|False" per line.
const LOOK_FOR_STATE = `
import builtins, json, os, sys, js
"\\n".join("%s=%s" % pair for pair in [
    ("builtins global", hasattr(builtins, "dpe_left_by_a")),
    ("patched json", json.dumps([1]) != "[1]"),
    ("planted module", "dpe_planted_by_a" in sys.modules),
    ("file in /grading", os.path.exists("/grading/left/a.txt")),
    ("file in /tmp", os.path.exists("/tmp/left-by-a.txt")),
    ("worker global", hasattr(js.globalThis, "dpeLeftByA")),
    ("patched Object.prototype", hasattr(js.Object.new(), "dpeLeftByA")),
])
`;

/** The strong solution, preceded by code that sabotages the interpreter for whoever runs in it next. */
const SABOTEUR = (source: string) => `import csv as _csv, os as _os, builtins as _builtins, js as _js
_csv.DictReader = lambda *args, **kwargs: iter(())
_os.listdir = lambda path=".": []
_builtins.sorted = lambda items, **kwargs: []
_js.globalThis.JSON.stringify = lambda *args: "{}"
${source}`;

/** Starts workers that spin forever; in Deno 2.9 a spinning worker outlives the worker that started it. */
const START_SPINNERS = `
import js
from pyodide.ffi import to_js
options = to_js({"type": "module"}, dict_converter=js.Object.fromEntries)
source = js.URL.createObjectURL(js.Blob.new(to_js(["let n = 0; for (;;) { n++; }"]), to_js({"type": "text/javascript"}, dict_converter=js.Object.fromEntries)))
spinners = [js.Worker.new(source, options) for _ in range(12)]
"started %d" % len(spinners)
`;

describe('one lane, one submission after another', { timeout: 180_000 }, () => {
  it('gives the next job none of the state the previous job left', async () => {
    expect(await lane.run([], LEAVE_STATE, 20_000)).toEqual({ ok: true, value: 'left' });
    const seen = await lane.run([], LOOK_FOR_STATE, 20_000);
    expect(seen).toMatchObject({ ok: true });
    expect((seen as { value: string }).value.split('\n')).toEqual([
      'builtins global=False',
      'patched json=False',
      'planted module=False',
      'file in /grading=False',
      'file in /tmp=False',
      'worker global=False',
      'patched Object.prototype=False',
    ]);
  });

  it('does not let work a submission left running slow down or fail the next one (the scale test counts CPU time)', async () => {
    expect(await lane.run([], START_SPINNERS, 20_000)).toEqual({ ok: true, value: 'started 12' });
    const variant = getPythonVariant('orders-ingest');
    const next = await gradePythonAnswer({ source: strongSolution(variant) }, variant.variantId, { runtime: lane });
    expect(next.criteria.filter((c) => c.source === 'auto').map((c) => [c.criterionId, c.score])).toEqual(
      next.criteria.filter((c) => c.source === 'auto').map((c) => [c.criterionId, 1]),
    );
  });

  it('grades a strong submission in full right after one that sabotaged its interpreter', async () => {
    const variant = getPythonVariant('orders-ingest');
    const sabotaged = await gradePythonAnswer({ source: SABOTEUR(strongSolution(variant)) }, variant.variantId, { runtime: lane });
    // The saboteur only hurt itself...
    expect(sabotaged.criteria.find((c) => c.criterionId === 'python.hidden.idempotency')!.score).toBeLessThan(1);
    const next = await gradePythonAnswer({ source: strongSolution(variant) }, variant.variantId, { runtime: lane });
    // ...and the next candidate, in the same sandbox process, gets every automatic criterion.
    expect(next.criteria.filter((c) => c.source === 'auto').map((c) => [c.criterionId, c.score])).toEqual(
      next.criteria.filter((c) => c.source === 'auto').map((c) => [c.criterionId, 1]),
    );
  });
});
