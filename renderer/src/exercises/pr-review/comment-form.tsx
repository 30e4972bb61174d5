// Renderer: the form for a new comment (lines from the diff's selection, or typed) and for editing one.
import { forwardRef, useState } from 'react';
import { COMMENT_CATEGORIES, COMMENT_TEXT_LIMIT, SEVERITIES, type CommentCategory, type Severity } from '../../../../exercises/pr-review';

export interface CommentDraft {
  startLine: number;
  endLine: number;
  category: CommentCategory;
  severity: Severity;
  text: string;
}

interface Props {
  idPrefix: string;
  lineCount: number;
  initial: CommentDraft;
  /** Editing keeps the lines where they are. */
  editing: boolean;
  onSave(draft: CommentDraft): string | null;
  onCancel?(): void;
  /** Lines from the diff's selection; they replace the typed ones until the candidate types again. */
  selection?: { startLine: number; endLine: number } | null;
}

export const CommentForm = forwardRef<HTMLTextAreaElement, Props>(function CommentForm(props, textRef) {
  const [draft, setDraft] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [linesTyped, setLinesTyped] = useState(false);
  const lines = !props.editing && !linesTyped && props.selection ? props.selection : { startLine: draft.startLine, endLine: draft.endLine };
  const id = (s: string) => `${props.idPrefix}-${s}`;
  const set = (patch: Partial<CommentDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function save(e: React.FormEvent) {
    e.preventDefault();
    const full = { ...draft, ...lines };
    if (!full.text.trim()) return setError('Write what you want the author to know.');
    if (full.startLine < 1 || full.endLine > props.lineCount || full.endLine < full.startLine) return setError(`Pick lines between 1 and ${props.lineCount}, the first no later than the last.`);
    const refused = props.onSave(full);
    if (refused) return setError(refused);
    setError(null);
    setLinesTyped(false);
    if (!props.editing) setDraft({ ...props.initial, category: draft.category, severity: draft.severity, text: '' });
  }

  return (
    <form className="pr-comment-form" onSubmit={save} aria-label={props.editing ? 'Edit comment' : 'New comment'} data-testid={props.editing ? 'edit-comment-form' : 'new-comment-form'}>
      {!props.editing && (
        <div className="pr-form-row">
          <label htmlFor={id('start')}>Lines</label>
          <input id={id('start')} type="number" min={1} max={props.lineCount} value={lines.startLine} aria-label="First line"
            onChange={(e) => { setLinesTyped(true); set({ ...lines, startLine: Number(e.target.value) }); }} />
          <span aria-hidden="true">–</span>
          <input id={id('end')} type="number" min={1} max={props.lineCount} value={lines.endLine} aria-label="Last line"
            onChange={(e) => { setLinesTyped(true); set({ ...lines, endLine: Number(e.target.value) }); }} />
        </div>
      )}
      <div className="pr-form-row">
        <label htmlFor={id('category')}>Category</label>
        <select id={id('category')} value={draft.category} onChange={(e) => set({ category: e.target.value as CommentCategory })}>
          {COMMENT_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <label htmlFor={id('severity')}>Severity</label>
        <select id={id('severity')} value={draft.severity} onChange={(e) => set({ severity: e.target.value as Severity })}>
          {SEVERITIES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </div>
      <label htmlFor={id('text')} className="visually-hidden">Comment</label>
      <textarea ref={textRef} id={id('text')} rows={props.editing ? 4 : 3} maxLength={COMMENT_TEXT_LIMIT} value={draft.text} placeholder="What could go wrong, and what would you change?"
        onChange={(e) => set({ text: e.target.value })} />
      {error && <p className="pr-form-error" role="alert">{error}</p>}
      <div className="pr-form-actions">
        <button type="submit" className="primary small">{props.editing ? 'Save' : 'Add comment'}</button>
        {props.onCancel && <button type="button" className="secondary small" onClick={props.onCancel}>Cancel</button>}
      </div>
    </form>
  );
});
