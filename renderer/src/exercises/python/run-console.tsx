// Renderer: the output of a module run: status, what it printed, and the full traceback with frames that move the
// editor's cursor to the line.
import type { PythonFrame, PythonRunReport } from '../../../../exercises/python/test-report';
import { FrameLinks } from './test-results-panel';

export function RunConsole({ report, onFrame }: { report: PythonRunReport; onFrame(frame: PythonFrame): void }) {
  const { status, error } = report;
  return (
    <div className="console" data-testid="python-console">
      <p className={status === 'ok' ? 'check-passes' : 'check-fires'} role="status">
        {status === 'ok' ? 'Finished without errors' : status === 'exit' ? `Exited with code ${report.exitCode}` : `Error: ${error?.message ?? ''}`}
        {report.truncated && ' · output truncated'}
      </p>
      {report.stdout && <pre className="console-text">{report.stdout}</pre>}
      {report.stderr && <pre className="console-text stderr">{report.stderr}</pre>}
      {error && (
        <>
          <FrameLinks frames={error.frames} onFrame={onFrame} />
          <pre className="traceback" data-testid="python-traceback">
            {error.traceback}
          </pre>
        </>
      )}
    </div>
  );
}
