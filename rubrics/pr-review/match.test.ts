// Unit tests (Node): matching comments to seeded issues: overlap, tolerance, category vs concept, fine lines.
import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../exercises/pr-review/review-actions';
import { CONCEPTS, conceptMatches } from './concepts';
import { getPrReviewKey } from './keys';
import { LINE_TOLERANCE, matchComment, matchReview } from './match';

const key = getPrReviewKey('partner-orders-export');
const issue = (id: string) => key.issues.find((i) => i.issueId === id)!;
const secret = issue('sftp-password-in-config');
const at = secret.ranges[0]!;
const comment = (over: Partial<ReviewComment>): ReviewComment => ({
  commentId: 'c1', file: at.file, startLine: at.startLine, endLine: at.endLine, category: 'security', severity: 'blocker', text: 'The sftp_password value needs attention before merge.', ...over,
});

describe('matching a comment to a seeded issue', () => {
  it('matches on the anchor line with the key\u2019s category when the text says something but names no concept', () => {
    expect(matchComment(comment({}), secret, key)).toBe('category');
  });

  it('gives no category credit to a comment that says nothing in particular ("Please look at this.")', () => {
    expect(matchComment(comment({ text: 'Please look at this.' }), secret, key)).toBeNull();
    expect(matchComment(comment({ text: 'Hmm, this seems a bit dangerous?' }), secret, key)).toBeNull();
    expect(matchComment(comment({ text: 'Honestly not a big fan of it.' }), secret, key)).toBeNull();
  });

  it('gives no credit at all to a comment that approves the line, unless it turns to a problem', () => {
    expect(matchComment(comment({ text: 'Storing the password like this seems perfectly reasonable.' }), secret, key)).toBeNull();
    expect(matchComment(comment({ text: 'LGTM' }), secret, key)).toBeNull();
    expect(matchComment(comment({ text: 'This is not ok: the password is committed in plain text.' }), secret, key)).toBe('category+concept');
    expect(matchComment(comment({ text: 'Great config block, but the password is hard-coded; please use the secrets backend.' }), secret, key)).toBe('category+concept');
  });

  it('gives no category credit when the words are about layout or name another issue\u2019s concept instead', () => {
    const names = issue('unclear-names');
    const onNames = { file: names.ranges[0]!.file, startLine: names.ranges[0]!.startLine + 1, endLine: names.ranges[0]!.startLine + 1, category: 'readability' as const, severity: 'nit' as const };
    expect(matchComment(comment({ ...onNames, text: 'Indentation is off by two here.' }), names, key)).toBeNull();
    expect(matchComment(comment({ ...onNames, text: 'Could use type hints and a docstring.' }), names, key)).toBeNull();
    expect(matchComment(comment({ ...onNames, text: 'now() picks the wrong day on a backfill; use the logical date.' }), names, key)).toBeNull();
    expect(matchComment(comment({ ...onNames, text: 'x and d could be renamed to something clearer.' }), names, key)).toBe('category+concept');
  });

  it('needs a word of its own for each concept group: one word listed in two groups does not satisfy both', () => {
    expect(conceptMatches(CONCEPTS.idempotency, 'Duplicates?')).toBe(false);
    expect(conceptMatches(CONCEPTS.idempotency, 'Appending on every run creates duplicates.')).toBe(true);
    expect(conceptMatches(CONCEPTS.swallowedException, 'The results are filtered silently.')).toBe(false);
  });

  it('gives no credit to a bare list of terms, even on the anchor with the right category', () => {
    expect(matchComment(comment({ text: 'password hardcoded vault rotation secrets leak plaintext git' }), secret, key)).toBeNull();
  });

  it('matches a wrong category when the text names the concept (a secret committed to git)', () => {
    const c = comment({ category: 'readability', text: 'The password is hard-coded in the config; use the secrets backend.' });
    expect(matchComment(c, secret, key)).toBe('concept');
  });

  it('does not match a wrong category whose text only drops a keyword without the why', () => {
    const c = comment({ category: 'readability', text: 'Password field name could be clearer.' });
    expect(matchComment(c, secret, key)).toBeNull();
  });

  it('accepts a range that only overlaps the anchor, and a comment within the tolerance', () => {
    expect(matchComment(comment({ startLine: at.startLine - 3, endLine: at.startLine }), secret, key)).toBe('category');
    expect(matchComment(comment({ startLine: at.startLine + LINE_TOLERANCE, endLine: at.startLine + LINE_TOLERANCE }), secret, key)).toBe('category');
  });

  it('refuses a comment just beyond the tolerance, or in another file', () => {
    const beyond = at.endLine + LINE_TOLERANCE + 1;
    expect(matchComment(comment({ startLine: beyond, endLine: beyond + 1 }), secret, key)).toBeNull();
    expect(matchComment(comment({ file: 'dags/partner_orders_export.py' }), secret, key)).toBeNull();
  });

  it('near a fine line only the concept counts: a category guess on the fine line is a false alarm', () => {
    const fine = key.fineLines.find((f) => f.fineId === 'cancelled-filtered')!;
    const dates = issue('run-clock-not-logical-date');
    const onFine = comment({ file: fine.file, startLine: fine.line, endLine: fine.line, category: 'correctness', text: 'Why filter cancelled orders?' });
    expect(matchComment(onFine, dates, key)).toBeNull();
    const named = { ...onFine, text: 'CURRENT_DATE is the run time: a backfill or a late retry would pick the wrong day; use the logical date.' };
    expect(matchComment(named, dates, key)).toBe('concept');
  });

  it('a missing-tests issue is found by a testing comment anywhere in the module', () => {
    const tests = issue('no-tests');
    expect(matchComment(comment({ file: 'pipelines/partner_export/export_orders.py', startLine: 40, endLine: 40, category: 'testing', text: 'No tests here?' }), tests, key)).toBe('category+concept');
  });

  it('lists comments that found nothing as false alarms', () => {
    const m = matchReview([comment({ commentId: 'c1' }), comment({ commentId: 'c2', file: 'dags/partner_orders_export.py', startLine: 1, endLine: 1, category: 'readability', text: 'Nice docstring.' })], key);
    expect(m.foundBy.get(secret.issueId)).toEqual(['c1']);
    expect(m.falseAlarms.map((c) => c.commentId)).toEqual(['c2']);
  });
});
