// Host only: grades an explanation per seeded bug on meaning: credit needs a sentence that ties the bug's cause to its
// effect on the tile; a bare list of terms earns nothing. The matched sentence is the evidence; a reviewer rates the rest.
import type { SqlBugId } from './bug-library';
import { EXPLANATION_VOCABULARY } from './explanation-vocabulary';

export interface ExplanationMatch {
  /** 1: cause and effect in one sentence; 0.5: in two neighbouring sentences; 0: neither. */
  score: number;
  /** The sentence (or two) that earned the credit, as the candidate wrote it. */
  sentence?: string;
  cause?: string;
  effect?: string;
  /** Why there is no (full) credit, for the reviewer. */
  note: string;
}

interface Sentence {
  original: string;
  text: string;
  prose: boolean;
}

/** Words that make a run of terms into a statement: verbs and connectives candidates use to say what caused what. */
const STATEMENT_WORDS = /\b(is|was|were|are|be|been|has|had|have|so|because|since|which|that|made|makes|caused?|causes|meant|means|got|gets|did|does|came|comes|produced?|returned|returns|gives?|gave|turned|turns|led|leads|resulted|ended|kept|keeps|showed|shows|appeared|appears|counted|dropped|excluded|removed|lost|missed|left|put|landed|looked|threw|stops|treats|belongs|moves|fixes|cut|went|added|filters|used|uses|using|divides|divided|compares|compared|counts|joins|joined|converts|needs|should|would|will|can|could|must)\b/;

export function normaliseExplanation(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A sentence qualifies when it reads as a statement: enough words, a verb or connective, not a comma-separated list. */
function isProse(text: string): boolean {
  const words = text.split(' ').filter((w) => /[a-z0-9]/.test(w));
  if (words.length < 6 || !STATEMENT_WORDS.test(text)) return false;
  const fragments = text.split(/[,;:]/).filter((f) => f.trim());
  return words.length / fragments.length >= 3.5;
}

export function splitSentences(text: string): Sentence[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[^\s])/)
    .map((original) => original.trim())
    .filter(Boolean)
    .map((original) => {
      const norm = normaliseExplanation(original);
      return { original, text: norm, prose: isProse(norm) };
    });
}

interface Span {
  start: number;
  end: number;
  text: string;
}

function spans(patterns: readonly RegExp[], text: string): Span[] {
  const out: Span[] = [];
  for (const p of patterns) {
    // Overlapping matches too: the effect may start inside the words a longer, earlier match swallowed.
    const re = new RegExp(p.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** A cause and an effect found in separate words of the same sentence (one phrase cannot be both). */
function causeAndEffect(bugId: SqlBugId, text: string): { cause: Span; effect: Span } | undefined {
  const vocab = EXPLANATION_VOCABULARY[bugId];
  const effects = spans(vocab.effect, text);
  for (const cause of spans(vocab.cause, text)) {
    const effect = effects.find((e) => e.end <= cause.start || e.start >= cause.end);
    if (effect) return { cause, effect };
  }
  return undefined;
}

const ALL_BUGS = Object.keys(EXPLANATION_VOCABULARY) as SqlBugId[];
/** A real sentence explains one problem, two at most; one that "explains" three is a stuffed list of terms. */
const STUFFED_AT = 3;

function isStuffed(text: string): boolean {
  return ALL_BUGS.filter((b) => causeAndEffect(b, text)).length >= STUFFED_AT;
}

export function matchExplanation(explanation: string, bugId: SqlBugId): ExplanationMatch {
  const sentences = splitSentences(explanation);
  if (sentences.length === 0) return { score: 0, note: 'No explanation was written.' };
  const usable = sentences.map((s) => s.prose && !isStuffed(s.text));
  for (const [i, s] of sentences.entries()) {
    if (!usable[i]) continue;
    const hit = causeAndEffect(bugId, s.text);
    if (hit) return { score: 1, sentence: s.original, cause: hit.cause.text, effect: hit.effect.text, note: 'Cause and effect in one sentence.' };
  }
  const vocab = EXPLANATION_VOCABULARY[bugId];
  for (let i = 0; i + 1 < sentences.length; i++) {
    if (!usable[i] || !usable[i + 1]) continue;
    const [a, b] = [sentences[i]!, sentences[i + 1]!];
    for (const [first, second] of [[a, b], [b, a]] as const) {
      const cause = spans(vocab.cause, first.text)[0];
      const effect = spans(vocab.effect, second.text)[0];
      if (cause && effect) {
        return { score: 0.5, sentence: `${a.original} ${b.original}`, cause: cause.text, effect: effect.text, note: 'Cause and effect are named, but in separate sentences: half credit.' };
      }
    }
  }
  const mentioned = sentences.some((s) => spans(vocab.cause, s.text).length > 0 || spans(vocab.effect, s.text).length > 0);
  const listy = sentences.some((s) => !s.prose) && mentioned;
  return {
    score: 0,
    note: listy
      ? 'Terms for this problem appear, but not in a sentence that says what caused what: no credit.'
      : mentioned
        ? 'Names the cause or the effect, but never ties the one to the other: no credit.'
        : 'Not explained.',
  };
}
