// Host (Node): the hash chain of a review file: how an entry's hash is made, appending, checking a whole chain (with
// a sentence naming the first broken entry), and how two copies of one reviewer's file relate.
import type { ReviewEntry, ReviewEntryBody, ReviewFile } from '../../contract/panel';
import { canonicalJson, sha256 } from './session-log/chain';

export const ZERO_HASH = '0'.repeat(64);
const HEX64 = /^[0-9a-f]{64}$/;

/** hash = sha256(canonical JSON of { seq, at, prevHash, sessionId, reviewerId, sessionHeadHash, body }). */
export function entryHash(sessionId: string, reviewerId: string, entry: Omit<ReviewEntry, 'hash'>): string {
  const { seq, at, prevHash, sessionHeadHash, body } = entry;
  return sha256(canonicalJson({ seq, at, prevHash, sessionId, reviewerId, sessionHeadHash, body }));
}

export const headOf = (file: ReviewFile | null): string => file?.entries.at(-1)?.hash ?? ZERO_HASH;

/** A new file (or the same file) with `body` appended as the next entry. */
export function appendEntry(file: ReviewFile, body: ReviewEntryBody, at: string, sessionHeadHash: string | null): ReviewFile {
  const seq = file.entries.length;
  const head = sessionHeadHash && HEX64.test(sessionHeadHash) ? sessionHeadHash : null;
  const partial = { seq, at, prevHash: headOf(file), sessionHeadHash: head, body };
  return { ...file, entries: [...file.entries, { ...partial, hash: entryHash(file.sessionId, file.reviewer.id, partial) }] };
}

const ordinal = (seq: number) => `entry ${seq + 1}`;

/** null when every entry is in order, links to the one before and hashes to its own hash; else what is wrong, in words. */
export function chainProblem(file: ReviewFile): string | null {
  let prev = ZERO_HASH;
  for (const [i, entry] of file.entries.entries()) {
    if (entry.seq !== i) return `${ordinal(i)} is out of order (it says it is number ${entry.seq + 1})`;
    if (entry.prevHash !== prev) return `${ordinal(i)} does not follow the entry before it (an entry was removed, added or reordered)`;
    if (entryHash(file.sessionId, file.reviewer.id, entry) !== entry.hash) return `${ordinal(i)} was changed after it was written (its hash does not match its content)`;
    prev = entry.hash;
  }
  return null;
}

export type ChainRelation = 'same' | 'stored-is-longer' | 'incoming-is-longer' | 'diverged';

/** How an incoming copy relates to the stored one, by hashes (both chains already checked). */
export function relate(stored: ReviewFile, incoming: ReviewFile): ChainRelation {
  const shorter = Math.min(stored.entries.length, incoming.entries.length);
  for (let i = 0; i < shorter; i++) if (stored.entries[i]!.hash !== incoming.entries[i]!.hash) return 'diverged';
  if (stored.entries.length === incoming.entries.length) return 'same';
  return stored.entries.length > incoming.entries.length ? 'stored-is-longer' : 'incoming-is-longer';
}
