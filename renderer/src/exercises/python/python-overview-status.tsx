// Renderer: the Python card's line on the overview: how far the background boot of Pyodide has got.
import { usePythonRuntime } from '../../workers/python/python-runtime';

export function PythonOverviewStatus() {
  const python = usePythonRuntime();
  if (python.status === 'idle') return null;
  return (
    <p className="small-text muted" role="status" data-testid="overview-python-runtime">
      {python.status === 'ready' ? 'Python runtime ready.' : python.status === 'failed' ? `Python could not start: ${python.stage}` : `Preparing Python in the background: ${python.stage || 'starting'}…`}
    </p>
  );
}
