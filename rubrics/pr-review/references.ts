// Host only: reference reviews at four levels per PR, built from the key so they follow it when it changes.
// The validity report grades them and expects strong > adequate > weak > red flag.
import { foldReviewActions, type PrReviewAction, type PrReviewAnswer, type ReviewComment } from '../../exercises/pr-review/review-actions';
import { PR_REVIEW_VARIANT_IDS } from '../../exercises/pr-review/variants';
import type { GradedEvent, ReferenceAnswer, ReferenceLevel } from '../kit/rubric-module';
import { scriptAuthorReplies, type ScriptedStance } from './author-replies';
import { PR_REVIEW_SIGNAL_IDS } from './criteria';
import type { ResolvedIssue, ResolvedKey } from './key-schema';
import { getPrReviewKey } from './keys';

const STRONG_REPLY: Record<ScriptedStance, string> = {
  'wrong-pushback': 'I understand the deadline, but I still can\u2019t approve with it in: staging credentials leak just as easily, and the value is already in git history, so it needs rotating either way. Moving it to the secrets backend is a small change; happy to pair on it so it doesn\u2019t hold you up.',
  'valid-pushback': 'Good point, thanks, I hadn\u2019t considered that. That works for me: let\u2019s do it as you suggest and note the rest in a follow-up ticket.',
  agrees: 'Either works; I\u2019d start with a small test that runs it twice for the same date and asserts the row count stays the same, then pick the simplest change that makes it pass.',
  clarify: 'Sure: if this fails at night, nobody would know until the data is missing, so I\u2019d add a check that fails the task instead.',
};

const WEAK_REPLY: Record<ScriptedStance, string> = {
  'wrong-pushback': 'Ok fine, leave it for now then.',
  'valid-pushback': 'As I said, it should be changed.',
  agrees: 'Whatever you prefer.',
  clarify: 'Just a feeling.',
};

const commentOn = (issue: ResolvedIssue, id: string, text: string, severity = issue.severity): PrReviewAction => {
  const r = issue.ranges[0]!;
  // A whole-file anchor (missing tests) is commented on the file's first line, as a reviewer would.
  const endLine = r.endLine - r.startLine > 10 ? r.startLine : r.endLine;
  return { kind: 'comment-added', commentId: id, file: r.file, startLine: r.startLine, endLine, category: issue.categories[0]!, severity, text };
};

function withConversation(actions: PrReviewAction[], key: ResolvedKey, replies: Record<ScriptedStance, string> | null): PrReviewAction[] {
  const state = foldReviewActions(actions);
  const scripted = scriptAuthorReplies(state.comments, key);
  const out = [...actions, { kind: 'author-replied', replies: scripted.map(({ commentId, text }) => ({ commentId, text })) } as PrReviewAction];
  if (replies) scripted.forEach((s, i) => out.push({ kind: 'reply-posted', replyId: `r${i + 1}`, commentId: s.commentId, text: replies[s.stance] }));
  return out;
}

function strong(key: ResolvedKey): PrReviewAction[] {
  const actions: PrReviewAction[] = key.issues.map((issue, i) => commentOn(issue, `c${i + 1}`, issue.goodComment));
  actions.push({ kind: 'review-submitted', verdict: 'request-changes', summary: 'Thanks, the structure is easy to follow. Before this can merge: the committed credential has to move to the secrets backend and be rotated, errors must fail the task instead of being swallowed, and re-runs must be idempotent on the logical date. The rest (names, tests, SELECT *) can be done in this PR or a quick follow-up.' });
  return withConversation(actions, key, STRONG_REPLY);
}

/**
 * About half to two thirds of each area's weight found (hand-picked per PR so both variants land alike), severities
 * one step off, terse comments that rarely name the risk, one false alarm; holds the line on the secret and gives the
 * author's explanation of the fine line a non-committal answer.
 */
const ADEQUATE_PICKS: Record<string, readonly string[]> = {
  'partner-orders-export': ['sftp-password-in-config', 'recipient-pii-exported', 'run-clock-not-logical-date', 'no-retries-or-alerting', 'upload-errors-swallowed', 'laptop-config-path'],
  'crm-contacts-sync': ['crm-token-in-dag', 'window-from-wall-clock', 'no-retries-timeout-alerting', 'fetch-errors-swallowed', 'contacts-dumped-in-dags-folder', 'unclear-names'],
};
const ONE_STEP_OFF = { blocker: 'major', major: 'minor', minor: 'major', nit: 'minor' } as const;

function adequate(key: ResolvedKey): PrReviewAction[] {
  const picked = ADEQUATE_PICKS[key.variantId]!.map((id) => key.issues.find((i) => i.issueId === id)!);
  const actions: PrReviewAction[] = picked.map((issue, i) => commentOn(issue, `c${i + 1}`, `${issue.title}. This should be fixed before merging.`, ONE_STEP_OFF[issue.severity]));
  const fine = key.fineLines[0]!;
  actions.push({ kind: 'comment-added', commentId: 'c9', file: fine.file, startLine: fine.line, endLine: fine.line, category: 'correctness', severity: 'minor', text: 'Is this setting right?' });
  actions.push({ kind: 'review-submitted', verdict: 'request-changes', summary: 'A few things to fix, see comments.' });
  const withReplies = withConversation(actions, key, null);
  const scripted = scriptAuthorReplies(foldReviewActions(withReplies).comments, key);
  const answer: Partial<Record<ScriptedStance, string>> = { 'wrong-pushback': 'I still think it needs to move out of the config before merge.', 'valid-pushback': 'I will check.' };
  scripted.forEach((s, i) => {
    const text = answer[s.stance];
    if (text) withReplies.push({ kind: 'reply-posted', replyId: `r${i + 1}`, commentId: s.commentId, text });
  });
  return withReplies;
}

/** Style nits and a false alarm, nothing about risk; "comment" verdict; gives way in the conversation. */
function weak(key: ResolvedKey): PrReviewAction[] {
  const names = key.issues.find((i) => i.issueId === 'unclear-names')!;
  const fine = key.fineLines[1]!;
  const actions: PrReviewAction[] = [
    commentOn(names, 'c1', 'Bad variable names.', 'minor'),
    { kind: 'comment-added', commentId: 'c2', file: fine.file, startLine: fine.line, endLine: fine.line, category: 'readability', severity: 'nit', text: 'Not sure about this.' },
    { kind: 'comment-added', commentId: 'c3', file: key.issues[0]!.ranges[0]!.file, startLine: 1, endLine: 1, category: 'readability', severity: 'nit', text: 'Add a comment at the top.' },
    { kind: 'review-submitted', verdict: 'comment', summary: 'Mostly fine, some style things.' },
  ];
  return withConversation(actions, key, WEAK_REPLY);
}

function redFlag(): PrReviewAction[] {
  return [{ kind: 'review-submitted', verdict: 'approve', summary: 'LGTM' }];
}

const toEvents = (actions: PrReviewAction[]): GradedEvent[] =>
  actions.map((data, seq) => ({ seq: seq + 10, at: new Date(Date.UTC(2026, 10, 24, 10, 0, seq * 20)).toISOString(), type: 'action', data: data as unknown as Record<string, unknown> }));

const DESCRIPTIONS: Record<Exclude<ReferenceLevel, 'starter'>, string> = {
  strong: 'Finds every seeded issue at the right severity, each comment names the risk, suggests a fix and asks; requests changes; holds the line on the secret and takes the author\u2019s fair point.',
  adequate: 'Finds the blockers and the main pipeline risks, but comments are terse, severities partly off, one false alarm, and only the secret thread gets a reply.',
  weak: 'Only style nits and a false alarm; misses every security and reliability problem; "comment" verdict; gives way or digs in when the author answers.',
  'red-flag': 'Approves with "LGTM" and no comments, committed secret included.',
};

export function prReviewReferenceAnswers(): ReferenceAnswer<PrReviewAnswer>[] {
  return PR_REVIEW_VARIANT_IDS.flatMap((variantId) => {
    const key = getPrReviewKey(variantId);
    const levels: Array<[Exclude<ReferenceLevel, 'starter'>, PrReviewAction[]]> = [['strong', strong(key)], ['adequate', adequate(key)], ['weak', weak(key)], ['red-flag', redFlag()]];
    const refs = levels.map(([level, actions]): ReferenceAnswer<PrReviewAnswer> => ({
      variantId, level, description: DESCRIPTIONS[level], answer: foldReviewActions(actions), events: toEvents(actions),
      ...(level === 'red-flag' ? { expectedRedFlags: [PR_REVIEW_SIGNAL_IDS.approvedSecret] } : {}),
    }));
    refs.push({ variantId, level: 'starter', description: 'The untouched exercise: no comments, no verdict.', answer: foldReviewActions([]), events: [] });
    return refs;
  });
}

/** The comments of a level, for tests and docs. */
export const referenceComments = (answer: PrReviewAnswer): ReviewComment[] => answer.comments;
