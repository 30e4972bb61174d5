// Renderer: one PR file as a Monaco diff (side by side or unified), with the candidate's threads shown inline under
// the lines they are about (view zones) and marked in the glyph margin; the selection feeds the comment form.
import Editor, { DiffEditor } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import 'monaco-editor/languages/definitions/yaml/register';
import type { PrFile, ReviewComment } from '../../../../exercises/pr-review';
import { monaco } from '../../editor/monaco-setup';
import { diffThemeName } from './diff-theme';

export interface DiffViewProps {
  file: PrFile;
  comments: readonly ReviewComment[];
  sideBySide: boolean;
  /** Reveal this head line of this file (a click in the comments panel). */
  revealLine: { file: string; line: number; nonce: number } | null;
  onSelectLines(startLine: number, endLine: number): void;
  /** Ctrl/Cmd+Alt+M in the editor: comment on the selection. */
  onCommentShortcut(): void;
}

const SEVERITY_LABEL = { blocker: 'Blocker', major: 'Major', minor: 'Minor', nit: 'Nit' } as const;

function threadNode(comment: ReviewComment): HTMLElement {
  const node = document.createElement('div');
  node.className = `pr-inline-thread severity-${comment.severity}`;
  node.dataset.testid = 'inline-thread';
  const head = document.createElement('div');
  head.className = 'pr-inline-thread-head';
  head.textContent = `${SEVERITY_LABEL[comment.severity]} · ${comment.category} · ${comment.endLine > comment.startLine ? `lines ${comment.startLine}–${comment.endLine}` : `line ${comment.startLine}`}`;
  const body = document.createElement('div');
  body.className = 'pr-inline-thread-body';
  body.textContent = comment.text;
  node.append(head, body);
  return node;
}

export default function DiffView(props: DiffViewProps) {
  // The editor holding the head text: the diff's modified side, or (for a file the PR adds) a plain editor, since a
  // diff against an empty base shows a phantom removed line.
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const zoneIds = useRef<string[]>([]);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  const onMount = (modified: monaco.editor.IStandaloneCodeEditor) => {
    editorRef.current = modified;
    decorations.current = modified.createDecorationsCollection();
    modified.onDidChangeCursorSelection((e) => {
      const s = e.selection;
      // A selection that ends at column 1 of the next line is about the lines above it.
      const end = s.endColumn === 1 && s.endLineNumber > s.startLineNumber ? s.endLineNumber - 1 : s.endLineNumber;
      handlers.current.onSelectLines(s.startLineNumber, end);
    });
    modified.addAction({
      id: 'pr-review.comment',
      label: 'Comment on the selected lines',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Alt | monaco.KeyCode.KeyM],
      run: () => handlers.current.onCommentShortcut(),
    });
    drawThreads();
    reveal();
  };

  function reveal() {
    const modified = editorRef.current;
    const target = handlers.current.revealLine;
    if (!modified || !target || target.file !== handlers.current.file.path) return;
    modified.revealLineInCenter(target.line);
    modified.setSelection(new monaco.Range(target.line, 1, target.line, 1));
  }

  function drawThreads() {
    const modified = editorRef.current;
    if (!modified) return;
    const mine = handlers.current.comments;
    // Zones need a height up front: estimate the wrapped lines from the text width available (about 7 px a character).
    const charsPerLine = Math.max(30, Math.floor((modified.getLayoutInfo().contentWidth - 40) / 7));
    modified.changeViewZones((accessor: monaco.editor.IViewZoneChangeAccessor) => {
      for (const id of zoneIds.current) accessor.removeZone(id);
      zoneIds.current = mine.map((c) => {
        const domNode = threadNode(c);
        const wrapped = c.text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
        const lines = Math.min(14, 1.6 + wrapped);
        return accessor.addZone({ afterLineNumber: c.endLine, heightInLines: lines, domNode });
      });
    });
    decorations.current?.set(
      mine.map((c) => ({
        range: new monaco.Range(c.startLine, 1, c.endLine, 1),
        options: { isWholeLine: true, className: 'pr-commented-line', glyphMarginClassName: `pr-comment-glyph severity-${c.severity}`, glyphMarginHoverMessage: { value: `${c.category} · ${c.severity}` } },
      })),
    );
  }

  useEffect(drawThreads, [props.comments, props.file.path]);

  useEffect(reveal, [props.revealLine]);

  const options: monaco.editor.IEditorOptions = {
    glyphMargin: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    automaticLayout: true,
    fontSize: 13,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
    // A dimmed last line number is drawn at 2.5:1: keep every number at full contrast.
    renderFinalNewline: 'on',
  };

  return (
    <div className="pr-diff" data-testid="pr-diff" data-file={props.file.path}>
      {props.file.base === '' ? (
        <Editor value={props.file.head} language={props.file.language} path={`head/${props.file.path}`} onMount={onMount} theme={diffThemeName()}
          loading={<div className="editor-loading">Loading the file…</div>} options={{ ...options, readOnly: true, ariaLabel: `New file ${props.file.path}` }} />
      ) : (
        <DiffEditor
          original={props.file.base}
          modified={props.file.head}
          language={props.file.language}
          originalModelPath={`base/${props.file.path}`}
          modifiedModelPath={`head/${props.file.path}`}
          onMount={(diff) => onMount(diff.getModifiedEditor())}
          theme={diffThemeName()}
          loading={<div className="editor-loading">Loading the diff…</div>}
          options={{ ...options, readOnly: true, originalEditable: false, renderSideBySide: props.sideBySide, useInlineViewWhenSpaceIsLimited: false, hideUnchangedRegions: { enabled: false }, ariaLabel: `Diff of ${props.file.path}` }}
        />
      )}
    </div>
  );
}
