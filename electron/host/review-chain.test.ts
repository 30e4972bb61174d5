// Unit test (Node): the review file chain: a genuine chain checks out; an edited, reordered or spliced one is named
// by its first bad entry; two copies relate as same, longer, shorter or diverged.
import { describe, expect, it } from 'vitest';
import type { ReviewEntryBody, ReviewFile } from '../../contract/panel';
import { appendEntry, chainProblem, relate } from './review-chain';

const empty: ReviewFile = { format: 'dpe-review-file', version: 1, sessionId: '11111111-1111-4111-8111-111111111111', reviewer: { id: '33333333-3333-4333-8333-333333333333', name: 'Rita' }, entries: [] };
const rate = (rating: number, note: string): ReviewEntryBody => ({ kind: 'action', action: { kind: 'override-dimension', dimensionId: 'sql-data', rating, note }, from: null, to: rating });
const grow = (file: ReviewFile, ...bodies: ReviewEntryBody[]) => bodies.reduce((f, b, i) => appendEntry(f, b, `2026-01-05T10:0${i}:00.000Z`, null), file);

const three = grow(empty, rate(3, 'First look.'), rate(4, 'Second look.'), rate(2, 'Third look.'));

describe('review chain', () => {
  it('accepts a genuine chain, whose first entry links to 64 zeros', () => {
    expect(chainProblem(three)).toBeNull();
    expect(three.entries[0]!.prevHash).toBe('0'.repeat(64));
  });

  it('names the first entry that was edited, reordered or spliced in', () => {
    const edited = structuredClone(three);
    edited.entries[1]!.at = '2026-01-06T10:00:00.000Z';
    expect(chainProblem(edited)).toBe('entry 2 was changed after it was written (its hash does not match its content)');
    const swapped = { ...three, entries: [three.entries[0]!, three.entries[2]!, three.entries[1]!] };
    expect(chainProblem(swapped)).toBe('entry 2 is out of order (it says it is number 3)');
    // Entry 3 of another copy, valid on its own, does not follow this copy's entry 2.
    const other = grow({ ...three, entries: three.entries.slice(0, 1) }, rate(5, 'Elsewhere.'), rate(1, 'Elsewhere again.'));
    const spliced = { ...three, entries: [three.entries[0]!, three.entries[1]!, other.entries[2]!] };
    expect(chainProblem(spliced)).toBe('entry 3 does not follow the entry before it (an entry was removed, added or reordered)');
    // Moved to another reviewer or session, the hashes no longer hold.
    expect(chainProblem({ ...three, reviewer: { id: '44444444-4444-4444-8444-444444444444', name: 'Rita' } })).toMatch(/^entry 1 was changed/);
  });

  it('relates two copies by their hashes', () => {
    const two = { ...three, entries: three.entries.slice(0, 2) };
    const fork = grow(two, rate(5, 'A different third look.'));
    expect(relate(three, three)).toBe('same');
    expect(relate(three, two)).toBe('stored-is-longer');
    expect(relate(two, three)).toBe('incoming-is-longer');
    expect(relate(three, fork)).toBe('diverged');
  });
});
