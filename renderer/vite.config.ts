// Build config for the renderer (candidate + reviewer UI). Everything it loads ships beside it: no CDN, no network.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { writePythonSnapshot } from '../scripts/python-snapshot';
import { PYTHON_SNAPSHOT_FILE } from './src/workers/python/warm-imports';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const MONACO_LEAN_ID = 'virtual:monaco-lean';

/**
 * Which desktop flavour a build is for. `vite build --mode candidate` builds the candidate kit's renderer, which leaves
 * the reviewer area out entirely, into dist/renderer-candidate; the default (also what browser mode serves) has everything.
 */
const flavorOf = (mode: string) => (mode === 'candidate' ? 'candidate' : 'reviewer');
const defaultOutDir = (mode: string) => resolve(here, flavorOf(mode) === 'candidate' ? '../dist/renderer-candidate' : '../dist/renderer');

/**
 * monaco-editor's main entry registers ~80 languages and four language services. This virtual module keeps
 * editor.main's own editor contributions (find, suggest, folding...) and only the SQL and Python grammars.
 */
function monacoLean(): Plugin {
  return {
    name: 'monaco-lean',
    resolveId: (id) => (id === MONACO_LEAN_ID ? `\0${MONACO_LEAN_ID}` : null),
    load(id) {
      if (id !== `\0${MONACO_LEAN_ID}`) return null;
      const mainFile = require.resolve('monaco-editor/editor/editor.main');
      const base = dirname(mainFile);
      const lines = readFileSync(mainFile, 'utf8')
        .split('\n')
        .filter((line) => /^import '\.\/(contrib|browser|common|standalone)\//.test(line) || /^import '\.\.\/base\/.*\.css';/.test(line))
        .map((line) => line.replace(/'(\.{1,2}\/[^']+)'/, (_m, rel: string) => `'${join(base, rel).replaceAll('\\', '/')}'`));
      const lang = (name: string) => `import '${join(base, '..', 'languages/definitions', name, 'register.js').replaceAll('\\', '/')}';`;
      return [...lines, lang('sql'), lang('python'), `export * from '${join(base, 'editor.api.js').replaceAll('\\', '/')}';`].join('\n');
    },
  };
}

/** Pyodide and sql.js load their wasm and stdlib at run time from beside the page. */
function runtimeAssets(fallbackOutDir: string): Plugin {
  const pyodideDir = dirname(require.resolve('pyodide/package.json'));
  const sqlJsWasm = require.resolve('sql.js/dist/sql-wasm-browser.wasm');
  const files: Array<[string, string]> = [
    ...['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json', 'pyodide.mjs'].map(
      (f): [string, string] => [join(pyodideDir, f), `runtime/pyodide/${f}`],
    ),
    [sqlJsWasm, 'runtime/sql-wasm.wasm'],
  ];
  return {
    name: 'runtime-assets',
    writeBundle(options) {
      const out = options.dir ?? fallbackOutDir;
      for (const [from, to] of files) {
        mkdirSync(dirname(join(out, to)), { recursive: true });
        copyFileSync(from, join(out, to));
      }
      // The Python worker restores this instead of booting from scratch (falls back if it is missing).
      writePythonSnapshot(join(out, PYTHON_SNAPSHOT_FILE));
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: here,
  base: './',
  plugins: [react(), monacoLean(), runtimeAssets(defaultOutDir(mode))],
  // Replaced at build time, so the bundler drops the reviewer chunk from the candidate kit (see app.tsx).
  define: { 'import.meta.env.VITE_FLAVOR': JSON.stringify(flavorOf(mode)) },
  build: {
    // DPE_RENDERER_DIR lets parallel work build and test its own copy without clobbering dist/.
    outDir: process.env.DPE_RENDERER_DIR ? resolve(process.env.DPE_RENDERER_DIR) : defaultOutDir(mode),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['pyodide'] },
}));
