// Host only: the candidate bundle's leak markers (answer keys, hidden tests, seeded-bug notes from every rubric's
// secretStrings(), rubrics/registry.ts) applied to text meant for a candidate. Same needle rules as
// scripts/packaging/grading-markers.ts (longest line of a multi-line secret, at least 12 characters), compared
// without regard to case or spacing, so rewording whitespace does not hide a secret.
import { allRubricSecretStrings } from '../registry';

const MIN_NEEDLE = 12;
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const longestLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .sort((a, b) => b.length - a.length)[0] ?? '';

export interface LeakMarker {
  exerciseId: string;
  needle: string;
}

/**
 * The rubrics' secrets, plus criterion titles (`extra`): a title such as "Fixed: <the seeded bug>" names the answer
 * key, so a sheet for candidates must not quote one.
 */
export function feedbackLeakMarkers(secrets = allRubricSecretStrings(), extra: readonly LeakMarker[] = []): LeakMarker[] {
  const seen = new Set<string>();
  return [...secrets, ...extra]
    .map((s) => ({ exerciseId: s.exerciseId, needle: squash(s.needle.includes('\n') ? longestLine(s.needle) : s.needle) }))
    .filter((m) => m.needle.length >= MIN_NEEDLE && !seen.has(m.needle) && seen.add(m.needle));
}

/** The markers found in `text` (empty: nothing secret in it). */
export function findLeaks(text: string, markers: readonly LeakMarker[]): LeakMarker[] {
  const hay = squash(text);
  return markers.filter((m) => hay.includes(m.needle));
}
