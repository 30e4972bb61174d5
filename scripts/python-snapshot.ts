// Build (Node): the Python worker's memory snapshot. A fresh Pyodide interpreter with the worker's modules imported
// (renderer/src/workers/python/warm-imports.ts) is dumped with Pyodide's snapshot API (private: `_makeSnapshot`,
// `makeMemorySnapshot`, `_loadSnapshot`; pyodide is pinned in package.json). The worker restores it instead of
// booting and importing from scratch, and falls back to a bare boot if it is missing or rejected (Pyodide checks a
// magic number and its build id). Made in a child Node process (the same wasm as the browser's), cached under
// node_modules/.cache by pyodide version + imports, so the two renderer builds and rebuilds pay for it once. The build
// copy leaves out the all-zero pages (renderer/src/workers/python/snapshot-pages.ts).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packSnapshotPages } from '../renderer/src/workers/python/snapshot-pages';
import { PYTHON_SNAPSHOT_FILE, PYTHON_WARM_IMPORTS } from '../renderer/src/workers/python/warm-imports';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The child: load Pyodide ready for a snapshot, import the modules, write the bytes. Plain ESM, no TypeScript. */
const MAKER = `
import { loadPyodide } from 'pyodide';
import { writeFileSync } from 'node:fs';
const py = await loadPyodide({ _makeSnapshot: true, stdout: () => {}, stderr: () => {} });
py.runPython(process.env.DPE_WARM_IMPORTS);
writeFileSync(process.env.DPE_SNAPSHOT_OUT, py.makeMemorySnapshot());
process.exit(0);
`;

export function pythonSnapshotKey(): string {
  const version = (JSON.parse(readFileSync(require.resolve('pyodide/package.json'), 'utf8')) as { version: string }).version;
  return createHash('sha256').update(`${version}\n${PYTHON_WARM_IMPORTS}\n${MAKER}`).digest('hex').slice(0, 16);
}

/** Writes the snapshot to `outFile`, making it only when the cache has none for this pyodide version and import list. */
export function writePythonSnapshot(outFile: string): { bytes: number; cached: boolean } {
  const cacheDir = join(repoRoot, 'node_modules', '.cache', 'dpe-python-snapshot');
  const cached = join(cacheDir, `${pythonSnapshotKey()}.bin`);
  const hit = existsSync(cached);
  if (!hit) {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    execFileSync(process.execPath, ['--input-type=module', '-e', MAKER], {
      cwd: repoRoot,
      env: { ...process.env, DPE_WARM_IMPORTS: PYTHON_WARM_IMPORTS, DPE_SNAPSHOT_OUT: partial },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 180_000,
    });
    renameSync(partial, cached);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  // Written without its zero pages (snapshot-pages.ts): half the bytes for the worker to pull in.
  const packed = packSnapshotPages(readFileSync(cached));
  writeFileSync(outFile, packed);
  return { bytes: packed.length, cached: hit };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(repoRoot, 'dist/renderer', PYTHON_SNAPSHOT_FILE));
  const { bytes, cached } = writePythonSnapshot(out);
  console.log(`Python snapshot ${(bytes / 1e6).toFixed(1)} MB ${cached ? '(cached)' : '(made)'} -> ${out}`);
}
