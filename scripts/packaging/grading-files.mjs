// Build helper (Node): what grading opens by path, which the reviewer workstation ships unpacked beside app.asar (Deno
// cannot look inside the archive). Follows rubrics/sandbox/README.md, "What a packaged reviewer workstation must ship".
// Shared by scripts/build-electron.mjs (copies the scripts) and scripts/check-packaging.ts (checks all of it shipped).

/** The grading sandbox's own scripts, run by Deno; shipped as dist/electron/sandbox/ (the host's workerDir/sandbox). */
export const SANDBOX_SCRIPTS = 'rubrics/sandbox/deno';

/** Runtime files the sandbox is given read access to (besides its scripts and the Deno binary). */
export const SANDBOX_RUNTIME_FILES = [
  'node_modules/pyodide/pyodide.mjs',
  'node_modules/pyodide/pyodide.asm.mjs',
  'node_modules/pyodide/pyodide.asm.wasm',
  'node_modules/pyodide/python_stdlib.zip',
  'node_modules/pyodide/pyodide-lock.json',
  'node_modules/sql.js/dist/sql-wasm-browser.js',
  'node_modules/sql.js/dist/sql-wasm-browser.wasm',
  'node_modules/sql.js/dist/sql-wasm.js',
];
