// Build helper (Node): the plain files grading opens by path, which the reviewer workstation ships unpacked beside its
// main bundle. Shared by scripts/build-electron.mjs (copies them) and scripts/check-packaging.ts (checks they shipped).

/** Worker files grading starts by path (whichever of them the grading code still has). */
export const GRADING_WORKERS = ['rubrics/sql/sql-sandbox-worker.mjs', 'rubrics/python/grading-worker.mjs'];
/** The grading sandbox's own scripts, run by Deno (see rubrics/sandbox/); shipped as dist/electron/sandbox/. */
export const SANDBOX_SCRIPTS = 'rubrics/sandbox/deno';
