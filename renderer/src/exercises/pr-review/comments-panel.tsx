// Renderer: every comment of the review, grouped by file; click one to jump to it in the diff; edit or delete it.
import { useState } from 'react';
import type { PrFile, PrReviewAction, ReviewComment } from '../../../../exercises/pr-review';
import { headLineCount } from '../../../../exercises/pr-review';
import { CommentForm } from './comment-form';

interface Props {
  files: readonly PrFile[];
  comments: readonly ReviewComment[];
  locked: boolean;
  onJump(comment: ReviewComment): void;
  dispatch(action: PrReviewAction): string | null;
}

export const lineLabel = (c: Pick<ReviewComment, 'startLine' | 'endLine'>) => (c.endLine > c.startLine ? `lines ${c.startLine}–${c.endLine}` : `line ${c.startLine}`);

export function CommentsPanel({ files, comments, locked, onJump, dispatch }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="pr-comments-panel" aria-labelledby="pr-comments-title">
      <h2 id="pr-comments-title">Your comments <span className="pill" data-testid="comment-count">{comments.length}</span></h2>
      {comments.length === 0 && <p className="muted">Select lines in the diff (or type line numbers) and add a comment.</p>}
      {files.filter((f) => comments.some((c) => c.file === f.path)).map((f) => (
        <div key={f.path} className="pr-comments-group">
          <h3 className="pr-file-name">{f.path}</h3>
          <ul>
            {comments.filter((c) => c.file === f.path).map((c) => (
              <li key={c.commentId} className={`pr-comment-item severity-${c.severity}`} data-testid="comment-item" data-comment-id={c.commentId}>
                {editing === c.commentId ? (
                  <CommentForm idPrefix={`edit-${c.commentId}`} editing lineCount={headLineCount(f)} initial={c}
                    onCancel={() => setEditing(null)}
                    onSave={(d) => {
                      const refused = dispatch({ kind: 'comment-edited', commentId: c.commentId, category: d.category, severity: d.severity, text: d.text });
                      if (!refused) setEditing(null);
                      return refused;
                    }} />
                ) : (
                  <>
                    <button type="button" className="link-button pr-jump" onClick={() => onJump(c)} aria-label={`Show ${f.path} ${lineLabel(c)} in the diff`}>
                      {lineLabel(c)}
                    </button>
                    <span className={`pr-badge severity-${c.severity}`}>{c.severity}</span> <span className="pr-badge">{c.category}</span>
                    <p className="pr-comment-text">{c.text}</p>
                    {!locked && (
                      <div className="pr-comment-actions">
                        <button type="button" className="secondary small" onClick={() => setEditing(c.commentId)} aria-label={`Edit comment on ${lineLabel(c)}`}>Edit</button>
                        <button type="button" className="secondary small" onClick={() => dispatch({ kind: 'comment-deleted', commentId: c.commentId })} aria-label={`Delete comment on ${lineLabel(c)}`}>Delete</button>
                      </div>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
