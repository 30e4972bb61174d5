// Host only: light concept matching over a free-text explanation (case-insensitive, crude stemming, phrases).
import type { ExplanationConcept } from './bug-library';

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'ly', 'e'];

function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}

/** Strips one common English suffix; crude on purpose, so "duplicated", "duplicates" and "duplication" meet. */
export function stem(token: string): string {
  for (const suffix of SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 3) return token.slice(0, -suffix.length);
  }
  return token;
}

function tokenMatches(textToken: string, termStem: string): boolean {
  if (stem(textToken) === termStem) return true;
  // Prefix matching only for longer stems: "distinct" must not be found inside "d".
  return termStem.length >= 4 && textToken.startsWith(termStem);
}

/** Finds a term (one or more words) as consecutive tokens; returns the matched text or undefined. */
function findTerm(tokens: readonly string[], term: string): string | undefined {
  const termStems = tokenize(term).map(stem);
  if (termStems.length === 0) return undefined;
  for (let i = 0; i + termStems.length <= tokens.length; i++) {
    if (termStems.every((s, k) => tokenMatches(tokens[i + k]!, s))) return tokens.slice(i, i + termStems.length).join(' ');
  }
  return undefined;
}

export interface ConceptMatch {
  label: string;
  matched: string[];
}

export function matchConcepts(text: string, concepts: readonly ExplanationConcept[]): ConceptMatch[] {
  const tokens = tokenize(text);
  return concepts.map((c) => ({
    label: c.label,
    matched: [...new Set(c.terms.map((t) => findTerm(tokens, t)).filter((m): m is string => m !== undefined))],
  }));
}
