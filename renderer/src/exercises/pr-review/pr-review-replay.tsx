// Renderer (reviewer): the review as it stood right after one event of the log: the threads on the code, the verdict
// and the conversation so far. Registered as the PR-review part's Replay.
import { useMemo } from 'react';
import { actionsFromEvents, foldReviewActions, getPrVariant } from '../../../../exercises/pr-review';
import type { ExerciseReplayProps } from '../exercise-screen';
import { AnnotatedCode } from './annotated-code';
import { VERDICT_LABEL } from './labels';
import './pr-review.css';

export default function PrReviewReplay({ variantId, events, atSeq }: ExerciseReplayProps) {
  const pr = useMemo(() => getPrVariant(variantId), [variantId]);
  const review = useMemo(() => foldReviewActions(actionsFromEvents(events.filter((e) => !e.exerciseId || e.exerciseId === 'pr-review'), atSeq)), [events, atSeq]);
  const author = pr.author.name.split(' ')[0];
  return (
    <div className="pr-replay" data-testid="pr-review-replay">
      <p>
        <strong>{review.comments.length}</strong> comment{review.comments.length === 1 ? '' : 's'} ·{' '}
        {review.submitted ? <>submitted <strong>{VERDICT_LABEL[review.submitted.verdict]}</strong>{review.verdict !== review.submitted.verdict && review.verdict ? <>, now {VERDICT_LABEL[review.verdict]}</> : null}</> : <>not submitted{review.verdict ? <> (draft: {VERDICT_LABEL[review.verdict]})</> : null}</>}
      </p>
      {review.summary && <blockquote className="pr-summary">{review.summary}</blockquote>}
      {pr.files.map((f) => (
        <AnnotatedCode key={f.path} file={f} comments={review.comments.filter((c) => c.file === f.path)}
          threadExtra={(c) => {
            const answer = review.authorReplies.find((a) => a.commentId === c.commentId);
            if (!answer) return null;
            return (
              <div className="pr-replay-conversation">
                <div className="pr-message author"><strong>{author}</strong><p>{answer.text}</p></div>
                {review.replies.filter((r) => r.commentId === c.commentId).map((r) => <div key={r.replyId} className="pr-message mine"><strong>Candidate</strong><p>{r.text}</p></div>)}
              </div>
            );
          }} />
      ))}
    </div>
  );
}
