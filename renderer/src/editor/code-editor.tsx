// Renderer: a Monaco editor as the candidate sees it: Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter runs tests, pastes
// are reported, errors are marked, a clicked traceback frame moves the cursor, and text over the field's limit is refused.
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { limitRefusal } from './text-limit';
import { editorThemeName, monaco } from './monaco-setup';

export interface EditorMarker {
  line: number;
  column: number;
  /** Exclusive end column on the same line; default one character. */
  endColumn?: number;
  message: string;
}

export interface CodeEditorProps {
  language: 'sql' | 'python';
  value: string;
  onChange?: (value: string) => void;
  onRun?: () => void;
  /** Ctrl/Cmd+Shift+Enter from inside the editor (the Python screen's "Run tests"). */
  onRunTests?: () => void;
  onPaste?: (info: { chars: number; lines: number }) => void;
  readOnly?: boolean;
  ariaLabel: string;
  marker?: EditorMarker | null;
  height?: string;
  testId?: string;
  /** The answer schema's limit for this field: a paste or edit past it is refused and the candidate told why. */
  maxLength?: number;
  /** Move the cursor here, reveal the line and focus the editor; a new `nonce` repeats the jump to the same line. */
  jumpTo?: { line: number; column?: number; nonce: number } | null;
}

export default function CodeEditor(props: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [refusal, setRefusal] = useState<string | null>(null);
  /** The last text within the limit: what an over-limit edit (a drop, an autocompletion) is rolled back to. */
  const accepted = useRef(props.value);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    // @monaco-editor/react drops a `value` that changes between creating the editor and reporting it ready (a replay
    // step clicked while Monaco loads left the editor empty): the newest value is applied here.
    if (editor.getValue() !== handlers.current.value) editor.setValue(handlers.current.value);
    editor.addAction({
      id: 'assessment.run',
      label: 'Run',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => handlers.current.onRun?.(),
    });
    editor.addAction({
      id: 'assessment.run-tests',
      label: 'Run tests',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      run: () => handlers.current.onRunTests?.(),
    });
    // A paste that would pass the limit is stopped before Monaco sees it (capture phase), so nothing is replaced.
    editor.getDomNode()?.addEventListener(
      'paste',
      (e: ClipboardEvent) => {
        const max = handlers.current.maxLength;
        const model = editor.getModel();
        if (max === undefined || !model) return;
        const selected = editor.getSelections()?.reduce((n, sel) => n + model.getValueLengthInRange(sel), 0) ?? 0;
        const message = limitRefusal(model.getValueLength() - selected, e.clipboardData?.getData('text/plain').length ?? 0, max);
        if (message) {
          e.preventDefault();
          e.stopPropagation();
          setRefusal(message);
        }
      },
      true,
    );
    editor.onDidChangeModelContent(() => {
      const max = handlers.current.maxLength;
      const model = editor.getModel();
      if (!model) return;
      if (max !== undefined && model.getValueLength() > max) {
        const over = model.getValueLength();
        // Rolled back after Monaco finishes this change; the over-limit text never reaches onChange.
        setTimeout(() => model.setValue(accepted.current));
        setRefusal(limitRefusal(accepted.current.length, over - accepted.current.length, max));
        return;
      }
      accepted.current = model.getValue();
    });
    editor.onDidPaste((e) => {
      const text = editor.getModel()?.getValueInRange(e.range) ?? '';
      handlers.current.onPaste?.({ chars: text.length, lines: text.split('\n').length });
    });
    // A jump requested before Monaco finished loading (a traceback frame in another file) lands now.
    if (handlers.current.jumpTo) jump(editor, handlers.current.jumpTo);
    mark(editor, handlers.current.marker ?? null);
    // Tab must be able to leave the editor for keyboard-only candidates (Ctrl+M toggles in Monaco too).
    editor.createContextKey('assessmentEditor', true);
  };

  // The wrapper also ignores a `value` that changes after onMount but before it marks itself ready (its update effect
  // is gated on that state and does not re-run when it flips): a replay step clicked then left the editor empty, seen
  // in CI. A read-only editor only ever shows its prop, so it is simply kept in step here.
  useEffect(() => {
    const editor = editorRef.current;
    if (editor && props.readOnly && editor.getValue() !== props.value) editor.setValue(props.value);
  }, [props.value, props.readOnly]);

  useEffect(() => {
    if (editorRef.current) mark(editorRef.current, props.marker ?? null);
  }, [props.marker]);

  useEffect(() => {
    if (editorRef.current && props.jumpTo) jump(editorRef.current, props.jumpTo);
  }, [props.jumpTo]);

  return (
    <>
    <div className="code-editor" data-testid={props.testId} style={{ height: props.height ?? '320px' }}>
      <Editor
        language={props.language}
        value={props.value}
        onChange={(v) => {
          const text = v ?? '';
          if (props.maxLength !== undefined && text.length > props.maxLength) return;
          if (refusal && text.length < (props.maxLength ?? Infinity)) setRefusal(null);
          props.onChange?.(text);
        }}
        onMount={onMount}
        theme={editorThemeName()}
        loading={<div className="editor-loading">Loading editor…</div>}
        options={{
          readOnly: props.readOnly ?? false,
          minimap: { enabled: false },
          fontSize: 14,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 4,
          ariaLabel: props.ariaLabel,
          tabFocusMode: false,
          wordWrap: 'on',
          renderLineHighlight: 'line',
          // A dimmed last line number is drawn at 2.5:1: keep every number at full contrast.
          renderFinalNewline: 'on',
        }}
      />
    </div>
      {refusal && (
        <p className="editor-limit banner warning small-text" role="alert" data-testid="editor-limit-message">
          {refusal}
        </p>
      )}
    </>
  );
}

function jump(editor: monaco.editor.IStandaloneCodeEditor, target: { line: number; column?: number }): void {
  editor.setPosition({ lineNumber: target.line, column: target.column ?? 1 });
  editor.revealLineInCenter(target.line);
  editor.focus();
}

function mark(editor: monaco.editor.IStandaloneCodeEditor, m: EditorMarker | null): void {
  const model = editor.getModel();
  if (!model) return;
  monaco.editor.setModelMarkers(
    model,
    'assessment',
    m ? [{ startLineNumber: m.line, startColumn: m.column, endLineNumber: m.line, endColumn: m.endColumn ?? m.column + 1, message: m.message, severity: monaco.MarkerSeverity.Error }] : [],
  );
}
