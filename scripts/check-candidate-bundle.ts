// Build check (Node): the built candidate UI must contain no answer key, hidden test, reference solution or reviewer
// area. It scans every emitted file for distinctive strings taken from rubrics/ and renderer/src/reviewer/ themselves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { answerKeyMarkers, reviewerAreaMarkers, scanText } from './packaging/grading-markers';

/** The candidate kit's renderer (built with `--mode candidate`); pass another folder to check a different build. */
const dir = process.argv[2] ?? 'dist/renderer-candidate';
/** The full renderer: the reviewer-area markers must be found there, or the check could not fail. */
const fullDir = process.argv[3] ?? 'dist/renderer';

function files(d: string): string[] {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
}
const texts = (d: string) => files(d).filter((f) => /\.(js|mjs|html|json|css)$/.test(f) && !f.includes('/runtime/'));

const secrets = await answerKeyMarkers();
const reviewerTexts = reviewerAreaMarkers();
const inFull = new Set(texts(fullDir).flatMap((f) => scanText(readFileSync(f, 'utf8'), reviewerTexts).map((m) => m.needle)));
const reviewerMarkers = reviewerTexts.filter((m) => inFull.has(m.needle));
if (reviewerMarkers.length === 0) {
  console.error(`None of ${reviewerTexts.length} reviewer-area texts were found in ${fullDir}: the check would be blind. Build both renderers first.`);
  process.exit(1);
}

const leaks: string[] = [];
for (const file of texts(dir)) {
  if (/reviewer-area/.test(file)) leaks.push(`${file}: is the reviewer area chunk`);
  for (const m of scanText(readFileSync(file, 'utf8'), [...secrets, ...reviewerMarkers])) leaks.push(`${file}: contains the ${m.what} "${m.needle.slice(0, 60)}"`);
}
if (leaks.length) {
  console.error(`The candidate bundle leaks grading material or the reviewer area:\n  ${leaks.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Candidate bundle checked: none of ${secrets.length} answer-key and hidden-test markers, nor ${reviewerMarkers.length} reviewer-area texts, appear in ${dir}.`,
);
