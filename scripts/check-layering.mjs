// Build check (Node): the architecture's arrows point one way. Fails when a file imports across a forbidden boundary.
//   contract/    -> nothing but zod and itself                         (pure, imported by every side)
//   exercises/   -> contract/                                          (pure content and logic; no UI, no Node)
//   assessment/  -> exercises/, contract/                              (assessment-wide pure logic and registries)
//   renderer/    -> assessment/, exercises/, contract/                 (never rubrics/, never electron/, never node:)
//   rubrics/     -> assessment/, exercises/, contract/                 (host only; never renderer/, never electron/)
//   electron/host/          -> rubrics/ and below                      (never renderer/, a transport, main or preload)
//   electron/preload/       -> contract/ and electron only
//   electron/browser-mode/, electron/main/ -> electron/host/ and below (transports never import each other)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const pureDeny = [/^rubrics\//, /^renderer\//, /^electron\//];
const rules = [
  { from: 'contract/', deny: [/^(?!contract\/)/], denyNode: true, allowPackages: ['zod'] },
  { from: 'exercises/', deny: [...pureDeny, /^assessment\//], denyNode: true, testsExempt: true },
  { from: 'assessment/', deny: pureDeny, denyNode: true, testsExempt: true },
  { from: 'renderer/', deny: [/^rubrics\//, /^electron\//], denyNode: true, testsExempt: true, exempt: ['renderer/vite.config.ts'] },
  { from: 'rubrics/', deny: [/^renderer\//, /^electron\//] },
  { from: 'electron/host/', deny: [/^renderer\//, /^electron\/(main|preload|browser-mode)\//] },
  { from: 'electron/preload/', deny: [/^(?!contract\/|electron\/preload\/)/], allowPackages: ['electron', 'zod'] },
  { from: 'electron/main/', deny: [/^renderer\//, /^electron\/(preload|browser-mode)\//] },
  { from: 'electron/browser-mode/', deny: [/^renderer\//, /^electron\/(preload|main)\//] },
];
const importRe = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(full);
  }
  return out;
}

const problems = [];
for (const rule of rules) {
  const base = join(root, rule.from);
  let files;
  try {
    files = walk(base);
  } catch {
    continue;
  }
  for (const file of files) {
    const rel = relative(root, file).split(sep).join('/');
    if (rule.testsExempt && /\.test\.tsx?$/.test(rel)) continue;
    if (rule.exempt?.includes(rel)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec) continue;
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), spec)).split(sep).join('/');
        if (rule.deny.some((re) => re.test(target))) problems.push(`${rel} imports ${spec} (${target}), across a forbidden boundary`);
      } else if (rule.denyNode && (spec.startsWith('node:') || spec === 'electron' || /^(fs|path|os|child_process|worker_threads|crypto)$/.test(spec))) {
        problems.push(`${rel} imports ${spec}, which is Node/Electron-only`);
      } else if (rule.allowPackages && !rule.allowPackages.includes(spec)) {
        problems.push(`${rel} imports the package ${spec}; only ${rule.allowPackages.join(', ')} may be used here`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Layering check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layering check passed: every import points down the layers (contract < exercises < assessment < renderer | rubrics < host < transports).');
