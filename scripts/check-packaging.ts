// Build check (Node): packs both desktop flavours with electron-builder (`--dir`, against a stand-in Electron, so no
// download), lists each app.asar, and fails if the candidate kit holds any grading code or content or the reviewer
// workstation lacks it. Run after `npm run build`. Listings go to test-reports/packaging/.
import { listPackage, extractFile, statFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with scripts/build-electron.mjs
import { SANDBOX_RUNTIME_FILES, SANDBOX_SCRIPTS } from './packaging/grading-files.mjs';
import { answerKeyMarkers, BUNDLED_GRADING_MODULE, GRADING_PATHS, reviewerAreaMarkers, scanText, type Marker } from './packaging/grading-markers';
import { readFuses, writeStandInElectron, type FuseName } from './packaging/stand-in-electron';

type Flavor = 'candidate' | 'reviewer';
const FLAVORS: Record<Flavor, { config: string; main: string; executable: string }> = {
  candidate: { config: 'electron-builder.candidate.yml', main: 'dist/electron/candidate-main.cjs', executable: 'dpe-assessment' },
  reviewer: { config: 'electron-builder.reviewer.yml', main: 'dist/electron/reviewer-main.cjs', executable: 'dpe-reviewer' },
};
/** What the shared config sets; a fuse that does not hold means the packaged app could be run as plain Node. */
const FUSES: Partial<Record<FuseName, boolean>> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};
const TEXT = /\.(c?js|mjs|html|json|css|txt|md|py|sql|ya?ml|ts)$/;

/** What grading opens by path, so it must ship unpacked: the sandbox's scripts, the Deno binary, the runtimes. */
function reviewerRuntimeFiles(): string[] {
  const sandbox = filesUnder(SANDBOX_SCRIPTS as string).map((f) => `dist/electron/sandbox/${f}`);
  const deno = filesUnder('node_modules/@deno').filter((f) => /\/deno(\.exe)?$/.test(f)).map((f) => `node_modules/@deno/${f}`);
  if (sandbox.length === 0) throw new Error(`${SANDBOX_SCRIPTS as string} is empty or missing: the reviewer workstation would have no grading sandbox.`);
  if (deno.length === 0) throw new Error('The grading sandbox needs the Deno binary (npm package deno): run npm install.');
  return [...sandbox, ...deno, ...(SANDBOX_RUNTIME_FILES as string[])];
}

interface PackedFile {
  path: string;
  size: number;
  unpacked: boolean;
  text: () => string;
}

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}

function pack(flavor: Flavor, electronDist: string, outRoot: string): { appDir: string; files: PackedFile[] } {
  const out = join(outRoot, flavor);
  const bin = join('node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
  const args = ['--dir', '--linux', '--x64', '--publish', 'never', '--config', FLAVORS[flavor].config, `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`];
  const run = spawnSync(bin, args, { encoding: 'utf8', shell: process.platform === 'win32' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electron-builder failed for the ${flavor} flavour (exit ${run.status}).`);
  }
  const appDir = join(out, 'linux-unpacked');
  const archive = join(appDir, 'resources', 'app.asar');
  const inArchive = listPackage(archive, { isPack: false })
    .map((p) => p.replace(/^[\\/]/, '').replaceAll('\\', '/'))
    .filter((p) => !('files' in statFile(archive, p)));
  const files: PackedFile[] = inArchive.map((path) => {
    const entry = statFile(archive, path) as { size?: number; unpacked?: boolean };
    const unpacked = Boolean(entry.unpacked);
    const text = () => (unpacked ? readFileSync(join(`${archive}.unpacked`, path), 'utf8') : extractFile(archive, path).toString('utf8'));
    return { path, size: entry.size ?? 0, unpacked, text };
  });
  // Anything beside the archive (extraResources, or unpacked files the header does not list) counts too.
  for (const path of filesUnder(join(appDir, 'resources')).filter((p) => p !== 'app.asar' && !p.startsWith('app.asar.unpacked/'))) {
    files.push({ path: `resources/${path}`, size: statSync(join(appDir, 'resources', path)).size, unpacked: true, text: () => readFileSync(join(appDir, 'resources', path), 'utf8') });
  }
  return { appDir, files };
}

function listing(files: PackedFile[]): string {
  return files.map((f) => `${f.unpacked ? 'unpacked ' : 'asar     '} ${String(f.size).padStart(10)}  ${f.path}`).join('\n');
}

/** Folders with their file counts: short enough for the test log; the full listing goes to test-reports/. */
function summary(files: PackedFile[]): string {
  const byDir = new Map<string, { count: number; bytes: number }>();
  for (const f of files) {
    const parts = f.path.split('/');
    const depth = f.path.startsWith('node_modules/') ? 2 : 3;
    const key = parts.length <= depth ? f.path : `${parts.slice(0, depth).join('/')}/`;
    const e = byDir.get(key) ?? { count: 0, bytes: 0 };
    byDir.set(key, { count: e.count + 1, bytes: e.bytes + f.size });
  }
  return [...byDir].map(([k, e]) => `    ${k}  (${e.count} file${e.count === 1 ? '' : 's'}, ${(e.bytes / 1024).toFixed(0)} KiB)`).join('\n');
}

function check(flavor: Flavor, appDir: string, files: PackedFile[], secrets: Marker[], reviewerTexts: Marker[]): string[] {
  const problems: string[] = [];
  const paths = new Set(files.map((f) => f.path));
  const pkg = JSON.parse(files.find((f) => f.path === 'package.json')?.text() ?? '{}') as { main?: string };
  if (pkg.main !== FLAVORS[flavor].main) problems.push(`package.json "main" is ${pkg.main}, expected ${FLAVORS[flavor].main}`);
  if (!paths.has(FLAVORS[flavor].main)) problems.push(`${FLAVORS[flavor].main} is missing`);
  if (!paths.has('dist/electron/preload.cjs')) problems.push('the preload bundle is missing');
  const fuses = readFuses(join(appDir, FLAVORS[flavor].executable));
  for (const [fuse, want] of Object.entries(FUSES)) if (fuses[fuse as FuseName] !== want) problems.push(`fuse ${fuse} is ${fuses[fuse as FuseName]}, expected ${want}`);

  const texts = files.filter((f) => TEXT.test(f.path));
  if (flavor === 'candidate') {
    if (!paths.has('dist/renderer-candidate/index.html')) problems.push('the candidate renderer is missing');
    for (const f of files) for (const p of GRADING_PATHS) if (p.pattern.test(f.path)) problems.push(`${f.path}: ${p.what}`);
    for (const f of texts) {
      const text = f.text();
      const module = BUNDLED_GRADING_MODULE.exec(text);
      if (module) problems.push(`${f.path}: bundles grading code (${module[1]})`);
      for (const m of scanText(text, [...secrets, ...reviewerTexts])) problems.push(`${f.path}: contains the ${m.what} "${m.needle.slice(0, 60)}"`);
    }
  } else {
    const main = files.find((f) => f.path === FLAVORS.reviewer.main)?.text() ?? '';
    if (!BUNDLED_GRADING_MODULE.test(main)) problems.push('the reviewer main bundle has no grading code');
    if (scanText(main, secrets).length === 0) problems.push('the reviewer main bundle has none of the answer-key markers: the scan would be blind');
    for (const needed of reviewerRuntimeFiles()) {
      const f = files.find((x) => x.path === needed);
      if (!f) problems.push(`${needed} is missing (grading needs it)`);
      else if (!f.unpacked) problems.push(`${needed} is inside the asar archive; Deno reads it by path, so it must be unpacked`);
    }
    if (!files.some((f) => /^dist\/renderer\/assets\/reviewer-area[^/]*\.js$/.test(f.path))) problems.push('the reviewer area chunk is missing');
    const ui = texts.filter((f) => f.path.startsWith('dist/renderer/assets/')).map((f) => f.text()).join('\n');
    if (scanText(ui, reviewerTexts).length === 0) problems.push('no reviewer-area text found in the reviewer renderer: the candidate scan would be blind');
  }
  return problems;
}

const started = Date.now();
for (const needed of Object.values(FLAVORS).map((f) => f.main).concat(['dist/renderer/index.html', 'dist/renderer-candidate/index.html'])) {
  if (!existsSync(needed)) {
    console.error(`${needed} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const work = mkdtempSync(join(tmpdir(), 'dpe-packaging-'));
const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const electronDist = writeStandInElectron(join(work, 'electron-dist'), electronVersion);
const secrets = await answerKeyMarkers();
const reviewerTexts = reviewerAreaMarkers();
mkdirSync('test-reports/packaging', { recursive: true });

let failed = false;
try {
  for (const flavor of ['candidate', 'reviewer'] as const) {
    const { appDir, files } = pack(flavor, electronDist, join(work, 'out'));
    writeFileSync(`test-reports/packaging/${flavor}-files.txt`, `${listing(files)}\n`);
    const bytes = files.reduce((s, f) => s + f.size, 0);
    console.log(`\n${flavor === 'candidate' ? 'Candidate kit' : 'Reviewer workstation'}: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB (full list: test-reports/packaging/${flavor}-files.txt)`);
    console.log(summary(files));
    const problems = check(flavor, appDir, files, secrets, reviewerTexts);
    if (problems.length) {
      failed = true;
      console.error(`  FAIL (${problems.length}):\n    ${problems.slice(0, 40).join('\n    ')}`);
    } else {
      console.log(
        flavor === 'candidate'
          ? `  OK: no rubrics/ path, sandbox script, grading runtime or reviewer chunk; no bundled grading module, none of ${secrets.length} answer-key markers or ${reviewerTexts.length} reviewer-area texts in any file; fuses set.`
          : '  OK: grading code and answer keys (bundled), the grading sandbox (scripts, Deno, Pyodide, sql.js: unpacked) and the reviewer area are all there; fuses set.',
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`\nPackaging checked in ${((Date.now() - started) / 1000).toFixed(1)} s (electron-builder --dir against a stand-in Electron ${electronVersion}).`);
if (failed) process.exit(1);
