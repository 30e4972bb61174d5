// Host only: reads the post-incident prevention field for a class of guard (keys.ts patterns), the way a reviewer
// would: a misspelt key word still counts, and a guard mentioned only to be dismissed ("would not have helped") does not.

/**
 * Words the prevention patterns are built from. A word in the answer one edit away from one of these (a letter
 * missing, extra, wrong, or two swapped: "schmea", "reconcilation", "alret") is read as that word.
 */
const VOCABULARY = [
  'schema', 'contract', 'contracts', 'validation', 'validate', 'validated', 'reconciliation', 'reconcile', 'monitoring',
  'monitor', 'revenue', 'source', 'secret', 'secrets', 'manager', 'backend', 'alert', 'alerts', 'alerting', 'alarm',
  'authentication', 'credential', 'credentials', 'freshness', 'notification', 'notify', 'anomaly', 'column', 'columns',
  'compare', 'comparison', 'different', 'expired', 'expiry', 'vault', 'runbook', 'drift', 'range', 'stale', 'breaking',
];
/** Real words one edit from a vocabulary word, which must stay as written ("of course" is not "of source"). */
const REAL_WORDS = new Set(['course', 'scheme', 'alter', 'ranger', 'change', 'valve', 'contacts', 'contrast']);

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, n: number) => x.slice(i + n);
  if (a.length === b.length) return rest(a, 1) === rest(b, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, 2) === rest(b, 2));
  return a.length > b.length ? rest(a, 1) === rest(b, 0) : rest(a, 0) === rest(b, 1);
}

/** The answer with misspelt vocabulary words read as meant; only words of five letters or more are corrected. */
export function readGenerously(text: string): string {
  return text.replace(/\p{L}{5,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (REAL_WORDS.has(lower) || VOCABULARY.includes(lower)) return word;
    return VOCABULARY.find((v) => v.length >= 5 && oneEditApart(lower, v)) ?? word;
  });
}

/** A clause that names a guard only to dismiss it: "no need for …", "… would not have helped", "… is not needed". */
const DISMISSIVE = /\b(no need|(do|does|did)(n't| not) need|not (needed|necessary|required|useful)|unnecessary|(would|will|wo)(n't| not) (have )?help\w*|(is|are|was|were)(n't| not) (needed|necessary|required|useful)|pointless|overkill|useless|(don't|do not|doesn't|does not) (think|believe)\b.{0,60}\b(need|help|necessar|requir|useful)\w*)\b/i;

function clauseAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index).search(/[^,;:.!?\n]*$/);
  const afterRel = text.slice(index + length).search(/[,;:.!?\n]/);
  return text.slice(before, afterRel < 0 ? text.length : index + length + afterRel);
}

/** The first passage that one of the patterns finds outside a dismissive clause, or undefined. */
export function findGuard(answer: string, patterns: readonly RegExp[], together: readonly (readonly RegExp[])[] = []): string | undefined {
  const text = readGenerously(answer);
  for (const pattern of patterns) {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(re)) {
      if (!DISMISSIVE.test(clauseAround(text, m.index, m[0].length))) return m[0];
    }
  }
  if (together.length === 0) return undefined;
  // Groups that must meet in one sentence that dismisses nothing; the evidence quotes what each group found.
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n+/)) {
    if (DISMISSIVE.test(sentence)) continue;
    const hits = together.map((group) => group.map((re) => re.exec(sentence)?.[0]).find(Boolean));
    if (hits.every(Boolean)) return hits.join(' … ');
  }
  return undefined;
}
