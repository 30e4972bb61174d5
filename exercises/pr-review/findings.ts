// Pure (all processes): how the PR-review grade's evidence names a place in the diff, so the reviewer's key view can
// put found, missed and false-alarm items back on the code. The rubric writes these strings; the key view reads them.

export type FindingKind = 'found' | 'missed' | 'false-alarm' | 'useful';

export interface FindingLocation {
  file: string;
  startLine: number;
  endLine: number;
  commentIds: string[];
}

/** `path:12-14 · comments c1, c3` (the comment part only when there are comments). */
export function formatLocation(loc: FindingLocation): string {
  const comments = loc.commentIds.length ? ` · comment${loc.commentIds.length > 1 ? 's' : ''} ${loc.commentIds.join(', ')}` : '';
  return `${loc.file}:${loc.startLine}-${loc.endLine}${comments}`;
}

const LOCATION = /^(\S+):(\d+)-(\d+)(?: · comments? (.+))?$/;

export function parseLocation(detail: string | undefined): FindingLocation | null {
  const m = detail ? LOCATION.exec(detail) : null;
  if (!m) return null;
  return { file: m[1]!, startLine: Number(m[2]), endLine: Number(m[3]), commentIds: m[4] ? m[4].split(', ') : [] };
}

/** Evidence labels start with the kind, so the key view can group them: "Found: …", "Missed: …", "False alarm: …". */
export const FINDING_PREFIX: Record<FindingKind, string> = { found: 'Found: ', missed: 'Missed: ', 'false-alarm': 'False alarm: ', useful: 'Useful: ' };

export function findingKind(label: string): FindingKind | null {
  for (const [kind, prefix] of Object.entries(FINDING_PREFIX)) if (label.startsWith(prefix)) return kind as FindingKind;
  return null;
}
