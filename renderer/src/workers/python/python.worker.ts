// Renderer (Web Worker): a warm Pyodide interpreter for the candidate's runs, restored from the build's memory
// snapshot when it can be (bare loadPyodide otherwise). Files are rewritten before every run and the harness purges
// imported modules, so one run cannot leak into the next. Output is streamed to the page as it is printed.
import type { PyodideAPI } from 'pyodide';
import type { PythonBootSource, PythonWorkerRequest, PythonWorkerResponse } from './python-protocol';
import { SnapshotPageReader } from './snapshot-pages';
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

interface SnapshotStream {
  /** The full-size memory, as soon as the file's header is in (Pyodide sizes its wasm memory from it). */
  memory: Promise<Uint8Array>;
  /** Settles once every page is in: Pyodide waits for it (as an fsInit step) before it copies the memory in. */
  complete: Promise<void>;
}

function streamSnapshot(url: string): SnapshotStream {
  const reader = new SnapshotPageReader();
  let sized: (memory: Uint8Array) => void = () => undefined;
  const memory = new Promise<Uint8Array>((resolve) => (sized = resolve));
  const complete = (async () => {
    const response = await fetch(url);
    if (!response.ok || !response.body) throw new Error(`the build has no Python snapshot (HTTP ${response.status} for ${url})`);
    const body = response.body.getReader();
    for (;;) {
      const { value, done } = await body.read();
      if (done) break;
      reader.push(value);
      if (reader.memory) sized(reader.memory);
    }
    sized(reader.finish());
  })();
  return { memory: Promise.race([memory, complete.then(() => memory)]), complete };
}

/** Restores the snapshot (private Pyodide API, pinned version); any failure is reported and falls back to a bare boot. */
async function boot(request: Extract<PythonWorkerRequest, { type: 'init' }>): Promise<{ py: PyodideAPI; source: PythonBootSource; note?: string }> {
  // Every download starts at once: the snapshot does not wait for the loader module, and Pyodide gets its memory as
  // soon as the header is in, so it fetches, compiles and instantiates its wasm while the pages are still arriving.
  const snapshot = request.snapshotURL ? streamSnapshot(request.snapshotURL) : null;
  snapshot?.complete.catch(() => undefined);
  const { loadPyodide } = (await import(/* @vite-ignore */ `${request.indexURL}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
  let note: string | undefined;
  if (snapshot) {
    try {
      post({ type: 'progress', id: request.id, stage: 'Restoring Python' });
      const py = await loadPyodide({
        indexURL: request.indexURL,
        ...quiet,
        _loadSnapshot: snapshot.memory,
        // Holds Pyodide's start-up until every page is in. A broken download must not be restored half-filled: the
        // magic number is wiped, so Pyodide refuses the memory and the boot falls back below with the real reason.
        fsInit: () => snapshot.complete.catch(async () => (await snapshot.memory).fill(0, 0, 4)),
      });
      // The snapshot was made with these imported, so this is instant; it also proves the interpreter works.
      py.runPython(PYTHON_WARM_IMPORTS);
      return { py, source: 'snapshot' };
    } catch (error) {
      const cause = await snapshot.complete.then(() => error, (failed: unknown) => failed);
      note = `Python snapshot not used (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}); starting Python without it.`;
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
