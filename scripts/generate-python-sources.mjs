// Build step (Node): turns the Python the exercises ship (exercises/python/py/*.py) and the Python the grader runs in
// its sandbox (rubrics/python/py/*.py) into plain TS modules of strings, one per file, so the renderer (Vite), vitest,
// tsx scripts, Playwright and the Electron bundle all import them the same way (and a bundle takes only the files it
// uses), while Python tooling reads the .py files.
// `node scripts/generate-python-sources.mjs` rewrites the modules; a unit test fails when they are stale.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PY_DIR = join(root, 'exercises/python/py');
export const GENERATED_DIR = join(PY_DIR, 'generated');
/** Grading-only Python: host side, never in the candidate bundle (the layering keeps renderer/ out of rubrics/). */
export const RUBRIC_PY_DIR = join(root, 'rubrics/python/py');
const SOURCE_DIRS = [
  { dir: PY_DIR, process: 'Pure (all processes)' },
  { dir: RUBRIC_PY_DIR, process: 'Host only' },
];

/** `public_tests.py` -> `PUBLIC_TESTS_PY`. */
const constName = (file) => `${file.replace(/\.py$/, '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_PY`;

/**
 * The generated modules, by file name inside GENERATED_DIR (`harness.py` -> `harness.ts`). Lines starting
 * `# dpe-template:` are notes for maintainers and are dropped.
 */
export function renderPythonSources(dir = PY_DIR) {
  const out = {};
  const where = dir.slice(root.length + 1);
  const process = SOURCE_DIRS.find((d) => d.dir === dir)?.process ?? 'Pure (all processes)';
  for (const file of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => !l.startsWith('# dpe-template:')).join('\n');
    out[file.replace(/\.py$/, '.ts')] =
      `// ${process}: GENERATED from ${where}/${file} by scripts/generate-python-sources.mjs.\n` +
      `// Do not edit: edit the .py file and run \`node scripts/generate-python-sources.mjs\`.\n` +
      `export const ${constName(file)} = ${JSON.stringify(text)};\n`;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const { dir } of SOURCE_DIRS) {
    const generated = join(dir, 'generated');
    rmSync(generated, { recursive: true, force: true });
    mkdirSync(generated, { recursive: true });
    const modules = renderPythonSources(dir);
    for (const [name, text] of Object.entries(modules)) writeFileSync(join(generated, name), text);
    console.log(`Wrote ${Object.keys(modules).length} modules to ${generated.slice(root.length + 1)} from ${dir.slice(root.length + 1)}/*.py`);
  }
}
