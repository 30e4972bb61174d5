// Host only: the seeded-issue key of a PR variant (anchors, categories, severities, concepts, the author's scripted
// replies) and its resolution against the PR's head text, so anchors are written as text and checked at load.
import { z } from 'zod';
import { CommentCategorySchema, SeveritySchema } from '../../exercises/pr-review/review-actions';
import type { PullRequest } from '../../exercises/pr-review/pr-schema';
import type { Concept } from './concepts';

const AnchorSchema = z.union([
  /** The head line containing `match` (exactly one must), and `lines - 1` lines after it. */
  z.object({ file: z.string(), match: z.string().min(3), lines: z.number().int().min(1).max(20).default(1) }),
  /** Anywhere in the file: for what is missing rather than wrong (no tests). */
  z.object({ file: z.string(), wholeFile: z.literal(true) }),
]);

const ConceptShape = z.custom<Concept>((v) => typeof v === 'object' && v !== null && 'conceptId' in v && 'allOf' in v);

export const ReplyStanceSchema = z.enum(['wrong-pushback', 'valid-pushback', 'agrees']);
export type ReplyStance = z.infer<typeof ReplyStanceSchema>;

export const SeededIssueSchema = z.object({
  issueId: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(5),
  /** Which scorecard dimension finding it feeds. */
  area: z.enum(['security', 'pipelines', 'python']),
  /** Categories a reviewer could fairly file it under; the first is the key's own. */
  categories: z.array(CommentCategorySchema).min(1),
  severity: SeveritySchema,
  anchors: z.array(AnchorSchema).min(1),
  concepts: z.array(ConceptShape).min(1),
  /** For the reviewer: why it matters. */
  notes: z.string().min(20),
  /** A comment at the strong level: names the risk, suggests a fix, asks. Used by the reference reviews. */
  goodComment: z.string().min(40),
  /** What the author answers when a comment finds this issue, if the script has a line for it. */
  reply: z.object({ stance: ReplyStanceSchema, text: z.string().min(20) }).optional(),
  /** The hard-coded credential: approving the PR while it is in, or conceding it in the conversation, is a red flag. */
  secret: z.boolean().default(false),
});
export type SeededIssue = z.infer<typeof SeededIssueSchema>;

export const FineLineSchema = z.object({
  fineId: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  match: z.string().min(3),
  why: z.string().min(20),
  /** The author's answer when the candidate flags this line: a valid pushback. */
  reply: z.string().min(20),
});
export type FineLine = z.infer<typeof FineLineSchema>;

export const PrReviewKeySchema = z.object({
  variantId: z.string(),
  issues: z.array(SeededIssueSchema).min(8).max(12),
  fineLines: z.array(FineLineSchema).min(2),
});
export type PrReviewKey = z.infer<typeof PrReviewKeySchema>;
export type PrReviewKeyInput = z.input<typeof PrReviewKeySchema>;

export interface LineRange {
  file: string;
  startLine: number;
  endLine: number;
}

export interface ResolvedIssue extends SeededIssue {
  ranges: LineRange[];
}
export interface ResolvedFineLine extends FineLine {
  line: number;
}
export interface ResolvedKey {
  variantId: string;
  issues: ResolvedIssue[];
  fineLines: ResolvedFineLine[];
}

function lineOf(pr: PullRequest, file: string, match: string, where: string): { line: number; count: number } {
  const f = pr.files.find((x) => x.path === file);
  if (!f) throw new Error(`${where}: file "${file}" is not in PR ${pr.id}`);
  const lines = f.head.split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(match) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${where}: "${match}" occurs ${hits.length} times in ${file}; an anchor must match exactly one line`);
  return { line: hits[0]!, count: lines.length };
}

/** Turns text anchors into line ranges; throws with the offending anchor when the PR text and the key disagree. */
export function resolveKey(input: PrReviewKeyInput, pr: PullRequest): ResolvedKey {
  const key = PrReviewKeySchema.parse(input);
  if (key.variantId !== pr.id) throw new Error(`key for "${key.variantId}" given PR "${pr.id}"`);
  const issues = key.issues.map((issue): ResolvedIssue => ({
    ...issue,
    ranges: issue.anchors.map((a) => {
      if ('wholeFile' in a) {
        const f = pr.files.find((x) => x.path === a.file);
        if (!f) throw new Error(`${issue.issueId}: file "${a.file}" is not in PR ${pr.id}`);
        return { file: a.file, startLine: 1, endLine: f.head.split('\n').length };
      }
      const { line } = lineOf(pr, a.file, a.match, issue.issueId);
      return { file: a.file, startLine: line, endLine: line + a.lines - 1 };
    }),
  }));
  const ids = new Set(issues.map((i) => i.issueId));
  if (ids.size !== issues.length) throw new Error(`duplicate issue ids in key ${key.variantId}`);
  const fineLines = key.fineLines.map((f) => ({ ...f, line: lineOf(pr, f.file, f.match, f.fineId).line }));
  return { variantId: key.variantId, issues, fineLines };
}
