// Unit tests (Node): every PR variant's key fits its PR text (anchors resolve to one line each) and has the mix the
// exercise promises: 8-12 issues, the secret, fine lines, and a wrong and a valid pushback in the author's script.
import { describe, expect, it } from 'vitest';
import { PR_REVIEW_VARIANT_IDS, getPrVariant } from '../../../exercises/pr-review/variants';
import { getPrReviewKey } from '.';

describe.each(PR_REVIEW_VARIANT_IDS)('key for %s', (variantId) => {
  const key = getPrReviewKey(variantId);
  const pr = getPrVariant(variantId);

  it('anchors every issue inside the PR\u2019s files, and each file is a DAG, Python, SQL or config file', () => {
    expect(key.issues.length).toBeGreaterThanOrEqual(8);
    expect(key.issues.length).toBeLessThanOrEqual(12);
    for (const issue of key.issues) for (const r of issue.ranges) expect(pr.files.map((f) => f.path)).toContain(r.file);
    expect(pr.files.map((f) => f.language).sort()).toEqual(['python', 'python', 'sql', 'yaml']);
  });

  it('seeds exactly one hard-coded secret as a blocker, with a wrong pushback from the author', () => {
    const secrets = key.issues.filter((i) => i.secret);
    expect(secrets).toHaveLength(1);
    expect(secrets[0]!.severity).toBe('blocker');
    expect(secrets[0]!.reply?.stance).toBe('wrong-pushback');
    expect(key.issues.some((i) => i.reply?.stance === 'valid-pushback')).toBe(true);
  });

  it('keeps fine lines off every issue anchor', () => {
    for (const f of key.fineLines) for (const i of key.issues) for (const r of i.ranges) if (r.endLine - r.startLine < 10) expect(r.file === f.file && f.line >= r.startLine && f.line <= r.endLine, `${f.fineId} inside ${i.issueId}`).toBe(false);
  });
});
