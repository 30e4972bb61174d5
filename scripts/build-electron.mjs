// Build script (Node): bundles the two Electron main processes (candidate kit, reviewer workstation) and the sandboxed
// preload into CommonJS files. The candidate bundle must not contain grading code: this script fails if it does.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { SANDBOX_SCRIPTS } from './packaging/grading-files.mjs';

const outDir = process.env.DPE_ELECTRON_DIR ? resolve(process.env.DPE_ELECTRON_DIR) : resolve('dist/electron');
mkdirSync(outDir, { recursive: true });

// The grading modules locate their sandbox scripts via import.meta.url, which a CJS bundle lacks; the main process
// passes the copied scripts' folder explicitly (gradingWorkerDir), so that fallback is never used here.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['electron'],
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
  sourcemap: false,
  metafile: true,
};

/**
 * The host's doors to rubrics/, and what the candidate kit gets instead (electron/main/candidate-kit/). A new door
 * fails the candidate build below until it is listed here with a stand-in that holds no grading content.
 */
const CANDIDATE_KIT_STUBS = [
  // Grading, scorecards and reviews: refused in the candidate kit.
  { door: 'electron/host/review-service', stub: 'electron/main/candidate-kit/review-service-stub.ts' },
  // The PR author's replies: generic ones chosen from the candidate's own comments instead of the keyed script.
  { door: 'rubrics/pr-review/rubric', stub: 'electron/main/candidate-kit/pr-review-replies-stub.ts' },
  // The candidate feedback sheet is written from rubric evidence: reviewer workstation only.
  { door: 'electron/host/candidate-feedback', stub: 'electron/main/candidate-kit/candidate-feedback-stub.ts' },
  // The hiring panel (blind submissions, decisions, review files): reviewer workstation only.
  { door: 'electron/host/handlers/panel-handlers', stub: 'electron/main/candidate-kit/panel-handlers-stub.ts' },
];
const candidateKitStubs = {
  name: 'candidate-kit-stubs',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      const entry = CANDIDATE_KIT_STUBS.find((s) => resolve(s.door) === target);
      return entry ? { path: resolve(entry.stub) } : undefined;
    });
  },
};

/** Paths of source files whose content may never be in the candidate kit. */
const GRADING_SOURCE = /(^|\/)(rubrics\/|electron\/host\/(review-service|candidate-feedback))/;

const reviewer = await build({ ...common, entryPoints: ['electron/main/reviewer-main.ts'], outfile: join(outDir, 'reviewer-main.cjs') });
const candidate = await build({
  ...common,
  entryPoints: ['electron/main/candidate-main.ts'],
  outfile: join(outDir, 'candidate-main.cjs'),
  plugins: [candidateKitStubs],
});
// A sandboxed preload may only require('electron'): everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: join(outDir, 'preload.cjs') });

const leaked = Object.keys(candidate.metafile.inputs).filter((input) => GRADING_SOURCE.test(input));
if (leaked.length) {
  // The doors: modules outside rubrics/ that import grading code directly.
  const doors = Object.entries(candidate.metafile.inputs).flatMap(([input, { imports }]) =>
    GRADING_SOURCE.test(input) ? [] : imports.filter((i) => GRADING_SOURCE.test(i.path)).map((i) => `${input} imports ${i.path}`),
  );
  console.error(
    `The candidate kit's main bundle pulls in grading code through:\n  ${doors.join('\n  ')}\n(${leaked.length} grading modules in all)\n` +
      'Add the host module that imports it to CANDIDATE_KIT_STUBS in scripts/build-electron.mjs, with a stand-in that holds no grading content.',
  );
  process.exit(1);
}
if (!Object.keys(reviewer.metafile.inputs).some((input) => input.startsWith('rubrics/'))) {
  console.error('The reviewer workstation bundle has no grading code: the build is wired wrongly.');
  process.exit(1);
}
// Grading runs candidate code in a Deno sandbox from plain script files, which a bundle cannot inline: ship them beside
// the reviewer main (the reviewer workstation config keeps them unpacked, so Deno can read them by path).
rmSync(join(outDir, 'sandbox'), { recursive: true, force: true });
if (existsSync(SANDBOX_SCRIPTS)) cpSync(SANDBOX_SCRIPTS, join(outDir, 'sandbox'), { recursive: true });
console.log(
  `Built ${dirname(join(outDir, 'x'))}: reviewer-main.cjs (${Object.keys(reviewer.metafile.inputs).length} modules), ` +
    `candidate-main.cjs (${Object.keys(candidate.metafile.inputs).length} modules, no grading code), preload.cjs; grading sandbox scripts copied to sandbox/`,
);
