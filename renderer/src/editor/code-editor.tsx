// Renderer: a Monaco editor as the candidate sees it: Ctrl/Cmd+Enter runs, pastes are reported, errors are marked.
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { editorThemeName, monaco } from './monaco-setup';

export interface EditorMarker {
  line: number;
  column: number;
  message: string;
}

export interface CodeEditorProps {
  language: 'sql' | 'python';
  value: string;
  onChange?: (value: string) => void;
  onRun?: () => void;
  onPaste?: (info: { chars: number; lines: number }) => void;
  readOnly?: boolean;
  ariaLabel: string;
  marker?: EditorMarker | null;
  height?: string;
  testId?: string;
}

export default function CodeEditor(props: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.addAction({
      id: 'assessment.run',
      label: 'Run',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => handlers.current.onRun?.(),
    });
    editor.onDidPaste((e) => {
      const text = editor.getModel()?.getValueInRange(e.range) ?? '';
      handlers.current.onPaste?.({ chars: text.length, lines: text.split('\n').length });
    });
    // Tab must be able to leave the editor for keyboard-only candidates (Ctrl+M toggles in Monaco too).
    editor.createContextKey('assessmentEditor', true);
  };

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const m = props.marker;
    monaco.editor.setModelMarkers(
      model,
      'assessment',
      m ? [{ startLineNumber: m.line, startColumn: m.column, endLineNumber: m.line, endColumn: m.column + 1, message: m.message, severity: monaco.MarkerSeverity.Error }] : [],
    );
  }, [props.marker]);

  return (
    <div className="code-editor" data-testid={props.testId} style={{ height: props.height ?? '320px' }}>
      <Editor
        language={props.language}
        value={props.value}
        onChange={(v) => props.onChange?.(v ?? '')}
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
  );
}
