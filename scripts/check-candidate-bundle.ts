// Build check (Node): the built candidate UI must contain no answer key, hidden test or reference solution.
// It scans every emitted file for distinctive strings taken from rubrics/ itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getSqlVariant, SQL_VARIANT_IDS } from '../exercises/sql';
import { PYTHON_VARIANT_IDS } from '../exercises/python/variant-ids';
import { sqlReferenceQuery } from '../rubrics/sql';
import { HIDDEN_TESTS, pythonReferenceAnswer } from '../rubrics/python';

const dir = process.argv[2] ?? 'dist/renderer';

function files(d: string): string[] {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
}

/** The longest line of a text that the public content does not share: distinctive, and survives minification. */
const longestLine = (text: string, publicText = '') =>
  text.split('\n').map((l) => l.trim()).filter((l) => !publicText.includes(l)).sort((a, b) => b.length - a.length)[0] ?? '';

const secrets: Array<{ what: string; needle: string }> = [
  ...SQL_VARIANT_IDS.map((id) => ({ what: `SQL reference fix (${id})`, needle: longestLine(sqlReferenceQuery(id), getSqlVariant(id).brokenQuery) })),
  ...HIDDEN_TESTS.map((t) => ({ what: `hidden Python test ${t.id}`, needle: t.method })),
  ...PYTHON_VARIANT_IDS.map((id) => ({ what: `Python reference solution (${id})`, needle: longestLine(pythonReferenceAnswer(id, 'strong').source) })),
].filter((s) => s.needle.length >= 12);

const leaks: string[] = [];
for (const file of files(dir).filter((f) => /\.(js|mjs|html|json|css)$/.test(f) && !f.includes('/runtime/'))) {
  const text = readFileSync(file, 'utf8');
  for (const s of secrets) if (text.includes(s.needle)) leaks.push(`${file}: contains the ${s.what}`);
}
if (leaks.length) {
  console.error(`The candidate bundle leaks grading material:\n  ${leaks.join('\n  ')}`);
  process.exit(1);
}
console.log(`Candidate bundle checked: none of ${secrets.length} answer-key and hidden-test markers appear in ${dir}.`);
