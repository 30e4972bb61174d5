// Renderer (Web Worker): a warm Pyodide interpreter for the candidate's runs, restored from the build's memory
// snapshot when it can be (bare loadPyodide otherwise). Files are rewritten before every run and the harness purges
// imported modules, so one run cannot leak into the next. Output is streamed to the page as it is printed.
import type { PyodideAPI } from 'pyodide';
import type { PythonBootSource, PythonWorkerRequest, PythonWorkerResponse } from './python-protocol';
import { STREAM_OUTPUT_PY } from './stream-output';
import { PYTHON_WARM_IMPORTS } from './warm-imports';

let pyodide: PyodideAPI | null = null;
let currentRun = 0;
const post = (m: PythonWorkerResponse) => (self as unknown as Worker).postMessage(m);
const quiet = { stdout: () => undefined, stderr: () => undefined };

type LoadPyodide = (options: Record<string, unknown>) => Promise<PyodideAPI>;

function writeWorkspace(py: PyodideAPI, root: string, files: { path: string; content: string }[]): void {
  const fs = py.FS;
  // Start from an empty workspace: files the candidate's code wrote last time must not survive.
  py.runPython(`import shutil, os\nshutil.rmtree(${JSON.stringify(root)}, ignore_errors=True)\nos.makedirs(${JSON.stringify(root)}, exist_ok=True)`);
  for (const file of files) {
    const full = `${root}/${file.path}`;
    fs.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    fs.writeFile(full, file.content);
  }
}

async function snapshotBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the build has no Python snapshot (HTTP ${response.status} for ${url})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Restores the snapshot (private Pyodide API, pinned version); any failure is reported and falls back to a bare boot. */
async function boot(request: Extract<PythonWorkerRequest, { type: 'init' }>): Promise<{ py: PyodideAPI; source: PythonBootSource; note?: string }> {
  // Both downloads start at once: the snapshot does not wait for the loader module.
  const bytes = request.snapshotURL ? snapshotBytes(request.snapshotURL) : null;
  bytes?.catch(() => undefined);
  const { loadPyodide } = (await import(/* @vite-ignore */ `${request.indexURL}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
  let note: string | undefined;
  if (bytes) {
    try {
      post({ type: 'progress', id: request.id, stage: 'Restoring Python' });
      const py = await loadPyodide({ indexURL: request.indexURL, ...quiet, _loadSnapshot: await bytes });
      // The snapshot was made with these imported, so this is instant; it also proves the interpreter works.
      py.runPython(PYTHON_WARM_IMPORTS);
      return { py, source: 'snapshot' };
    } catch (error) {
      note = `Python snapshot not used (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); starting Python without it.`;
    }
  } else note = 'Python snapshot not used (none was offered); starting Python without it.';
  post({ type: 'progress', id: request.id, stage: 'Loading the Python runtime' });
  const py = await loadPyodide({ indexURL: request.indexURL, ...quiet });
  post({ type: 'progress', id: request.id, stage: 'Preparing the standard library' });
  py.runPython(PYTHON_WARM_IMPORTS);
  return { py, source: 'bare', note };
}

self.onmessage = async (event: MessageEvent<PythonWorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  try {
    if (request.type === 'init') {
      const { py, source, note } = await boot(request);
      if (request.interruptBuffer) py.setInterruptBuffer(new Int32Array(request.interruptBuffer));
      py.globals.set('_dpe_stream_sink', (stream: 'stdout' | 'stderr', text: string) => post({ type: 'output', id: currentRun, stream, text }));
      py.runPython(STREAM_OUTPUT_PY);
      pyodide = py;
      post({ type: 'ready', id: request.id, ms: performance.now() - started, source, ...(note ? { snapshotNote: note } : {}) });
      return;
    }
    if (!pyodide) throw new Error('Python is not ready yet.');
    currentRun = request.id;
    writeWorkspace(pyodide, request.root, request.files);
    const output = pyodide.runPython(request.code) as string;
    post({ type: 'result', id: request.id, output, ms: performance.now() - started });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', id: request.id, message, interrupted: /KeyboardInterrupt/.test(message) });
  }
};
