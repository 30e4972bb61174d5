// Host only: grades a PR review from the sealed action log (or the answer when there is no log, e.g. the CLI).
import type { CriterionResult, Evidence, ExerciseGrade, Signal } from '../../contract/scoring';
import { describeIssues } from '../../contract/host-api';
import { FINDING_PREFIX, formatLocation } from '../../exercises/pr-review/findings';
import { GENERIC_CLARIFY_REPLY, GENERIC_FOLLOW_UP_REPLY, GENERIC_SHIP_NOW_REPLY } from '../../exercises/pr-review/generic-replies';
import { actionsFromEvents, foldReviewActions, PrReviewAnswerSchema, type PrReviewAnswer, type ReviewComment } from '../../exercises/pr-review/review-actions';
import type { GradedEvent } from '../kit/rubric-module';
import { authorRepliesFor, scriptAuthorReplies, type ScriptedStance } from './author-replies';
import { PR_REVIEW_CRITERIA, PR_REVIEW_CRITERION_IDS as ID, PR_REVIEW_SIGNAL_IDS as SIG } from './criteria';
import type { ResolvedIssue, ResolvedKey } from './key-schema';
import { getPrReviewKey } from './keys';
import { matchReview, SEVERITY_WEIGHT, type ReviewMatching } from './match';
import { readReply, readTone } from './tone';

const title = (id: string) => PR_REVIEW_CRITERIA.find((c) => c.criterionId === id)!.title;
const result = (criterionId: string, score: number | null, evidence: Evidence[]): CriterionResult => ({
  criterionId, exerciseId: 'pr-review', title: title(criterionId), score: score === null ? null : Math.max(0, Math.min(1, score)), evidence,
  // The tone rating waits for a person; everything else is the rubric's own reading.
  source: criterionId === ID.toneRating ? 'reviewer' : 'auto',
});
const quote = (text: string, max = 140) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
const SEVERITY_ORDER = ['nit', 'minor', 'major', 'blocker'] as const;

/** The state the grade is about: the fold of the logged actions when there are any (what was sealed), else the answer. */
export function reviewStateFrom(answer: unknown, events: readonly GradedEvent[]): { state: PrReviewAnswer; source: 'log' | 'answer' } {
  const actions = actionsFromEvents(events);
  if (actions.length > 0) return { state: foldReviewActions(actions), source: 'log' };
  const parsed = PrReviewAnswerSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`the PR-review answer is not in the expected shape: ${describeIssues(parsed.error)}`);
  return { state: parsed.data, source: 'answer' };
}

function recallFor(area: ResolvedIssue['area'], key: ResolvedKey, m: ReviewMatching, byId: Map<string, ReviewComment>): CriterionResult {
  const issues = key.issues.filter((i) => i.area === area);
  const total = issues.reduce((s, i) => s + SEVERITY_WEIGHT[i.severity], 0);
  let found = 0;
  const evidence = issues.map((issue): Evidence => {
    const by = m.foundBy.get(issue.issueId) ?? [];
    if (by.length) found += SEVERITY_WEIGHT[issue.severity];
    const first = by[0] ? byId.get(by[0]) : undefined;
    const range = issue.ranges[0]!;
    return {
      kind: 'code-line',
      label: `${by.length ? FINDING_PREFIX.found : FINDING_PREFIX.missed}${issue.title} (${issue.severity})`,
      detail: formatLocation({ ...range, commentIds: by }) + (first ? ` — ${first.category}/${first.severity}: ${quote(first.text, 100)}` : ''),
      line: range.startLine,
      passed: by.length > 0,
    };
  });
  evidence.push({ kind: 'note', label: `Severity-weighted recall ${found}/${total} (blocker 4, major 3, minor 2, nit 1)` });
  return result(area === 'security' ? ID.foundSecurity : area === 'pipelines' ? ID.foundPipelines : ID.foundPython, total ? found / total : 1, evidence);
}

function precision(comments: readonly ReviewComment[], m: ReviewMatching, key: ResolvedKey): CriterionResult {
  if (comments.length === 0) return result(ID.precision, 0, [{ kind: 'note', label: 'No comments: nothing to be precise about' }]);
  const issueTitle = new Map(key.issues.map((i) => [i.issueId, i.title]));
  const evidence: Evidence[] = comments.map((c) => {
    const hits = m.matches.filter((x) => x.commentId === c.commentId);
    return hits.length
      ? { kind: 'text-match', label: `${FINDING_PREFIX.useful}${c.commentId} → ${hits.map((h) => `${issueTitle.get(h.issueId)} (by ${h.reason})`).join('; ')}`, detail: formatLocation({ ...c, commentIds: [c.commentId] }), passed: true }
      : { kind: 'text-match', label: `${FINDING_PREFIX['false-alarm']}${c.commentId} ${c.category}/${c.severity}: ${quote(c.text, 100)}`, detail: formatLocation({ ...c, commentIds: [c.commentId] }), passed: false };
  });
  return result(ID.precision, (comments.length - m.falseAlarms.length) / comments.length, evidence);
}

function severityCalibration(key: ResolvedKey, m: ReviewMatching, byId: Map<string, ReviewComment>): CriterionResult {
  const found = key.issues.filter((i) => m.foundBy.has(i.issueId));
  if (found.length === 0) return result(ID.severity, 0, [{ kind: 'note', label: 'No seeded issue found, so no severity to compare' }]);
  const evidence: Evidence[] = [];
  let sum = 0;
  for (const issue of found) {
    // The closest of the comments that found it: the candidate gets the benefit of their best call.
    const gaps = m.foundBy.get(issue.issueId)!.map((id) => Math.abs(SEVERITY_ORDER.indexOf(byId.get(id)!.severity) - SEVERITY_ORDER.indexOf(issue.severity)));
    const gap = Math.min(...gaps);
    const score = gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
    sum += score;
    evidence.push({ kind: 'note', label: `${issue.title}: key ${issue.severity}, off by ${gap} step${gap === 1 ? '' : 's'}`, passed: gap === 0 });
  }
  return result(ID.severity, sum / found.length, evidence);
}

function toneOf(comments: readonly ReviewComment[]): { result: CriterionResult; hostile: Evidence[] } {
  if (comments.length === 0) return { result: result(ID.tone, 0, [{ kind: 'note', label: 'No comments to read' }]), hostile: [] };
  const hostile: Evidence[] = [];
  const evidence = comments.map((c): Evidence => {
    const t = readTone(c.text);
    const parts = [t.namesRisk && `risk “${t.namesRisk}”`, t.suggestsFix && `fix “${t.suggestsFix}”`, t.collaborative && `asks “${t.collaborative}”`, t.blame && `blames “${t.blame}”`, t.insult && `insult “${t.insult}”`].filter(Boolean);
    if (t.insult || t.blame) hostile.push({ kind: 'text-match', label: `${c.commentId}: ${quote(c.text, 100)}`, detail: `“${t.insult ?? t.blame}”` });
    return { kind: 'text-match', label: `${c.commentId} tone ${Math.round(t.score * 100)}%`, detail: parts.join(', ') || 'names no risk, suggests no fix, does not ask', passed: t.score >= 2 / 3 };
  });
  const avg = comments.reduce((s, c) => s + readTone(c.text).score, 0) / comments.length;
  return { result: result(ID.tone, avg, evidence), hostile };
}

const GENERIC_TEXTS = new Set([GENERIC_CLARIFY_REPLY, GENERIC_FOLLOW_UP_REPLY, GENERIC_SHIP_NOW_REPLY]);

/** What the author meant by a reply the candidate saw: from the keyed script, or (candidate kit) the generic set. */
function stanceOf(commentId: string, text: string, key: ResolvedKey, state: PrReviewAnswer, m: ReviewMatching): ScriptedStance | null {
  const scripted = scriptAuthorReplies(state.comments, key).find((r) => r.commentId === commentId && r.text === text);
  if (scripted) return scripted.stance;
  if (!GENERIC_TEXTS.has(text)) return null;
  if (text === GENERIC_CLARIFY_REPLY) return 'clarify';
  // A generic push to ship: right to hold when the comment found a blocker or major issue, right to accept otherwise.
  const serious = m.matches.some((x) => x.commentId === commentId && ['blocker', 'major'].includes(key.issues.find((i) => i.issueId === x.issueId)!.severity));
  return serious ? 'wrong-pushback' : 'valid-pushback';
}

interface ReplyGrade { result: CriterionResult; signals: Signal[] }

function gradeReplies(state: PrReviewAnswer, key: ResolvedKey, m: ReviewMatching): ReplyGrade {
  if (!state.submitted) return { result: result(ID.replies, 0, [{ kind: 'note', label: 'The review was not submitted, so there was no conversation' }]), signals: [] };
  if (state.comments.length === 0) return { result: result(ID.replies, 0, [{ kind: 'note', label: 'The review had no comments for the author to answer' }]), signals: [] };
  if (state.authorReplies.length === 0) return { result: result(ID.replies, null, [{ kind: 'note', label: 'The author\u2019s replies were never shown (the host did not answer): rate the conversation by hand' }]), signals: [] };
  const signals: Signal[] = [];
  const evidence: Evidence[] = [];
  let sum = 0;
  for (const author of state.authorReplies) {
    const stance = stanceOf(author.commentId, author.text, key, state, m);
    const answers = state.replies.filter((r) => r.commentId === author.commentId);
    const text = answers.map((r) => r.text).join('\n');
    const r = readReply(text);
    let score = 0;
    let why = 'no reply';
    if (stance === null) {
      evidence.push({ kind: 'note', label: `Thread ${author.commentId}: the recorded author reply is not one the host sends; not graded`, passed: false });
      continue;
    }
    if (answers.length) {
      if (stance === 'wrong-pushback') {
        if (r.holdsLine) [score, why] = [r.insult ? 0.5 : 1, `holds the line (“${r.holdsLine}”)${r.insult ? ' but rudely' : ''}`];
        else if (r.concedes) [score, why] = [0, `gives way on a real risk (“${r.concedes}”)`];
        else [score, why] = [0.25, 'answers without restating the risk'];
      } else if (stance === 'valid-pushback') {
        if (r.insult || (r.defensive && !r.acknowledges)) [score, why] = [0, `defensive (“${r.insult ?? r.defensive}”)`];
        else if (r.acknowledges) [score, why] = [r.defensive ? 0.5 : 1, `takes the point (“${r.acknowledges}”)`];
        else [score, why] = [0.5, 'answers without engaging with the author\u2019s point'];
      } else {
        const tone = readTone(text);
        [score, why] = r.insult ? [0, `insult (“${r.insult}”)`] : r.substantive || tone.suggestsFix ? [1, `concrete answer (“${r.substantive ?? tone.suggestsFix}”)`] : [0.5, 'answers, but without a concrete suggestion'];
      }
    }
    sum += score;
    evidence.push({ kind: 'text-match', label: `Thread ${author.commentId} (${stance}): ${why}`, detail: text ? quote(text, 160) : `author said ${quote(author.text, 100)}`, passed: score >= 1 });
    const secretIssue = key.issues.find((i) => i.secret);
    const onSecret = secretIssue && m.matches.some((x) => x.commentId === author.commentId && x.issueId === secretIssue.issueId);
    if (stance === 'wrong-pushback' && onSecret && answers.length && !r.holdsLine && r.concedes) {
      signals.push({ signalId: SIG.concededSecret, exerciseId: 'pr-review', kind: 'red-flag', title: 'Accepted a committed secret when the author pushed back', evidence: [{ kind: 'text-match', label: `Reply in thread ${author.commentId}`, detail: quote(text, 160) }] });
    }
    if (stance === 'valid-pushback' && answers.length && (r.insult || (r.defensive && !r.acknowledges))) {
      signals.push({ signalId: SIG.defensive, exerciseId: 'pr-review', kind: r.insult ? 'red-flag' : 'weak', title: 'Defensive when the author made a fair point', evidence: [{ kind: 'text-match', label: `Reply in thread ${author.commentId}`, detail: quote(text, 160) }] });
    }
  }
  const graded = evidence.filter((e) => e.kind === 'text-match').length;
  return { result: result(ID.replies, graded ? sum / graded : null, evidence), signals };
}

/** A bare review (CLI) carries the candidate's replies but not the author's: script them as the host would have. */
function withScriptedConversation(state: PrReviewAnswer, key: ResolvedKey): PrReviewAnswer {
  if (!state.submitted || state.authorReplies.length > 0 || state.replies.length === 0) return state;
  const authorReplies = authorRepliesFor(state.comments, key);
  const threads = new Set(authorReplies.map((r) => r.commentId));
  return { ...state, authorReplies, replies: state.replies.filter((r) => threads.has(r.commentId)) };
}

export function gradePrReviewState(answered: PrReviewAnswer, variantId: string, source: 'log' | 'answer' = 'answer'): ExerciseGrade {
  const key = getPrReviewKey(variantId);
  const state = source === 'answer' ? withScriptedConversation(answered, key) : answered;
  const comments = state.comments;
  const byId = new Map(comments.map((c) => [c.commentId, c]));
  const m = matchReview(comments, key);
  const signals: Signal[] = [];

  const criteria: CriterionResult[] = [recallFor('security', key, m, byId), recallFor('pipelines', key, m, byId), recallFor('python', key, m, byId), precision(comments, m, key), severityCalibration(key, m, byId)];

  const verdicts = [state.submitted?.verdict, state.verdict].filter((v): v is NonNullable<typeof v> => !!v);
  const final = state.submitted ? state.verdict : null;
  const verdictScore = final === 'request-changes' ? 1 : final === 'comment' ? 0.4 : 0;
  criteria.push(result(ID.verdict, verdictScore, [
    { kind: 'note', label: final ? `Final verdict: ${final}${state.submitted && state.submitted.verdict !== final ? ` (submitted as ${state.submitted.verdict})` : ''}` : 'No verdict submitted', passed: final === 'request-changes' },
    ...(state.summary ? [{ kind: 'text-match' as const, label: 'Summary', detail: quote(state.summary, 300) }] : []),
  ]));
  const secret = key.issues.find((i) => i.secret);
  if (secret && state.submitted && verdicts.includes('approve')) {
    const flagged = m.foundBy.has(secret.issueId);
    signals.push({
      signalId: SIG.approvedSecret, exerciseId: 'pr-review', kind: 'red-flag', title: 'Approved a PR that commits a secret',
      evidence: [{ kind: 'code-line', label: `${secret.title}${flagged ? ' (flagged in a comment, approved anyway)' : ' (not flagged)'}`, detail: formatLocation({ ...secret.ranges[0]!, commentIds: m.foundBy.get(secret.issueId) ?? [] }), line: secret.ranges[0]!.startLine }],
    });
  }

  const tone = toneOf(comments);
  criteria.push(tone.result);
  if (tone.hostile.length) signals.push({ signalId: SIG.hostile, exerciseId: 'pr-review', kind: 'weak', title: 'Blunt or personal review comments', evidence: tone.hostile });

  const replies = gradeReplies(state, key, m);
  criteria.push(replies.result);
  signals.push(...replies.signals);

  criteria.push(result(ID.toneRating, null, [{ kind: 'note', label: `${comments.length} comment${comments.length === 1 ? '' : 's'}, ${state.replies.length} repl${state.replies.length === 1 ? 'y' : 'ies'}: rate against the anchors` }]));
  if (source === 'answer') criteria[0]!.evidence.push({ kind: 'note', label: 'Graded from a bare review (no action log)' });
  if (!state.submitted && comments.length) criteria[0]!.evidence.push({ kind: 'note', label: 'The review was never submitted: comments graded as they stood' });

  const serious = key.issues.filter((i) => i.severity === 'blocker' || i.severity === 'major');
  const seriousFound = serious.filter((i) => m.foundBy.has(i.issueId));
  if (comments.length > 0 && seriousFound.length === 0) {
    signals.push({ signalId: SIG.nitpickOnly, exerciseId: 'pr-review', kind: 'weak', title: 'Commented, but found none of the blocker or major issues', evidence: [{ kind: 'note', label: `${comments.length} comments, 0 of ${serious.length} blocker/major issues found` }] });
  }
  const blockers = key.issues.filter((i) => i.severity === 'blocker');
  if (blockers.every((i) => m.foundBy.has(i.issueId)) && seriousFound.length >= serious.length - 1 && verdictScore === 1) {
    signals.push({ signalId: SIG.thorough, exerciseId: 'pr-review', kind: 'strong', title: 'Found every blocker and nearly every major issue, and asked for changes', evidence: blockers.map((i) => ({ kind: 'code-line' as const, label: i.title, line: i.ranges[0]!.startLine, passed: true })) });
  }
  return { exerciseId: 'pr-review', variantId, criteria, signals };
}

export async function gradePrReview(input: { answer: unknown; events: readonly GradedEvent[]; variantId: string }): Promise<ExerciseGrade> {
  try {
    const { state, source } = reviewStateFrom(input.answer, input.events);
    return gradePrReviewState(state, input.variantId, source);
  } catch (error) {
    const message = (error as Error).message;
    return {
      exerciseId: 'pr-review', variantId: input.variantId, error: message, signals: [],
      criteria: PR_REVIEW_CRITERIA.map((c) => result(c.criterionId, c.ratingAnchors ? null : 0, [{ kind: 'note', label: `Could not grade: ${message}` }])),
    };
  }
}
