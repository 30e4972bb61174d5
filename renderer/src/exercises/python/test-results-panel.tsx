// Renderer: public test results: each test pass/fail with its message, and traceback lines that jump to the editor.
import type { PythonFrame, PythonTestReport } from '../../../../exercises/python/test-report';

export function TestResultsPanel({ report, onFrame }: { report: PythonTestReport; onFrame(frame: PythonFrame): void }) {
  const { counts } = report;
  return (
    <div className="test-results" data-testid="test-results">
      <p className={report.ok ? 'check-passes' : 'check-fires'} role="status" data-testid="test-summary">
        {counts.passed} of {counts.total} tests passed
        {counts.failed > 0 && `, ${counts.failed} failed`}
        {counts.errors > 0 && `, ${counts.errors} with errors`}
        {report.collectionErrors.length > 0 && ' · the tests could not import your module'}
      </p>
      {report.collectionErrors.map((e, i) => (
        <div key={`c${i}`} className="test-case test-error">
          <strong>{e.label}</strong>: {e.message}
          <FrameLinks frames={e.frames} onFrame={onFrame} />
          <pre className="traceback">{e.traceback}</pre>
        </div>
      ))}
      <ul className="test-list">
        {report.tests.map((t) => (
          <li key={t.id} className={`test-case test-${t.status}`} data-testid="test-case" data-status={t.status}>
            <div className="test-head">
              <span className="test-status">{t.status === 'pass' ? '✓ pass' : t.status === 'skip' ? '– skip' : t.status === 'fail' ? '✗ fail' : '! error'}</span>
              <span className="mono">{t.name}</span>
              {t.description && <span className="muted"> — {t.description}</span>}
            </div>
            {t.status !== 'pass' && t.message && <p className="test-message">{t.message}</p>}
            <FrameLinks frames={t.frames} onFrame={onFrame} />
            {t.status !== 'pass' && t.traceback && (
              <details>
                <summary>Traceback</summary>
                <pre className="traceback">{t.traceback}</pre>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FrameLinks({ frames, onFrame }: { frames: PythonFrame[]; onFrame(frame: PythonFrame): void }) {
  const own = frames.filter((f) => f.file === 'ingest.py');
  if (own.length === 0) return null;
  return (
    <p className="frame-links">
      {own.map((f, i) => (
        <button key={i} type="button" className="link-button mono" onClick={() => onFrame(f)}>
          ingest.py line {f.line} in {f.function}
        </button>
      ))}
    </p>
  );
}
