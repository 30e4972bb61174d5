// Unit test (Node): the comment matcher on HELD-OUT review comments (comment-heldout-set.ts), written as junior
// candidates write them; rounds 1-2 drove general fixes, round 3 is untouched. Prints per-variant accuracy; fails below honest thresholds.
import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../exercises/pr-review/review-actions';
import { HELD_OUT_COMMENTS, HELD_OUT_COMMENTS_ROUND_2, HELD_OUT_COMMENTS_ROUND_3, type HeldOutComment } from './comment-heldout-set';
import { getPrReviewKey } from './keys';
import { matchReview } from './match';

/**
 * Held-out items the matcher still gets wrong, with why (like STRONG_GAPS in test/conformance/registries.test.ts).
 * Key: `<round>:<variant>#<index in the variant's list>`. An entry that starts passing fails the test, so the list stays true.
 */
const WRONG_CLAIM = 'a wrong claim on the anchored lines under a category the key accepts: the category stands in for words that name no concept, and telling a wrong claim from a terse right one needs the sentence\u2019s meaning, which keyword concepts do not have (the reviewer sees it in the key view)';
const KNOWN_MISSES: Record<string, string> = {
  'r1:partner-orders-export#27': WRONG_CLAIM,
  'r1:partner-orders-export#34': WRONG_CLAIM,
  'r1:partner-orders-export#35': WRONG_CLAIM,
  'r1:crm-contacts-sync#24': WRONG_CLAIM,
  'r1:crm-contacts-sync#27': WRONG_CLAIM,
  'r3:partner-orders-export#12': WRONG_CLAIM,
  'r3:crm-contacts-sync#11': WRONG_CLAIM,
  'r3:partner-orders-export#13': 'negation as "no <noun> concern with …": approves() knows "looks fine", "no need to", "no concerns here", not a noun between; a parser of negation scope would be needed, not another phrase',
  'r3:crm-contacts-sync#14': 'vague, but "worries" is not among the words that carry no claim: saysNothing() is a closed list of fillers, and feelings without an object are open-ended',
  'r3:crm-contacts-sync#1': 'a right finding that calls the token "this": the concept needs a credential word and readability is not a category the key accepts; reading "this" as the line it sits on would need the code line in the match',
};

interface Outcome { item: HeldOutComment; key: string; found: string[]; ok: boolean }

const ROUNDS: Record<string, Record<string, HeldOutComment[]>> = { r1: HELD_OUT_COMMENTS, r2: HELD_OUT_COMMENTS_ROUND_2, r3: HELD_OUT_COMMENTS_ROUND_3 };

function grade(round: string, variantId: string): Outcome[] {
  const resolved = getPrReviewKey(variantId);
  return ROUNDS[round]![variantId]!.map((item, i) => {
    const comment: ReviewComment = { commentId: `h${i}`, file: item.file, startLine: item.startLine, endLine: item.endLine ?? item.startLine, category: item.category, severity: item.severity, text: item.text };
    const found = matchReview([comment], resolved).matches.map((m) => m.issueId);
    const ok = item.finds === null ? found.length === 0 : found.includes(item.finds) && found.every((f) => f === item.finds);
    return { item, key: `${round}:${variantId}#${i}`, found, ok };
  });
}

/** One set per round and variant, named `<round>:<variant>`. */
const SETS = Object.keys(ROUNDS).flatMap((round) => Object.keys(ROUNDS[round]!).map((v) => `${round}:${v}`));
const results = new Map(SETS.map((set) => [set, grade(set.split(':')[0]!, set.split(':')[1]!)]));

function summary(outcomes: Outcome[]) {
  const findings = outcomes.filter((o) => o.item.finds !== null);
  const recognised = findings.filter((o) => o.found.includes(o.item.finds!)).length;
  // A false find: any issue credited that the item does not find (on a wrong comment, or an extra one on a right one).
  const falseFinds = outcomes.filter((o) => o.found.some((f) => f !== o.item.finds)).length;
  return { items: outcomes.length, findings: findings.length, recognised, missed: findings.length - recognised, falseFinds, recall: recognised / findings.length };
}

describe('PR-review comment matching on held-out comments (three rounds, round 3 untouched)', () => {
  it('prints the accuracy table', () => {
    const rows = SETS.map((v) => ({ variant: v, ...summary(results.get(v)!) }));
    const lines = rows.map((r) => `${r.variant.padEnd(27)} ${String(r.items).padStart(5)} ${`${r.recognised}/${r.findings}`.padStart(9)} ${String(r.missed).padStart(6)} ${String(r.falseFinds).padStart(11)} ${(100 * r.recall).toFixed(0).padStart(6)}%`);
    const wrong = [...results.values()].flat().filter((o) => !o.ok).map((o) => `  ${o.key} [${o.item.style}] expected ${o.item.finds ?? 'none'}, got ${o.found.join(', ') || 'none'}: ${o.item.text.slice(0, 70)}`);
    console.log(['round:variant               items  found ok  missed  false finds  recall', ...lines, ...(wrong.length ? ['wrong verdicts:', ...wrong] : [])].join('\n'));
    expect(rows.length).toBeGreaterThan(0);
  });

  for (const variant of Object.keys(HELD_OUT_COMMENTS)) {
    it(`${variant}: recognises at least 85% of the correct findings, all rounds together`, () => {
      const pooled = SETS.filter((set) => set.endsWith(`:${variant}`)).flatMap((set) => results.get(set)!);
      expect(summary(pooled).recall).toBeGreaterThanOrEqual(0.85);
    });
  }

  for (const variantId of SETS) {

    it(`${variantId}: credits no wrong, negated, vague, praising, nit or stuffed comment, apart from the listed known misses`, () => {
      const falseFinds = results.get(variantId)!.filter((o) => o.item.finds === null && o.found.length > 0 && !(o.key in KNOWN_MISSES));
      expect(falseFinds.map((o) => `${o.key} [${o.item.style}] ${o.found.join(', ')} ← ${o.item.text}`)).toEqual([]);
    });

    it(`${variantId}: a right finding credits no other issue as well`, () => {
      const extra = results.get(variantId)!.filter((o) => o.item.finds !== null && o.found.some((f) => f !== o.item.finds) && !(o.key in KNOWN_MISSES));
      expect(extra.map((o) => `${o.key} ${o.found.join(', ')} ← ${o.item.text}`)).toEqual([]);
    });
  }

  it('every known miss is still a miss (fix one, and it must leave the list)', () => {
    const all = new Map([...results.values()].flat().map((o) => [o.key, o]));
    for (const key of Object.keys(KNOWN_MISSES)) expect({ key, ok: all.get(key)?.ok }).toEqual({ key, ok: false });
  });
});
