// Unit test: the explanation vocabulary covers the development phrasings it was built from, joins cause and effect
// only within a statement, and quotes the sentence that earned credit.
import { describe, expect, it } from 'vitest';
import type { SqlBugId } from './bug-library';
import { matchExplanation, normaliseExplanation } from './explanation-match';
import { DEVELOPMENT_PHRASINGS } from './explanation-paraphrases';
import { EXPLANATION_VOCABULARY } from './explanation-vocabulary';

const BUGS = Object.keys(DEVELOPMENT_PHRASINGS) as SqlBugId[];
const matches = (patterns: readonly RegExp[], phrase: string) => patterns.some((p) => new RegExp(p.source).test(normaliseExplanation(phrase)));

describe('explanation vocabulary (development set)', () => {
  it('has at least 15 phrasings of each cause and effect, and recognises every one of them', () => {
    for (const bugId of BUGS) {
      const { causes, effects } = DEVELOPMENT_PHRASINGS[bugId];
      expect(causes.length).toBeGreaterThanOrEqual(15);
      expect(effects.length).toBeGreaterThanOrEqual(15);
      expect({ bugId, missed: causes.filter((c) => !matches(EXPLANATION_VOCABULARY[bugId].cause, c)) }).toEqual({ bugId, missed: [] });
      expect({ bugId, missed: effects.filter((e) => !matches(EXPLANATION_VOCABULARY[bugId].effect, e)) }).toEqual({ bugId, missed: [] });
    }
  });

  it('credits a sentence joining a cause to an effect, and quotes it as the evidence', () => {
    for (const bugId of BUGS) {
      const { causes, effects } = DEVELOPMENT_PHRASINGS[bugId];
      causes.forEach((cause, i) => {
        const sentence = `The problem was that ${cause}, so ${effects[i % effects.length]}.`;
        const m = matchExplanation(`I looked into the tile.\n${sentence}`, bugId);
        expect({ bugId, sentence, score: m.score }).toEqual({ bugId, sentence, score: 1 });
        expect(m.sentence).toBe(sentence);
      });
    }
  });

  it('gives half credit when cause and effect sit in neighbouring sentences, none when they are far apart', () => {
    const near = 'The query used integer division on the cents column. Because of that the totals on the tile came out as whole dollars.';
    expect(matchExplanation(near, 'integer-division').score).toBe(0.5);
    const far = 'The query used integer division on the cents column. I also looked at the join order for a while. Then I checked the plan names were all there. Finally the totals were whole dollars on the tile.';
    expect(matchExplanation(far, 'integer-division').score).toBe(0);
  });

  it('gives nothing to a sentence that stuffs three problems into one statement', () => {
    const stuffed = 'The where clause on payments made it an inner join so plans were missing, between dropped the last day so revenue was too low, and integer division cut the cents.';
    expect(BUGS.map((b) => matchExplanation(stuffed, b).score)).toEqual(BUGS.map(() => 0));
  });
});
