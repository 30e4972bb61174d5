// Host only (worker_threads Worker, plain ESM so it runs under node, tsx and vitest alike): a Pyodide interpreter for grading candidate Python.
import { parentPort, workerData } from 'node:worker_threads';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';

// Pyodide's own guess of its file location fails in a worker thread, so point it at the installed package.
const indexURL = workerData.indexURL ?? dirname(fileURLToPath(import.meta.resolve('pyodide'))) + '/';

const interrupt = new Int32Array(workerData.interruptBuffer);
// Output the harness does not capture (e.g. writes to sys.__stdout__) is dropped: grading must stay quiet.
const quiet = { indexURL, stdout: () => {}, stderr: () => {} };

let pyodide = null;
let snapshot = null;

async function coldBoot() {
  return loadPyodide({ ...quiet });
}

/** A fresh interpreter: from the memory snapshot when there is one (fast), else a cold boot. */
async function fresh(msg) {
  pyodide = null;
  if (msg.snapshot) snapshot = msg.snapshot;
  let mode = 'cold';
  let snapshotError;
  let made;
  if (msg.useSnapshot) {
    try {
      if (msg.corruptSnapshot) {
        // Test hook: stands in for a snapshot that no longer matches the installed pyodide.
        snapshot = new Uint8Array(4096);
      } else if (!snapshot) {
        // Private API, pinned to the installed pyodide version; any failure falls back to a cold boot.
        const maker = await loadPyodide({ ...quiet, _makeSnapshot: true });
        snapshot = maker.makeMemorySnapshot();
        made = snapshot;
      }
      pyodide = await loadPyodide({ ...quiet, _loadSnapshot: snapshot });
      pyodide.runPython('1 + 1');
      mode = 'snapshot';
    } catch (error) {
      snapshotError = String(error?.message ?? error).slice(0, 500);
      snapshot = null;
      made = undefined;
      pyodide = null;
    }
  }
  if (!pyodide) pyodide = await coldBoot();
  pyodide.setInterruptBuffer(interrupt);
  return { mode, snapshotError, madeSnapshot: made ? new Uint8Array(made) : undefined };
}

function writeFiles(files) {
  for (const f of files) {
    const dir = f.path.slice(0, f.path.lastIndexOf('/'));
    if (dir) pyodide.FS.mkdirTree(dir);
    pyodide.FS.writeFile(f.path, f.content, { encoding: 'utf8' });
  }
}

parentPort.on('message', async (msg) => {
  try {
    if (msg.type === 'fresh') {
      const info = await fresh(msg);
      parentPort.postMessage({ type: 'fresh-done', id: msg.id, ...info });
    } else if (msg.type === 'run') {
      if (!pyodide) throw new Error('no interpreter: send "fresh" first');
      Atomics.store(interrupt, 0, 0);
      writeFiles(msg.files ?? []);
      // runPython (not runPythonAsync) so an interrupt surfaces exactly once, as KeyboardInterrupt.
      const value = pyodide.runPython(msg.code);
      const out = typeof value === 'string' ? value : value?.toString?.() ?? String(value);
      if (value && typeof value.destroy === 'function') value.destroy();
      parentPort.postMessage({ type: 'result', id: msg.id, ok: true, value: out });
    }
  } catch (error) {
    const text = String(error?.message ?? error);
    parentPort.postMessage({
      type: 'result',
      id: msg.id,
      ok: false,
      error: text.slice(-4000),
      interrupted: /KeyboardInterrupt/.test(text),
    });
  } finally {
    Atomics.store(interrupt, 0, 0);
  }
});
