// Renderer: the PR-review exercise as a code host shows a pull request: header, conversation tab, files-changed tab
// with a file list, a Monaco diff per file, inline threads, the comment form and a side panel of every comment.
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { fileStatus, getPrVariant, headLineCount, lineDiff, type ReviewComment } from '../../../../exercises/pr-review';
import { CommentForm } from './comment-form';
import { CommentsPanel } from './comments-panel';
import { Conversation } from './conversation';
import { freshId } from './fresh-id';
import { useReview } from './use-review';
import './pr-review.css';

const DiffView = lazy(() => import('./diff-view'));

type Tab = 'conversation' | 'files';

export default function PrReviewExercise({ variantId }: { variantId: string }) {
  const pr = useMemo(() => getPrVariant(variantId), [variantId]);
  const stats = useMemo(() => pr.files.map((f) => lineDiff(f.base, f.head)), [pr]);
  const { review, dispatch } = useReview();
  const [tab, setTab] = useState<Tab>('conversation');
  const [fileIndex, setFileIndex] = useState(0);
  // Unified by default: at laptop widths two columns cut long lines.
  const [sideBySide, setSideBySide] = useState(false);
  const [selection, setSelection] = useState<{ startLine: number; endLine: number } | null>(null);
  const [reveal, setReveal] = useState<{ file: string; line: number; nonce: number } | null>(null);
  const commentText = useRef<HTMLTextAreaElement>(null);
  const file = pr.files[fileIndex]!;
  const locked = review.submitted !== null;
  const fileComments = review.comments.filter((c) => c.file === file.path);

  const jump = (c: ReviewComment) => {
    setTab('files');
    setFileIndex(pr.files.findIndex((f) => f.path === c.file));
    setReveal({ file: c.file, line: c.startLine, nonce: Date.now() });
  };

  const tabButton = (id: Tab, label: string) => (
    <button type="button" role="tab" id={`pr-tab-${id}`} aria-selected={tab === id} aria-controls={`pr-panel-${id}`} className={tab === id ? 'pr-tab active' : 'pr-tab'} onClick={() => setTab(id)}>
      {label}
    </button>
  );

  return (
    <div className="exercise pr-review" data-testid="pr-review-exercise">
      <header className="pr-header">
        <h1>
          {pr.title} <span className="pr-number">#{pr.number}</span>
        </h1>
        <p className="pr-meta">
          <span className="pr-state">Open</span> <strong>{pr.author.name}</strong> (@{pr.author.handle}) wants to merge <code>{pr.headBranch}</code> into <code>{pr.baseBranch}</code>
        </p>
        <p className="pr-task">{pr.task}</p>
        <div role="tablist" aria-label="Pull request" className="pr-tabs">
          {tabButton('conversation', 'Conversation')}
          {tabButton('files', `Files changed (${pr.files.length})`)}
        </div>
      </header>

      <div role="tabpanel" id="pr-panel-conversation" aria-labelledby="pr-tab-conversation" hidden={tab !== 'conversation'}>
        <Conversation pr={pr} review={review} dispatch={dispatch} />
      </div>

      <div role="tabpanel" id="pr-panel-files" aria-labelledby="pr-tab-files" hidden={tab !== 'files'} className="pr-files-layout">
        <nav className="pr-file-list" aria-label="Changed files">
          <ul>
            {pr.files.map((f, i) => {
              const count = review.comments.filter((c) => c.file === f.path).length;
              return (
                <li key={f.path}>
                  <button type="button" className={i === fileIndex ? 'pr-file active' : 'pr-file'} aria-current={i === fileIndex ? 'true' : undefined} onClick={() => { setFileIndex(i); setSelection(null); }} data-testid="pr-file">
                    <span className="pr-file-path">{f.path}</span>
                    <span className="pr-file-stats">
                      <span className="pr-added">+{stats[i]!.added}</span> <span className="pr-removed">−{stats[i]!.removed}</span>
                      {fileStatus(f) === 'added' && <span className="pr-badge">new</span>}
                      {count > 0 && <span className="pr-badge">{count} comment{count === 1 ? '' : 's'}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>

        <section className="pr-diff-column" aria-label={`Diff of ${file.path}`}>
          <div className="pr-diff-toolbar">
            <h2 className="pr-file-name">{file.path}</h2>
            <div role="group" aria-label="Diff layout" className="pr-toggle">
              <button type="button" className={sideBySide ? 'secondary small active' : 'secondary small'} aria-pressed={sideBySide} onClick={() => setSideBySide(true)}>Side by side</button>
              <button type="button" className={!sideBySide ? 'secondary small active' : 'secondary small'} aria-pressed={!sideBySide} onClick={() => setSideBySide(false)}>Unified</button>
            </div>
          </div>
          {tab === 'files' && (
            <Suspense fallback={<div className="editor-loading">Loading the diff…</div>}>
              <DiffView key={file.path} file={file} comments={fileComments} sideBySide={sideBySide} revealLine={reveal}
                onSelectLines={(startLine, endLine) => setSelection({ startLine, endLine })}
                onCommentShortcut={() => commentText.current?.focus()} />
            </Suspense>
          )}
          {locked ? (
            <p className="muted" role="note">The review is submitted; comments can no longer change. Answer the author on the Conversation tab.</p>
          ) : (
            <CommentForm key={file.path} ref={commentText} idPrefix="new-comment" editing={false} lineCount={headLineCount(file)} selection={selection}
              initial={{ startLine: 1, endLine: 1, category: 'correctness', severity: 'major', text: '' }}
              onSave={(d) => dispatch({ kind: 'comment-added', commentId: freshId('c'), file: file.path, ...d })} />
          )}
          <p className="muted pr-hint">Select lines on the right-hand (new) side of the diff, or type line numbers; <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>M</kbd> in the diff jumps to the comment box.</p>
        </section>

        <aside className="pr-side">
          <CommentsPanel files={pr.files} comments={review.comments} locked={locked} onJump={jump} dispatch={dispatch} />
        </aside>
      </div>
    </div>
  );
}
