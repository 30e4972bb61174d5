// Build script (Node): bundles the Electron main process and the sandboxed preload into CommonJS files.
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

// The grading modules locate their worker files via import.meta.url, which a CJS bundle lacks; the main process
// passes the copied workers' folder explicitly (gradingWorkerDir), so that fallback is never used here.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['electron'],
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
  sourcemap: false,
};
await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
// A sandboxed preload may only require('electron'): everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// Grading runs in worker threads from plain .mjs files, which a bundle cannot inline: ship them beside main.cjs.
for (const worker of ['rubrics/sql/sql-sandbox-worker.mjs', 'rubrics/python/grading-worker.mjs']) {
  copyFileSync(worker, join('dist/electron', basename(worker)));
}
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs (grading workers copied beside them)');
