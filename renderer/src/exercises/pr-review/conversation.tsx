// Renderer: the PR's conversation tab: the author's description, the verdict and summary form, then the author's
// answers to the submitted review and the candidate's replies.
import { useEffect, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import { SUMMARY_LIMIT, VERDICTS, type PrReviewAction, type PrReviewAnswer, type PullRequest, type ReviewComment, type Verdict } from '../../../../exercises/pr-review';
import { errorMessage, host } from '../../host/host-client';
import { useSessionState } from '../../state/session-state';
import { lineLabel } from './comments-panel';
import { VERDICT_LABEL } from './labels';
import { freshId } from './fresh-id';

const VERDICT_HINT: Record<Verdict, string> = {
  approve: 'Good to merge as it is.',
  comment: 'Feedback, without blocking the merge.',
  'request-changes': 'Must be changed before it can merge.',
};

interface Props {
  pr: PullRequest;
  review: PrReviewAnswer;
  dispatch(action: PrReviewAction): string | null;
}

function VerdictForm({ review, dispatch, mode }: Props & { mode: 'submit' | 'change' }) {
  const [verdict, setVerdict] = useState<Verdict | null>(review.verdict);
  const [summary, setSummary] = useState(review.summary);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveDraft = (v: Verdict | null, s: string) => {
    if (mode !== 'submit') return;
    if (timer.current) clearTimeout(timer.current);
    dispatch({ kind: 'draft-changed', verdict: v, summary: s });
  };
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!verdict) return setError('Choose a verdict.');
    if (!summary.trim()) return setError('Write a short summary for the author.');
    const refused = dispatch(mode === 'submit' ? { kind: 'review-submitted', verdict, summary } : { kind: 'verdict-changed', verdict, summary });
    setError(refused);
  }

  return (
    <form className="pr-verdict-form" onSubmit={submit} data-testid={mode === 'submit' ? 'verdict-form' : 'verdict-change-form'}>
      <fieldset>
        <legend>{mode === 'submit' ? 'Your verdict' : 'Change your verdict after the conversation (optional)'}</legend>
        {VERDICTS.map((v) => (
          <label key={v} className="pr-verdict-option">
            <input type="radio" name={`verdict-${mode}`} value={v} checked={verdict === v}
              onChange={() => { setVerdict(v); saveDraft(v, summary); }} />
            <span><strong>{VERDICT_LABEL[v]}</strong> <span className="muted">{VERDICT_HINT[v]}</span></span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`summary-${mode}`}>Summary for the author</label>
      <textarea id={`summary-${mode}`} rows={4} maxLength={SUMMARY_LIMIT} value={summary} data-testid={`summary-${mode}`}
        onChange={(e) => {
          const next = e.target.value;
          setSummary(next);
          if (mode === 'submit') {
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => saveDraft(verdict, next), 800);
          }
        }}
        onBlur={() => saveDraft(verdict, summary)} />
      {error && <p className="pr-form-error" role="alert">{error}</p>}
      <button type="submit" className="primary">{mode === 'submit' ? 'Submit review' : 'Update verdict'}</button>
      {mode === 'submit' && <p className="muted">Once submitted, comments are final and the author may answer some of them.</p>}
    </form>
  );
}

function Thread({ pr, comment, authorText, review, dispatch }: { pr: PullRequest; comment: ReviewComment; authorText: string } & Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mine = review.replies.filter((r) => r.commentId === comment.commentId);
  const inputId = `reply-${comment.commentId}`;
  return (
    <article className="pr-thread" data-testid="author-thread" aria-label={`Thread on ${comment.file} ${lineLabel(comment)}`}>
      <header className="pr-thread-head"><code>{comment.file}</code> · {lineLabel(comment)} · <span className={`pr-badge severity-${comment.severity}`}>{comment.severity}</span></header>
      <div className="pr-message mine"><strong>You</strong><p>{comment.text}</p></div>
      <div className="pr-message author"><strong>{pr.author.name}</strong><p>{authorText}</p></div>
      {mine.map((r) => <div key={r.replyId} className="pr-message mine" data-testid="my-reply"><strong>You</strong><p>{r.text}</p></div>)}
      <form className="pr-reply-form" onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return setError('Write your reply first.');
        const refused = dispatch({ kind: 'reply-posted', replyId: freshId('r'), commentId: comment.commentId, text });
        setError(refused);
        if (!refused) setText('');
      }}>
        <label htmlFor={inputId}>Reply to {pr.author.name.split(' ')[0]}</label>
        <textarea id={inputId} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        {error && <p className="pr-form-error" role="alert">{error}</p>}
        <button type="submit" className="secondary small">Reply</button>
      </form>
    </article>
  );
}

export function Conversation(props: Props) {
  const { pr, review, dispatch } = props;
  const [fetchError, setFetchError] = useState<string | null>(null);
  const asked = useRef(false);
  const waiting = !!review.submitted && review.comments.length > 0 && review.authorReplies.length === 0;

  // Once the review is saved as submitted, ask the host for the author's answers (again after a reload if needed).
  useEffect(() => {
    if (!waiting || asked.current) return;
    asked.current = true;
    void (async () => {
      try {
        await useSessionState.getState().flush();
        const sessionId = useSessionState.getState().session?.sessionId;
        if (!sessionId) return;
        const { replies } = await host.prReviewAuthorReplies({ sessionId });
        dispatch({ kind: 'author-replied', replies });
      } catch (error) {
        asked.current = false;
        setFetchError(errorMessage(error));
      }
    })();
  }, [waiting, dispatch]);

  return (
    <div className="pr-conversation">
      <article className="pr-description" aria-label="Pull request description">
        <header><strong>{pr.author.name}</strong> <span className="muted">({pr.author.role}) opened this pull request</span></header>
        <div className="pr-markdown"><Markdown>{pr.description}</Markdown></div>
      </article>
      <section aria-labelledby="pr-review-title" className="pr-review-box">
        <h2 id="pr-review-title">Review</h2>
        {review.submitted ? (
          <div data-testid="submitted-review">
            <p><span className="pill">Submitted</span> <strong>{VERDICT_LABEL[review.submitted.verdict]}</strong> with {review.comments.length} comment{review.comments.length === 1 ? '' : 's'}
              {review.verdict && review.verdict !== review.submitted.verdict && <> · changed to <strong>{VERDICT_LABEL[review.verdict]}</strong></>}</p>
            <p className="pr-summary">{review.summary}</p>
          </div>
        ) : (
          <VerdictForm {...props} mode="submit" />
        )}
      </section>
      {review.submitted && (
        <section aria-labelledby="pr-replies-title" className="pr-replies" data-testid="author-replies">
          <h2 id="pr-replies-title">{pr.author.name.split(' ')[0]}’s answers</h2>
          {waiting && !fetchError && <p role="status">{pr.author.name.split(' ')[0]} is reading your review…</p>}
          {fetchError && <p className="pr-form-error" role="alert">Could not get the author’s answers: {fetchError}</p>}
          {review.comments.length === 0 && <p className="muted">Your review had no comments, so there is nothing for the author to answer.</p>}
          {review.authorReplies.map((a) => {
            const comment = review.comments.find((c) => c.commentId === a.commentId);
            return comment ? <Thread key={a.commentId} {...props} comment={comment} authorText={a.text} /> : null;
          })}
          {review.authorReplies.length > 0 && <VerdictForm {...props} mode="change" />}
        </section>
      )}
    </div>
  );
}
