// Build step (Node): turns the Python the exercises ship (exercises/python/py/*.py) into a plain TS module of strings,
// so the renderer (Vite), vitest, tsx scripts, Playwright and the Electron bundle all import it the same way, and
// Python tooling reads the .py files. `node scripts/generate-python-sources.mjs` rewrites the module; a unit test
// fails when it is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PY_DIR = join(root, 'exercises/python/py');
export const GENERATED = join(root, 'exercises/python/python-sources.generated.ts');

/** `public_tests.py` -> `PUBLIC_TESTS_PY`. */
const constName = (file) => `${file.replace(/\.py$/, '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_PY`;

/** The module text for the .py files in `dir`; lines starting `# dpe-template:` are notes for maintainers, dropped. */
export function renderPythonSources(dir = PY_DIR) {
  const files = readdirSync(dir).filter((n) => n.endsWith('.py')).sort();
  const body = files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => !l.startsWith('# dpe-template:')).join('\n');
    return `/** exercises/python/py/${file} */\nexport const ${constName(file)} = ${JSON.stringify(text)};\n`;
  });
  return `// Pure (all processes): GENERATED from exercises/python/py/*.py by scripts/generate-python-sources.mjs. Do not edit:\n// edit the .py file and run \`node scripts/generate-python-sources.mjs\`.\n${body.join('\n')}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED, renderPythonSources());
  console.log(`Wrote ${GENERATED.slice(root.length + 1)} from ${PY_DIR.slice(root.length + 1)}/*.py`);
}
