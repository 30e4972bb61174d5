// Renderer: one PR file as a Monaco diff (side by side or unified), with the candidate's threads shown inline under
// the lines they are about (view zones) and marked in the glyph margin; the selection feeds the comment form.
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
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
  head.textContent = `${SEVERITY_LABEL[comment.severity]} · ${comment.category} · lines ${comment.startLine}${comment.endLine > comment.startLine ? `–${comment.endLine}` : ''}`;
  const body = document.createElement('div');
  body.className = 'pr-inline-thread-body';
  body.textContent = comment.text;
  node.append(head, body);
  return node;
}

export default function DiffView(props: DiffViewProps) {
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const zoneIds = useRef<string[]>([]);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  const onMount: DiffOnMount = (editor) => {
    editorRef.current = editor;
    const modified = editor.getModifiedEditor();
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
    const editor = editorRef.current;
    const target = handlers.current.revealLine;
    if (!editor || !target || target.file !== handlers.current.file.path) return;
    const modified = editor.getModifiedEditor();
    modified.revealLineInCenter(target.line);
    modified.setSelection(new monaco.Range(target.line, 1, target.line, 1));
  }

  function drawThreads() {
    const editor = editorRef.current;
    if (!editor) return;
    const modified = editor.getModifiedEditor();
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

  return (
    <div className="pr-diff" data-testid="pr-diff" data-file={props.file.path}>
      <DiffEditor
        original={props.file.base}
        modified={props.file.head}
        language={props.file.language}
        originalModelPath={`base/${props.file.path}`}
        modifiedModelPath={`head/${props.file.path}`}
        onMount={onMount}
        theme={diffThemeName()}
        loading={<div className="editor-loading">Loading the diff…</div>}
        options={{
          readOnly: true,
          originalEditable: false,
          renderSideBySide: props.sideBySide,
          useInlineViewWhenSpaceIsLimited: false,
          glyphMargin: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
          fontSize: 13,
          renderOverviewRuler: false,
          lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
          hideUnchangedRegions: { enabled: false },
          // A dimmed last line number is drawn at 2.5:1: keep every number at full contrast.
          renderFinalNewline: 'on',
          ariaLabel: `Diff of ${props.file.path}`,
        }}
      />
    </div>
  );
}
