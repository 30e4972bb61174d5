// Deno sandbox worker (untrusted: candidate code runs here): one Pyodide interpreter that plays scenarios with the
// grading driver (driver.py) and records the file-system writes the candidate's code makes (an untrusted trace).
import type { SandboxFile, ScenarioSpec, SupervisorMessage, WorkerMessage } from '../python-protocol';

interface PyodideFs {
  mkdirTree(path: string): void;
  writeFile(path: string, data: string, opts: { encoding: 'utf8' }): void;
  readdir(path: string): string[];
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
  unlink(path: string): void;
  rmdir(path: string): void;
  cwd(): string;
  [name: string]: unknown;
}
type DriverFn = (...args: unknown[]) => unknown;
interface Pyodide {
  globals: { get(name: string): DriverFn };
  runPython(code: string): unknown;
  setInterruptBuffer(buffer: Int32Array): void;
  makeMemorySnapshot(): Uint8Array;
  FS: PyodideFs;
}
interface WasmApi {
  Module: abstract new (...args: never[]) => object;
  instantiate: (source: object, imports: object) => Promise<object>;
  instantiateStreaming: (source: unknown, imports: object) => Promise<{ instance: object; module: object }>;
}
type LoadPyodide = (opts: Record<string, unknown>) => Promise<Pyodide>;
interface WorkerScope {
  onmessage: ((e: { data: SupervisorMessage }) => void) | null;
  postMessage(msg: WorkerMessage, transfer?: unknown[]): void;
  Deno: { readTextFile(url: URL): Promise<string> };
}
const scope = globalThis as unknown as WorkerScope;
// Taken before any candidate code runs: replacing globalThis.postMessage later cannot intercept or rewrite results.
const postToSupervisor = scope.postMessage.bind(scope);

/** Modules pre-imported into the snapshot so the first scenario does not pay for them. */
const WARM_IMPORTS =
  'import ast, collections, contextlib, copy, csv, dataclasses, datetime, decimal, enum, functools, glob, importlib, io, itertools, json, logging, os, pathlib, re, shutil, traceback, typing, unittest';
const MAX_TRACE = 200;

let py: Pyodide | null = null;
/** The driver's entry points, taken before candidate code runs: rebinding the names in Python does not reach these. */
let driver: { begin: DriverFn; ingest: DriverFn; collect: DriverFn; end: DriverFn } | null = null;
/** Whether candidate code is running: only then are file-system changes recorded. Not reachable from Python. */
let tracing = false;
let trace: { op: string; path: string }[] = [];
let traceDropped = 0;

function post(msg: WorkerMessage, transfer?: unknown[]): void {
  postToSupervisor(msg, transfer);
}

function describe(e: unknown): string {
  return String((e as Error)?.message ?? e);
}

/**
 * Makes Pyodide instantiate the module the supervisor compiled instead of compiling its own copy. Only during boot,
 * before any candidate code exists here; the original functions are put back afterwards.
 */
async function withCompiledWasm<T>(compiled: object | undefined, boot: () => Promise<T>): Promise<T> {
  const wa = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  if (!(compiled instanceof wa.Module)) return boot();
  const { instantiate, instantiateStreaming } = wa;
  const ours = async (imports: object) => ({ instance: await instantiate.call(wa, compiled, imports), module: compiled });
  // Pyodide hands over pyodide.asm.wasm's bytes (Deno counts as Node) or a pending fetch of it (browser path). Its
  // other, tiny helper module is left alone.
  wa.instantiate = (source: unknown, imports: object) => {
    const bytes = source instanceof ArrayBuffer || ArrayBuffer.isView(source) ? (source as ArrayBufferLike | ArrayBufferView).byteLength : 0;
    return bytes > 1_000_000 ? ours(imports) : instantiate.call(wa, source as object, imports);
  };
  wa.instantiateStreaming = (_source: unknown, imports: object) => ours(imports);
  try {
    return await boot();
  } finally {
    wa.instantiate = instantiate;
    wa.instantiateStreaming = instantiateStreaming;
  }
}

async function boot(msg: SupervisorMessage & { type: 'init' }): Promise<void> {
  const { loadPyodide } = (await import(`${msg.indexURL}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
  // Output the driver does not capture is dropped: nothing from the interpreter reaches the host's channel.
  const quiet = { indexURL: msg.indexURL, stdout: () => {}, stderr: () => {} };
  if (msg.makeSnapshot) {
    const maker = await withCompiledWasm(msg.wasm, () => loadPyodide({ ...quiet, _makeSnapshot: true }));
    maker.runPython(WARM_IMPORTS);
    // The grading driver and the host's prelude are ours and fixed: part of the image, no interpreter runs them again.
    maker.runPython(await scope.Deno.readTextFile(new URL(msg.driverUrl)));
    if (msg.prelude) maker.runPython(msg.prelude);
    const snapshot = maker.makeMemorySnapshot();
    post({ type: 'ready', mode: 'cold', snapshot }, [snapshot.buffer]);
    return;
  }
  let mode: 'snapshot' | 'cold' = 'cold';
  let snapshotError: string | undefined;
  if (msg.snapshot) {
    try {
      // Private API, pinned to the installed pyodide version; any failure falls back to a cold boot.
      py = await withCompiledWasm(msg.wasm, () => loadPyodide({ ...quiet, _loadSnapshot: msg.snapshot }));
      py.runPython('1 + 1');
      mode = 'snapshot';
    } catch (e) {
      snapshotError = describe(e).slice(0, 500);
      py = null;
    }
  }
  if (!py) {
    py = await withCompiledWasm(msg.wasm, () => loadPyodide(quiet));
    py.runPython(WARM_IMPORTS);
    py.runPython(await scope.Deno.readTextFile(new URL(msg.driverUrl)));
    if (msg.prelude) py.runPython(msg.prelude);
  }
  py.setInterruptBuffer(new Int32Array(msg.interrupt));
  const g = py.globals;
  driver = { begin: g.get('_dpe_begin'), ingest: g.get('_dpe_ingest'), collect: g.get('_dpe_collect'), end: g.get('_dpe_end') };
  instrumentFs(py.FS);
  post({ type: 'ready', mode, ...(snapshotError ? { snapshotError } : {}) });
}

const WRITE_FLAGS = 1 | 2 | 64 | 512 | 1024; // O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND

function opensForWriting(flags: unknown): boolean {
  if (typeof flags === 'number') return (flags & WRITE_FLAGS) !== 0;
  return typeof flags === 'string' && /[wax+]/.test(flags);
}

/**
 * Wraps the Emscripten FS calls every Python file operation ends in, so writes and deletes by candidate code show
 * up whatever Python API made them, and pins the wrappers so Python cannot swap them back.
 */
function instrumentFs(fs: PyodideFs): void {
  const record = (op: string, path: unknown) => {
    // Emscripten also calls these with internal node objects; only path strings come from file operations.
    if (!tracing || typeof path !== 'string') return;
    const text = path;
    if (/^\/(dev|proc)(\/|$)/.test(text)) return;
    if (trace.length >= MAX_TRACE) traceDropped++;
    else trace.push({ op, path: text.startsWith('/') ? text : `${fs.cwd()}/${text}`.slice(0, 500) });
  };
  const wrap = (name: string, op: string, when: (args: unknown[]) => boolean = () => true) => {
    const original = fs[name];
    if (typeof original !== 'function') return;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      if (when(args)) record(op, args[0]);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    Object.defineProperty(fs, name, { value: wrapped, writable: false, configurable: false });
  };
  wrap('open', 'write', (args) => opensForWriting(args[1]));
  wrap('unlink', 'delete');
  wrap('rmdir', 'delete');
  wrap('rename', 'rename');
  wrap('mkdir', 'mkdir');
  wrap('truncate', 'write');
  wrap('symlink', 'symlink');
}

function writeFiles(files: SandboxFile[]): void {
  const fs = py!.FS;
  for (const f of files) {
    const dir = f.path.slice(0, f.path.lastIndexOf('/'));
    if (dir) fs.mkdirTree(dir);
    fs.writeFile(f.path, f.content, { encoding: 'utf8' });
  }
}

function removeTree(path: string): void {
  const fs = py!.FS;
  let mode: number;
  try {
    mode = fs.stat(path).mode;
  } catch {
    return;
  }
  if (!fs.isDir(mode)) {
    fs.unlink(path);
    return;
  }
  for (const name of fs.readdir(path)) if (name !== '.' && name !== '..') removeTree(`${path}/${name}`);
  fs.rmdir(path);
}

function callDriver(call: () => unknown, traced: boolean): string {
  tracing = traced;
  try {
    return String(call());
  } finally {
    tracing = false;
  }
}

/** Plays one scenario; the host's files are written here, outside any traced (candidate) call. */
function runScenario(spec: ScenarioSpec): string {
  trace = [];
  traceDropped = 0;
  if (!spec.keepDir) {
    removeTree(spec.dir);
    py!.FS.mkdirTree(spec.dir);
  }
  const steps: string[] = [];
  let state = 'null';
  try {
    const d = driver!;
    callDriver(() => d.begin(JSON.stringify(spec)), false);
    for (const step of spec.steps) {
      if (step.op === 'write') {
        writeFiles(step.files.map((f) => ({ path: `${spec.dir}/${f.name}`, content: f.content })));
        continue;
      }
      const result = callDriver(() => d.ingest(Boolean(step.missingDir)), true);
      steps.push(result);
      if (!result.startsWith('{"returned"')) break;
    }
    state = callDriver(() => d.collect(), true);
  } finally {
    callDriver(() => driver!.end(), false);
    if (!spec.keepDir) removeTree(spec.dir);
  }
  return `{"steps":[${steps.join(',')}],"state":${state},"fsTrace":${JSON.stringify({ events: trace, dropped: traceDropped })}}`;
}

/**
 * After an error: whether the interpreter still runs code (a JavaScript error inside its C code breaks it for good).
 * An interrupt is not a breakage: the supervisor may still be re-sending SIGINT while this probe runs.
 */
function interpreterBroken(error: string): boolean {
  if (/KeyboardInterrupt/.test(error)) return false;
  try {
    py!.runPython('0');
    return false;
  } catch (e) {
    return !/KeyboardInterrupt/.test(describe(e));
  }
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'init') {
    boot(msg).catch((err: unknown) => post({ type: 'boot-failed', error: describe(err).slice(0, 2000) }));
  } else if (msg.type === 'files') {
    writeFiles(msg.files);
  } else if (msg.type === 'run') {
    const { index, nonce } = msg;
    try {
      const run = msg.run;
      const value = run.kind === 'code' ? callDriver(() => py!.runPython(run.code), true) : runScenario(run.scenario);
      post({ type: 'run-end', index, nonce, ok: true, value });
    } catch (err) {
      const error = describe(err);
      post({ type: 'run-end', index, nonce, ok: false, error: error.slice(-4000), ...(interpreterBroken(error) ? { fatal: true } : {}) });
    }
  }
};
