// Renderer: the Python ingestion exercise: task, file tree, Monaco editor, console and public tests, in Pyodide.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { buildModuleRunCode, buildTestRunCode } from '../../../../exercises/python/python-harness';
import { getPythonVariant, pythonWorkspaceFiles, PYTHON_MODULE_FILE, PYTHON_PUBLIC_TEST_MODULE, PYTHON_WORKSPACE_ROOT } from '../../../../exercises/python/python-variants';
import { parsePythonRunReport, parsePythonTestReport, type PythonFrame, type PythonRunReport, type PythonTestReport } from '../../../../exercises/python/test-report';
import type { PythonAnswer } from '../../../../exercises/python/answer';
import type { EditorMarker } from '../../editor/code-editor';
import { useSessionState } from '../../state/session-state';
import { pythonClient, usePythonRuntime, warmUpPython } from '../../workers/python/python-runtime';
import { PYTHON_TIME_LIMIT_MS, type PythonRun } from '../../workers/python/python-client';
import { TestResultsPanel } from './test-results-panel';
import { RunConsole } from './run-console';
import { LiveOutput, useLiveOutput } from './live-output';
import { RunningLine, useStopShortcut } from './run-controls';
import { PYTHON_SOURCE_LIMIT } from '../../../../exercises/python/answer';
import './python-exercise.css';

const CodeEditor = lazy(() => import('../../editor/code-editor'));

type Output = { kind: 'run'; report: PythonRunReport } | { kind: 'tests'; report: PythonTestReport } | { kind: 'stopped'; message: string; byUser: boolean };

export default function PythonExercise({ variantId }: { variantId: string }) {
  const variant = useMemo(() => getPythonVariant(variantId), [variantId]);
  const saved = useSessionState((s) => s.answers.python as PythonAnswer | undefined);
  const source = saved?.source ?? variant.starterSource;
  const runtime = usePythonRuntime();
  const [openFile, setOpenFile] = useState(PYTHON_MODULE_FILE);
  const [busy, setBusy] = useState<null | 'run' | 'tests'>(null);
  const [output, setOutput] = useState<Output | null>(null);
  const [marker, setMarker] = useState<EditorMarker | null>(null);
  const [jump, setJump] = useState<{ line: number; column: number; nonce: number } | null>(null);
  const live = useLiveOutput();
  const current = useRef<PythonRun | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const files = useMemo(() => pythonWorkspaceFiles(variantId, source), [variantId, source]);
  const shown = files.find((f) => f.path === openFile) ?? files[0]!;

  useEffect(() => warmUpPython(), []);

  async function execute(kind: 'run' | 'tests') {
    if (busy) return;
    setBusy(kind);
    // Results of the previous run are cleared at once, so nothing stale is read as this run's outcome.
    setOutput(null);
    setMarker(null);
    live.reset();
    setStartedAt(performance.now());
    const code = kind === 'run' ? buildModuleRunCode({ root: PYTHON_WORKSPACE_ROOT }) : buildTestRunCode({ root: PYTHON_WORKSPACE_ROOT, modules: [PYTHON_PUBLIC_TEST_MODULE] });
    const run = pythonClient().run(PYTHON_WORKSPACE_ROOT, files.map(({ path, content }) => ({ path, content })), code, { onOutput: live.push });
    current.current = run;
    const outcome = await run.outcome;
    current.current = null;
    setBusy(null);
    let data: Record<string, unknown>;
    if (!outcome.ok) {
      // The streamed output stays on screen above this line: it is what the code printed before it was stopped.
      setOutput({ kind: 'stopped', message: outcome.message, byUser: outcome.stopped === 'user' });
      data = { purpose: kind, ok: false, stopped: outcome.stopped ?? false, restarted: outcome.stopped ? outcome.restarted : false, error: outcome.message, ms: Math.round(outcome.ms) };
    } else if (kind === 'run') {
      live.reset();
      const report = parsePythonRunReport(outcome.output);
      setOutput({ kind: 'run', report });
      const frame = report.error?.frames.findLast((f) => f.file === PYTHON_MODULE_FILE);
      if (frame) setMarker(lineMarker(source, frame.line, report.error!.message));
      data = { purpose: 'run', ok: report.status === 'ok', status: report.status, error: report.error?.message ?? null, ms: Math.round(outcome.ms) };
    } else {
      live.reset();
      const report = parsePythonTestReport(outcome.output);
      setOutput({ kind: 'tests', report });
      data = { purpose: 'tests', ok: report.ok, counts: report.counts, failing: report.tests.filter((t) => t.status !== 'pass').map((t) => t.name), ms: Math.round(outcome.ms) };
    }
    // The run's source is the answer saved with it (the host logs answer changes before events), so it is not copied here.
    useSessionState.getState().record({ type: 'run', exerciseId: 'python', data: { startedBy: 'candidate', ...data } });
  }

  const jumpTo = (frame: PythonFrame) => {
    setOpenFile(PYTHON_MODULE_FILE);
    const m = lineMarker(source, frame.line, `${frame.function}: ${frame.code}`);
    setMarker(m);
    setJump({ line: m.line, column: m.column, nonce: Date.now() });
  };

  const stop = () => current.current?.stop();
  useStopShortcut(busy !== null, stop);
  const ready = runtime.status === 'ready';
  return (
    <div className="exercise python-exercise" data-testid="python-exercise" onKeyDown={(e) => {
      // Outside the editor (buttons, file tree); inside it the editor's own keybinding runs the tests.
      if (!e.defaultPrevented && (e.ctrlKey || e.metaKey) && e.shiftKey && e.key === 'Enter') {
        e.preventDefault();
        void execute('tests');
      }
    }}>
      <div className="exercise-head">
        <h1>{variant.title}</h1>
        <span className={`pill runtime-${busy ? 'running' : runtime.status}`} data-testid="python-status" data-status={runtime.status} data-busy={busy ?? 'no'} data-boot-source={runtime.bootSource ?? ''} role="status">
          {busy === 'run' ? 'Python running your module…' : busy === 'tests' ? 'Python running the tests…' : runtime.status === 'ready' ? 'Python ready' : runtime.status === 'failed' ? `Python failed: ${runtime.stage}` : `${runtime.stage || 'Starting Python'}…`}
        </span>
      </div>
      <div className="python-layout">
        <aside className="python-side">
          <nav className="file-tree" aria-label="Files">
            <h2>Files</h2>
            <ul>
              {files.map((f) => (
                <li key={f.path}>
                  <button type="button" className={f.path === shown.path ? 'file active' : 'file'} aria-current={f.path === shown.path ? 'true' : undefined} onClick={() => setOpenFile(f.path)} title={f.description}>
                    <span className="mono">{f.path}</span> {!f.editable && <span className="muted small-text">read-only</span>}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <section className="task-markdown" aria-label="Task">
            <Markdown remarkPlugins={[remarkGfm]}>{variant.taskText}</Markdown>
          </section>
        </aside>
        <div className="python-work">
          <div className="toolbar">
            {busy ? (
              <button type="button" className="danger" onClick={stop} data-testid="stop-python">
                Stop <kbd>Esc</kbd>
              </button>
            ) : (
              <>
                <button type="button" className="primary" disabled={!ready} onClick={() => void execute('run')} data-testid="run-python">
                  Run <kbd>Ctrl+Enter</kbd>
                </button>
                <button type="button" className="secondary" disabled={!ready} onClick={() => void execute('tests')} data-testid="run-tests">
                  Run tests <kbd>Ctrl+Shift+Enter</kbd>
                </button>
              </>
            )}
            <span className="muted mono">{shown.path}</span>
          </div>
          <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
            {shown.editable ? (
              <CodeEditor key="ingest" language="python" value={source} onChange={(value) => useSessionState.getState().setAnswer('python', { source: value } satisfies PythonAnswer)}
                onRun={() => void execute('run')} onRunTests={() => void execute('tests')} ariaLabel="Python editor: ingest.py" height="460px" testId="python-editor" marker={marker} jumpTo={jump} maxLength={PYTHON_SOURCE_LIMIT}
                onPaste={(p) => useSessionState.getState().record({ type: 'paste', exerciseId: 'python', data: p })} />
            ) : (
              <CodeEditor key={shown.path} language={shown.path.endsWith('.py') ? 'python' : ('plaintext' as 'python')} value={shown.content} readOnly ariaLabel={`${shown.path} (read-only)`} height="460px" testId="readonly-file" />
            )}
          </Suspense>
          <section className="output-panel" aria-label="Output" data-testid="python-output">
            {busy && <RunningLine kind={busy} startedAt={startedAt} limitMs={PYTHON_TIME_LIMIT_MS} />}
            <LiveOutput chunks={live.chunks} label={busy ? 'Output so far' : 'Output before the stop'} />
            {busy ? null : !output ? (
              <p className="muted">Run your module to see its output here, or run the public tests.</p>
            ) : output.kind === 'stopped' ? (
              <p className={output.byUser ? 'stop-note' : 'query-error'} role="alert" data-testid="python-stopped">
                {output.message}
              </p>
            ) : output.kind === 'tests' ? (
              <TestResultsPanel report={output.report} onFrame={jumpTo} />
            ) : (
              <RunConsole report={output.report} onFrame={jumpTo} />
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

/** A marker under the code of `line` (from its first non-blank character), not a dot at column 1. */
function lineMarker(source: string, line: number, message: string): EditorMarker {
  const text = source.split('\n')[line - 1] ?? '';
  const column = text.length - text.trimStart().length + 1;
  return { line, column, endColumn: Math.max(column + 1, text.trimEnd().length + 1), message };
}
