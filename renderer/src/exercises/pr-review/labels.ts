// Renderer: how verdicts read on the PR page and in the reviewer's views.
import type { Verdict } from '../../../../exercises/pr-review';

export const VERDICT_LABEL: Record<Verdict, string> = { approve: 'Approve', comment: 'Comment', 'request-changes': 'Request changes' };
