// Renderer (Web Worker): a warm Pyodide interpreter for the candidate's runs. Files are rewritten before every run
// and the harness purges imported modules, so one run cannot leak into the next.
import type { PyodideAPI } from 'pyodide';
import type { PythonWorkerRequest, PythonWorkerResponse } from './python-protocol';

let pyodide: PyodideAPI | null = null;
const post = (m: PythonWorkerResponse) => (self as unknown as Worker).postMessage(m);

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

self.onmessage = async (event: MessageEvent<PythonWorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  try {
    if (request.type === 'init') {
      post({ type: 'progress', id: request.id, stage: 'Loading the Python runtime' });
      const { loadPyodide } = (await import(/* @vite-ignore */ `${request.indexURL}pyodide.mjs`)) as typeof import('pyodide');
      pyodide = await loadPyodide({ indexURL: request.indexURL, stdout: () => undefined, stderr: () => undefined });
      if (request.interruptBuffer) pyodide.setInterruptBuffer(new Int32Array(request.interruptBuffer));
      post({ type: 'progress', id: request.id, stage: 'Preparing the standard library' });
      pyodide.runPython('import csv, json, unittest, logging, sqlite3, datetime, decimal, re');
      post({ type: 'ready', id: request.id, ms: performance.now() - started });
      return;
    }
    if (!pyodide) throw new Error('Python is not ready yet.');
    writeWorkspace(pyodide, request.root, request.files);
    const output = pyodide.runPython(request.code) as string;
    post({ type: 'result', id: request.id, output, ms: performance.now() - started });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', id: request.id, message, interrupted: /KeyboardInterrupt/.test(message) });
  }
};
