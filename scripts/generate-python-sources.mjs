// Build step (Node): turns the Python the exercises ship (exercises/python/py/*.py) into plain TS modules of strings,
// one per file, so the renderer (Vite), vitest, tsx scripts, Playwright and the Electron bundle all import them the
// same way (and a bundle takes only the files it uses), while Python tooling reads the .py files.
// `node scripts/generate-python-sources.mjs` rewrites the modules; a unit test fails when they are stale.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PY_DIR = join(root, 'exercises/python/py');
export const GENERATED_DIR = join(PY_DIR, 'generated');

/** `public_tests.py` -> `PUBLIC_TESTS_PY`. */
const constName = (file) => `${file.replace(/\.py$/, '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_PY`;

/**
 * The generated modules, by file name inside GENERATED_DIR (`harness.py` -> `harness.ts`). Lines starting
 * `# dpe-template:` are notes for maintainers and are dropped.
 */
export function renderPythonSources(dir = PY_DIR) {
  const out = {};
  for (const file of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => !l.startsWith('# dpe-template:')).join('\n');
    out[file.replace(/\.py$/, '.ts')] =
      `// Pure (all processes): GENERATED from exercises/python/py/${file} by scripts/generate-python-sources.mjs.\n` +
      `// Do not edit: edit the .py file and run \`node scripts/generate-python-sources.mjs\`.\n` +
      `export const ${constName(file)} = ${JSON.stringify(text)};\n`;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  mkdirSync(GENERATED_DIR, { recursive: true });
  const modules = renderPythonSources();
  for (const [name, text] of Object.entries(modules)) writeFileSync(join(GENERATED_DIR, name), text);
  console.log(`Wrote ${Object.keys(modules).length} modules to ${GENERATED_DIR.slice(root.length + 1)} from ${PY_DIR.slice(root.length + 1)}/*.py`);
}
