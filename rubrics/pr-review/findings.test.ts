// Unit tests (Node): the grade's evidence names places the reviewer's key view can put back on the diff: every
// issue is a found or missed item at a real line, every false alarm points at its comment.
import { describe, expect, it } from 'vitest';
import { findingKind, parseLocation } from '../../exercises/pr-review/findings';
import { getPrVariant } from '../../exercises/pr-review/variants';
import { gradePrReview } from './grade-pr-review';
import { getPrReviewKey } from './keys';
import { prReviewReferenceAnswers } from './references';

describe('findings in the evidence', () => {
  it.each(['strong', 'adequate'] as const)('the %s review: every issue found or missed, every false alarm located', async (level) => {
    const ref = prReviewReferenceAnswers().find((r) => r.variantId === 'crm-contacts-sync' && r.level === level)!;
    const grade = await gradePrReview({ answer: ref.answer, events: ref.events ?? [], variantId: ref.variantId });
    const pr = getPrVariant(ref.variantId);
    const items = grade.criteria.flatMap((c) => c.evidence).flatMap((e) => {
      const kind = findingKind(e.label);
      const loc = parseLocation(e.detail?.split(' — ')[0]);
      return kind ? [{ kind, loc }] : [];
    });
    for (const { loc } of items) {
      expect(loc).not.toBeNull();
      const file = pr.files.find((f) => f.path === loc!.file)!;
      expect(loc!.endLine).toBeLessThanOrEqual(file.head.split('\n').length);
    }
    const issues = getPrReviewKey(ref.variantId).issues.length;
    expect(items.filter((i) => i.kind === 'found' || i.kind === 'missed')).toHaveLength(issues);
    const falseAlarms = items.filter((i) => i.kind === 'false-alarm');
    expect(falseAlarms.map((i) => i.loc!.commentIds)).toEqual(level === 'adequate' ? [['c9']] : []);
  });
});
