// Pure (all processes): the shape of a pull-request variant (what the candidate reviews), checked when variants load.
// Only the PR itself lives here: which lines are seeded issues is grading material and stays in rubrics/pr-review/.
import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');

export const PrFileLanguageSchema = z.enum(['python', 'sql', 'yaml', 'plaintext']);
export type PrFileLanguage = z.infer<typeof PrFileLanguageSchema>;

export const PrFileSchema = z
  .object({
    path: z.string().regex(/^[a-z0-9_./-]+$/, 'a repository path'),
    language: PrFileLanguageSchema,
    /** The file before the change; empty for a file the PR adds. */
    base: z.string(),
    /** The file after the change; comments anchor to its 1-based line numbers. */
    head: z.string().min(1),
  })
  .refine((f) => f.base !== f.head, 'a changed file must differ from its base');
export type PrFile = z.infer<typeof PrFileSchema>;

export const PullRequestSchema = z
  .object({
    id: kebabId,
    /** Reviewer-facing name of the variant. */
    variantTitle: z.string().min(1),
    number: z.number().int().positive(),
    title: z.string().min(10),
    author: z.object({ name: z.string().min(1), handle: z.string().regex(/^[a-z0-9-]+$/), role: z.string().min(1) }),
    baseBranch: z.string().min(1),
    headBranch: z.string().min(1),
    /** Markdown, as the author wrote it. */
    description: z.string().min(80),
    /** What the candidate is asked to do, in the team lead's words. */
    task: z.string().min(40),
    files: z.array(PrFileSchema).min(4).max(8),
  })
  .refine((pr) => new Set(pr.files.map((f) => f.path)).size === pr.files.length, 'each file path appears once');
export type PullRequest = z.infer<typeof PullRequestSchema>;

/** 1-based line count of a file's head text (a trailing newline does not add a line). */
export function headLineCount(file: PrFile): number {
  return file.head.replace(/\n$/, '').split('\n').length;
}

export function fileStatus(file: PrFile): 'added' | 'modified' {
  return file.base === '' ? 'added' : 'modified';
}
