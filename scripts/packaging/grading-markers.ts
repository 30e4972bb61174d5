// Build check helper (Node): the strings and paths that betray grading material, taken from rubrics/ itself, so a
// kit or bundle can be scanned for them. Shared by check-candidate-bundle.ts and check-packaging.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allRubricSecretStrings } from '../../rubrics/registry';

export interface Marker {
  what: string;
  needle: string;
}

/** Shorter strings could occur by chance in minified code. */
const MIN_NEEDLE = 12;

/** The longest line of a multi-line secret: distinctive, and survives minification. */
const longestLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .sort((a, b) => b.length - a.length)[0] ?? '';

/**
 * Answer keys, hidden tests, reference solutions and seeded-bug notes: none may be in anything a candidate receives.
 * Every rubric declares its own (`secretStrings()`, rubrics/registry.ts), so a new exercise is covered without
 * touching this file.
 */
export async function answerKeyMarkers(): Promise<Marker[]> {
  const markers = allRubricSecretStrings().map((s) => ({
    what: `secret of the ${s.exerciseId} rubric`,
    needle: s.needle.includes('\n') ? longestLine(s.needle) : s.needle.trim(),
  }));
  const seen = new Set<string>();
  return markers.filter((m) => m.needle.length >= MIN_NEEDLE && !seen.has(m.needle) && seen.add(m.needle));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/**
 * Texts only the reviewer area shows (its JSX text, long enough to be distinctive), so the candidate renderer can be
 * checked for the reviewer area itself, not just for its file name. A sentence the shared host also says (a refusal
 * such as "Only a panel lead can add reviewers.") ships in both kits by design, so it marks nothing and is left out.
 */
export function reviewerAreaMarkers(sourceDir = 'renderer/src/reviewer', hostDir = 'electron/host'): Marker[] {
  const texts = new Set<string>();
  for (const file of filesUnder(sourceDir).filter((f) => f.endsWith('.tsx'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/>\s*([A-Z][^<>{}\n]{24,}?)\s*</g)) texts.add(match[1]!.trim());
  }
  const hostSource = filesUnder(hostDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  return [...texts].filter((t) => !hostSource.includes(t)).map((t) => ({ what: 'reviewer area text', needle: t }));
}

/** File paths that are grading code or the reviewer area wherever they appear in a kit. */
export const GRADING_PATHS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'rubrics/ source', pattern: /(^|\/)rubrics\// },
  { what: 'grading sandbox script', pattern: /(^|\/)sandbox\/|(grading-worker|sql-sandbox-worker)\.mjs$|(python-supervisor|python-worker|sql-runner)\.ts$|driver\.py$/ },
  { what: 'grading sandbox runtime (Deno)', pattern: /(^|\/)node_modules\/(@deno\/|deno\/)/ },
  { what: 'host-side Pyodide (grading runtime)', pattern: /(^|\/)node_modules\/pyodide\// },
  { what: 'reviewer main bundle', pattern: /reviewer-main\.cjs$/ },
  { what: 'reviewer area chunk', pattern: /reviewer-area[^/]*\.js$/ },
];

/** esbuild names every bundled module in a comment (`// rubrics/sql/answer-key.ts`): grading code inside a bundle. */
export const BUNDLED_GRADING_MODULE = /^\/\/ (rubrics\/[\w./-]+|electron\/host\/review-service\.ts)$/m;

export function scanText(text: string, markers: readonly Marker[]): Marker[] {
  return markers.filter((m) => text.includes(m.needle));
}
