// Host only: which seeded issues a review comment finds. Same file, a range that overlaps an anchor (within a small
// tolerance), and either a fitting category or the issue's concept named in the text.
import type { ReviewComment } from '../../exercises/pr-review/review-actions';
import { aboutLayout, approves, listsTerms, saysNothing } from './comment-intent';
import { conceptMatches } from './concepts';
import type { LineRange, ResolvedIssue, ResolvedKey } from './key-schema';

/** Lines either side of an anchor that still count: a comment placed one line off is still about that line. */
export const LINE_TOLERANCE = 2;

export type MatchReason = 'category' | 'concept' | 'category+concept';

export interface CommentMatch {
  commentId: string;
  issueId: string;
  reason: MatchReason;
}

const namesIssue = (issue: ResolvedIssue, text: string) => issue.concepts.some((c) => conceptMatches(c, text));

const overlaps = (c: Pick<ReviewComment, 'startLine' | 'endLine'>, r: LineRange, tolerance: number) =>
  c.startLine <= r.endLine + tolerance && c.endLine >= r.startLine - tolerance;

/**
 * A comment matches an issue when it sits on one of the issue's anchors (± tolerance) and its category is one the key
 * accepts (unless its words say it is about nothing or something else) or its text names one of the issue's concepts.
 * A comment that approves the line or is a bare list of terms matches nothing. Near a line the key marks as fine,
 * only the concept counts: a "correctness" comment on a fine line next to an issue has not found that issue, nor has a
 * comment that sits exactly on another issue's anchor.
 */
export function matchComment(comment: ReviewComment, issue: ResolvedIssue, key: Pick<ResolvedKey, 'fineLines' | 'issues'>, tolerance = LINE_TOLERANCE): MatchReason | null {
  const ranges = issue.ranges.filter((r) => r.file === comment.file);
  const exact = ranges.some((r) => overlaps(comment, r, 0));
  const near = exact || ranges.some((r) => overlaps(comment, r, tolerance));
  if (!near) return null;
  // A comment that approves the line ("looks fine") or is a keyword list has found nothing, whatever it names.
  if (approves(comment.text) || listsTerms(comment.text)) return null;
  const named = key.issues.filter((other) => namesIssue(other, comment.text));
  const byConcept = named.includes(issue);
  // Merely near: the comment may be about the line it sits on (a fine line, or another issue's exact anchor).
  const onFineLine = key.fineLines.some((f) => f.file === comment.file && f.line >= comment.startLine && f.line <= comment.endLine);
  const onOtherIssue = key.issues.some((other) => other !== issue && other.ranges.some((r) => r.file === comment.file && r.endLine - r.startLine < 10 && overlaps(comment, r, 0)));
  // The category stands in for words only when the words do not say the comment is about something else: nothing at
  // all ("looks risky"), spacing or formatting, or another issue's concept.
  const wordsPointElsewhere = saysNothing(comment.text) || (!byConcept && (aboutLayout(comment.text) || named.length > 0));
  const byCategory = issue.categories.includes(comment.category) && (exact || (!onFineLine && !onOtherIssue)) && !wordsPointElsewhere;
  if (byCategory && byConcept) return 'category+concept';
  if (byCategory) return 'category';
  if (byConcept) return 'concept';
  return null;
}

export interface ReviewMatching {
  matches: CommentMatch[];
  /** Issue id → the comments that found it, in review order. */
  foundBy: Map<string, string[]>;
  /** Comments that found no issue. */
  falseAlarms: ReviewComment[];
}

export function matchReview(comments: readonly ReviewComment[], key: ResolvedKey, tolerance = LINE_TOLERANCE): ReviewMatching {
  const matches: CommentMatch[] = [];
  const foundBy = new Map<string, string[]>();
  const falseAlarms: ReviewComment[] = [];
  for (const comment of comments) {
    let any = false;
    for (const issue of key.issues) {
      const reason = matchComment(comment, issue, key, tolerance);
      if (!reason) continue;
      any = true;
      matches.push({ commentId: comment.commentId, issueId: issue.issueId, reason });
      foundBy.set(issue.issueId, [...(foundBy.get(issue.issueId) ?? []), comment.commentId]);
    }
    if (!any) falseAlarms.push(comment);
  }
  return { matches, foundBy, falseAlarms };
}

export const SEVERITY_WEIGHT = { blocker: 4, major: 3, minor: 2, nit: 1 } as const;
