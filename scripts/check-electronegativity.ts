// Build check (Node): Electronegativity over electron/ and the built main/preload bundles and pages. Fails on any
// high or medium finding that scripts/electronegativity-allowlist.json does not explain, one line per finding.
// Offline by construction: its two network look-ups (translations, Electron release list) are stubbed out.
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const require = createRequire(import.meta.url);

/** Electronegativity fetches translations and Electron's release list with `got`; here both fail at once, offline. */
function stubNetwork(): void {
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  const offline = () => Promise.reject(new Error('network disabled for this check'));
  const got = Object.assign(offline, { head: offline, get: offline, default: offline });
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'got' ? got : load.call(this, request, ...rest);
  };
}

const AllowListSchema = z.array(z.object({ check: z.string(), file: z.string(), reason: z.string().min(10) }));
const ALLOW_LIST = 'scripts/electronegativity-allowlist.json';

/**
 * What is scanned: the sources, and what each flavour actually ships (its main bundle, the preload and its page),
 * staged together so the global checks (navigation limits, permission handler, CSP) see the whole app at once.
 * Electronegativity reads .js, not .cjs, so the bundles are staged under .js names.
 */
const TARGETS: Array<{ name: string; files?: Record<string, string> }> = [
  { name: 'electron' },
  {
    name: 'candidate-kit',
    files: { 'main.js': 'dist/electron/candidate-main.cjs', 'preload.js': 'dist/electron/preload.cjs', 'index.html': 'dist/renderer-candidate/index.html' },
  },
  {
    name: 'reviewer-workstation',
    files: { 'main.js': 'dist/electron/reviewer-main.cjs', 'preload.js': 'dist/electron/preload.cjs', 'index.html': 'dist/renderer/index.html' },
  },
];
/** Needs the network (it downloads Electron's release list) and answers "upgrade Electron", which is a pin decision. */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name?: string } | string;
  confidence: { name?: string } | string;
  description?: string;
  manualReview?: boolean;
}

stubNetwork();
const run = (require('@doyensec/electronegativity') as { default?: unknown }).default ?? require('@doyensec/electronegativity');
const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const allowList = AllowListSchema.parse(JSON.parse(readFileSync(ALLOW_LIST, 'utf8')));
const used = new Set<number>();
const unexplained: string[] = [];
let total = 0;

const stage = mkdtempSync(join(tmpdir(), 'dpe-electronegativity-'));
const quiet = { log: console.log, warn: console.warn, info: console.info };
for (const target of TARGETS) {
  let input = resolve(target.name);
  if (target.files) {
    input = join(stage, target.name);
    mkdirSync(input, { recursive: true });
    for (const [as, from] of Object.entries(target.files)) {
      if (!existsSync(from)) {
        console.error(`${from} is missing: run \`npm run build\` first.`);
        process.exit(1);
      }
      copyFileSync(from, join(input, as));
    }
  }
  // It prints banners and a "could not fetch" note per run; the findings are what matter here.
  console.log = console.warn = console.info = () => {};
  let result: { issues?: Issue[] } | Issue[];
  try {
    result = await (run as (o: object) => Promise<{ issues?: Issue[] } | Issue[]>)({
      input,
      excludeFromScan: EXCLUDED,
      electronVersionOverride: electronVersion,
      isRelative: true,
      severitySet: 'informational',
      confidenceSet: 'tentative',
    });
  } finally {
    Object.assign(console, quiet);
  }
  const issues = Array.isArray(result) ? result : (result.issues ?? []);
  for (const issue of issues) {
    const severity = (typeof issue.severity === 'string' ? issue.severity : (issue.severity.name ?? '')).toUpperCase();
    if (severity !== 'HIGH' && severity !== 'MEDIUM') continue;
    total += 1;
    const file = issue.file && issue.file !== 'N/A' ? `${target.name}/${issue.file.replaceAll('\\', '/')}` : target.name;
    const entry = allowList.findIndex((a) => a.check === issue.id && (a.file === file || a.file === '*'));
    if (entry >= 0) used.add(entry);
    else unexplained.push(`${severity} ${issue.id} in ${file}:${issue.location?.line ?? 0}${issue.description ? ` (${issue.description})` : ''}`);
  }
}
rmSync(stage, { recursive: true, force: true });

for (const [i, entry] of allowList.entries()) {
  if (!used.has(i)) console.log(`note: allow-list entry ${entry.check} for ${entry.file} matched nothing; remove it from ${ALLOW_LIST} if the finding is gone.`);
}
if (unexplained.length) {
  console.error(
    `Electronegativity found ${unexplained.length} high/medium finding(s) nobody has explained:\n  ${unexplained.join('\n  ')}\n` +
      `Fix them, or add each to ${ALLOW_LIST} with a one-line reason why it does not apply.`,
  );
  process.exit(1);
}
console.log(
  `Electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${electronVersion}) over ${TARGETS.map((t) => t.name).join(', ')}: ` +
    `${total} high/medium finding(s), each explained in ${ALLOW_LIST}.`,
);
