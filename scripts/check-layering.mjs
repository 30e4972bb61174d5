// Build check (Node): the architecture's arrows point one way. Fails when a file imports across a forbidden boundary.
//   renderer/  -> exercises/, electron/contract/            (never rubrics/, never the rest of electron/, never node:)
//   exercises/ -> electron/contract/                        (never rubrics/, renderer/, electron/ host code, node:)
//   rubrics/   -> exercises/, electron/contract/            (never renderer/, never electron/ host code)
//   electron/contract/ -> nothing but zod and itself
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const rules = [
  { from: 'renderer/', deny: [/^rubrics\//, /^electron\/(?!contract\/)/], denyNode: true, testsExempt: true, exempt: ['renderer/vite.config.ts'] },
  { from: 'exercises/', deny: [/^rubrics\//, /^renderer\//, /^electron\/(?!contract\/)/], denyNode: true, testsExempt: true },
  { from: 'rubrics/', deny: [/^renderer\//, /^electron\/(?!contract\/)/] },
  { from: 'electron/contract/', deny: [/^(?!electron\/contract\/)/], denyNode: true, allowPackages: ['zod'] },
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
        problems.push(`${rel} imports the package ${spec}; the contract may only use ${rule.allowPackages.join(', ')}`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Layering check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layering check passed: renderer/ and exercises/ reach neither rubrics/ nor Node-only code.');
