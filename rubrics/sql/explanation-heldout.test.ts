// Unit test: explanation matching on HELD-OUT paraphrases (explanation-heldout-set.ts), which were committed before the
// vocabulary in explanation-vocabulary.ts was written and are never tuned against.
import { describe, expect, it } from 'vitest';
import type { SqlBugId } from './bug-library';
import { EARNS_NOTHING, HELD_OUT } from './explanation-heldout-set';
import { matchExplanation } from './explanation-match';

const ALL_BUGS = Object.keys(HELD_OUT) as SqlBugId[];

describe('explanation matching on held-out paraphrases (never tuned against)', () => {
  it('credits at least 4 of 5 held-out paraphrases of each bug in full, quoting the matched sentence', () => {
    for (const bugId of ALL_BUGS) {
      const full = HELD_OUT[bugId].filter((text) => {
        const m = matchExplanation(text, bugId);
        if (m.score === 1) expect(text).toContain(m.sentence!.slice(0, 20));
        return m.score === 1;
      });
      expect(full.length, `${bugId}: ${HELD_OUT[bugId].filter((t) => !full.includes(t)).join(' | ')}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives a paraphrase of one bug no credit for a different bug', () => {
    const crossTalk: string[] = [];
    for (const bugId of ALL_BUGS) {
      for (const other of ALL_BUGS.filter((b) => b !== bugId)) {
        for (const text of HELD_OUT[bugId]) if (matchExplanation(text, other).score === 1) crossTalk.push(`${other} ← ${text}`);
      }
    }
    // Bugs that share a mechanism (fan-out and count-distinct both double count) may cross; nothing else should.
    expect(crossTalk.filter((c) => !/^(fanout|count-distinct) ←/.test(c))).toEqual([]);
  });

  it('gives term lists, causes without effects and vague prose nothing for any bug', () => {
    for (const text of EARNS_NOTHING) {
      for (const bugId of ALL_BUGS) expect({ text, bugId, score: matchExplanation(text, bugId).score }).toEqual({ text, bugId, score: 0 });
    }
  });
});
