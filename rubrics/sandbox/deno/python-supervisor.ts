// Deno sandbox process (main thread, trusted): speaks NDJSON with the host, runs each job in a fresh Pyodide worker,
// enforces per-run time limits (interrupt, then throw the worker away) and signs every line with a private token.
// Node's process object in Deno reads this process's own resource usage (getrusage): no permission needed.
import process from 'node:process';
import type { PythonJobRequest, PythonSetupRequest, SandboxBoot, SandboxFile, SandboxRun, SandboxRunOutcome, SupervisorMessage, WorkerMessage } from '../python-protocol';

interface DenoApi {
  args: string[];
  readFile(path: string | URL): Promise<Uint8Array>;
  stdin: { readable: ReadableStream<Uint8Array> };
  stdout: { writeSync(p: Uint8Array): number };
  exit(code: number): never;
}
interface DenoWorker {
  postMessage(msg: unknown, transfer?: unknown[]): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string; preventDefault(): void }) => void) | null;
}
const Deno = (globalThis as unknown as { Deno: DenoApi }).Deno;
const Wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<object> } }).WebAssembly;
const WorkerCtor = (globalThis as unknown as { Worker: new (url: URL, opts: { type: 'module' }) => DenoWorker }).Worker;

/** The largest value a worker may hand back for one run; anything bigger is not a report we produce. */
const MAX_VALUE_CHARS = 8_000_000;

// Lines the candidate's code prints from the worker (console.log, Deno.stdout) lack this token, so the host drops them.
const token = Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, '0')).join('');
const encoder = new TextEncoder();
const [pyodideDir = '', ...flags] = Deno.args;
const useSnapshot = !flags.includes('--no-snapshot');
const workerUrl = new URL('./python-worker.ts', import.meta.url);
const driverUrl = new URL('./driver.py', import.meta.url).href;

function send(message: Record<string, unknown>): void {
  const bytes = encoder.encode(JSON.stringify({ ...message, token }) + '\n');
  let offset = 0;
  while (offset < bytes.length) offset += Deno.stdout.writeSync(bytes.subarray(offset));
}

interface Interpreter {
  worker: DenoWorker;
  interrupt: Int32Array;
  ready: Promise<SandboxBoot>;
  /** The handler for the run in flight; messages at any other time are ignored. */
  onRunEnd: ((msg: WorkerMessage & { type: 'run-end' }) => void) | null;
  onCrash: ((error: string) => void) | null;
}

/** Python the host asked every interpreter to hold before any job (the static analyser): in the snapshot, or run on a cold boot. */
let prelude = '';
let snapshot: Uint8Array | undefined;
let snapshotError: string | undefined;
/**
 * Pyodide's wasm, compiled once here and handed to every worker. A compiled module is immutable code: each worker
 * still gets its own instance, memory and JavaScript realm, so nothing one submission does reaches the next through
 * it. Without it every fresh interpreter recompiles 9.6 MB of wasm and V8 re-optimises its hot functions.
 */
let wasm: object | undefined;

let compiling: Promise<void> | null = null;

/** Once per process, however many callers wait for it. */
function compileWasmOnce(): Promise<void> {
  compiling ??= (async () => {
    try {
      wasm = await Wasm.compile(await Deno.readFile(`${pyodideDir}pyodide.asm.wasm`));
    } catch {
      // The workers compile it themselves (slower, same result).
    }
  })();
  return compiling;
}

function spawnInterpreter(options: { snapshot?: Uint8Array; makeSnapshot?: boolean } = {}): Interpreter {
  const worker = new WorkerCtor(workerUrl, { type: 'module' });
  const interrupt = new Int32Array(new SharedArrayBuffer(4));
  let settleReady: (boot: SandboxBoot) => void = () => {};
  let failReady: (e: Error) => void = () => {};
  const ready = new Promise<SandboxBoot>((resolve, reject) => {
    settleReady = resolve;
    failReady = reject;
  });
  const interp: Interpreter = { worker, interrupt, ready, onRunEnd: null, onCrash: null };
  worker.onmessage = (e) => {
    const msg = e.data as WorkerMessage;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'ready') {
      if (options.makeSnapshot && msg.snapshot instanceof Uint8Array) snapshot = msg.snapshot;
      settleReady({ mode: msg.mode === 'snapshot' ? 'snapshot' : 'cold', ...(typeof msg.snapshotError === 'string' ? { snapshotError: msg.snapshotError.slice(0, 500) } : {}) });
    } else if (msg.type === 'boot-failed') {
      failReady(new Error(String(msg.error).slice(0, 2000)));
    } else if (msg.type === 'run-end' && interp.onRunEnd) {
      interp.onRunEnd(msg);
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    const text = `the interpreter crashed: ${e.message ?? 'unknown error'}`;
    failReady(new Error(text));
    interp.onCrash?.(text);
  };
  const init: SupervisorMessage = {
    type: 'init',
    indexURL: pyodideDir,
    driverUrl,
    interrupt: interrupt.buffer as SharedArrayBuffer,
    // A private copy per worker (never shared memory: candidate code could write into it), moved rather than copied again.
    ...(options.snapshot ? { snapshot: options.snapshot.slice() } : {}),
    ...(options.makeSnapshot ? { makeSnapshot: true } : {}),
    ...(wasm ? { wasm } : {}),
    ...(prelude ? { prelude } : {}),
  };
  worker.postMessage(init, init.snapshot ? [init.snapshot.buffer] : []);
  return interp;
}

/** A fresh interpreter no candidate code has touched, made ahead of time so the next job starts at once. */
let warm: Interpreter | null = null;

let snapshotting: Promise<void> | null = null;

/** Once per process: the setup line and the first job both ask for it, and two makers would double the start-up. */
function makeSnapshotOnce(): Promise<void> {
  snapshotting ??= makeSnapshot();
  return snapshotting;
}

async function makeSnapshot(): Promise<void> {
  await compileWasmOnce();
  if (!useSnapshot || snapshot || snapshotError) return;
  const maker = spawnInterpreter({ makeSnapshot: true });
  try {
    await maker.ready;
    if (!snapshot) snapshotError = 'the snapshot maker returned no snapshot';
  } catch (e) {
    snapshotError = (e as Error).message;
  } finally {
    maker.worker.terminate();
  }
}

async function takeFresh(corrupt: boolean): Promise<{ interp: Interpreter; boot: SandboxBoot }> {
  if (!corrupt) await makeSnapshotOnce();
  let interp = warm;
  warm = null;
  if (corrupt) {
    interp?.worker.terminate();
    interp = spawnInterpreter({ snapshot: new Uint8Array(4096) });
  }
  interp ??= spawnInterpreter(snapshot ? { snapshot } : {});
  const boot = await interp.ready;
  return { interp, boot: snapshotError && boot.mode === 'cold' && !boot.snapshotError ? { ...boot, snapshotError } : boot };
}

function prewarm(): void {
  if (!warm) warm = spawnInterpreter(snapshot ? { snapshot } : {});
  // A failed prewarm is retried by the next job (takeFresh spawns again).
  warm.ready.catch(() => {
    warm = null;
  });
}

/**
 * CPU time of the whole process (every thread: the worker, nested workers the code may start, V8's helpers), in ms.
 * Between runs no other interpreter is working (the next one is made only after the job), so a run's difference is
 * its own cost, whatever else the machine is doing.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function post(interp: Interpreter, msg: SupervisorMessage): void {
  interp.worker.postMessage(msg);
}

function runOne(interp: Interpreter, index: number, run: SandboxRun, graceMs: number): Promise<SandboxRunOutcome> {
  return new Promise((resolve) => {
    let timedOut = false;
    let ticker: ReturnType<typeof setInterval> | undefined;
    const finish = (outcome: SandboxRunOutcome) => {
      clearTimeout(timer);
      clearInterval(ticker);
      interp.onRunEnd = null;
      interp.onCrash = null;
      Atomics.store(interp.interrupt, 0, 0);
      resolve(outcome);
    };
    const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    interp.onRunEnd = (msg) => {
      if (msg.index !== index || msg.nonce !== nonce) return;
      if (msg.fatal === true) {
        // The interpreter is broken (e.g. its stack overflowed): the rest of the job needs a new one.
        interp.worker.terminate();
        finish({ ok: false, reason: 'crashed', error: `the interpreter failed: ${String(msg.error ?? '').slice(0, 2000)}`, terminated: true });
        return;
      }
      const value = typeof msg.value === 'string' ? msg.value : '';
      if (msg.ok === true && value.length <= MAX_VALUE_CHARS) finish({ ok: true, value });
      else if (msg.ok === true) finish({ ok: false, reason: 'error', error: 'the run produced a report too large to accept', terminated: false });
      else if (timedOut) finish({ ok: false, reason: 'timeout', error: `stopped after ${run.limitMs} ms (interrupted)`, terminated: false });
      else finish({ ok: false, reason: 'error', error: String(msg.error ?? 'unknown error').slice(-4000), terminated: false });
    };
    interp.onCrash = (error) => finish({ ok: false, reason: 'crashed', error, terminated: true });
    const timer = setTimeout(() => {
      timedOut = true;
      const started = Date.now();
      // One SIGINT write is occasionally missed: repeat it until the run returns or the grace period ends.
      Atomics.store(interp.interrupt, 0, 2);
      ticker = setInterval(() => {
        if (Date.now() - started < graceMs) {
          Atomics.store(interp.interrupt, 0, 2);
          return;
        }
        interp.worker.terminate();
        finish({ ok: false, reason: 'timeout', error: `still running after ${run.limitMs} ms and did not stop when interrupted`, terminated: true });
      }, 100);
    }, run.limitMs);
    post(interp, { type: 'run', index, nonce, run });
  });
}

/** True while a job runs: no other interpreter may start then, or its CPU would count in the job's runs. */
let jobRunning = false;

async function handleJob(req: PythonJobRequest): Promise<void> {
  jobRunning = true;
  jobsRun++;
  let stray = false;
  try {
    await playJob(req);
    stray = await strayWorkRunning();
  } finally {
    // Whatever happened, no worker that ran this job's code survives it (terminating twice is harmless).
    current?.worker.terminate();
    current = null;
    jobRunning = false;
  }
  if (stray) {
    // The host kills this process with whatever still runs in it. If an earlier job's code may have left it, this
    // job's runs shared the process with it: the host runs the job again in a new process, where it is the first.
    send(jobsRun > 1 ? { type: 'retire', id: req.id } : { type: 'job-done', id: req.id, boot: lastJobBoot, retire: true });
    return;
  }
  // The worker that ran candidate code is gone; a fresh one is made ahead for the next job.
  prewarm();
  send({ type: 'job-done', id: req.id, boot: lastJobBoot });
}

let lastJobBoot: SandboxBoot = { mode: 'cold' };
/** The interpreter the job in flight is using. */
let current: Interpreter | null = null;

async function playJob(req: PythonJobRequest): Promise<void> {
  const first = await takeFresh(Boolean(req.corruptSnapshot));
  const boot = first.boot;
  let interp = first.interp;
  current = interp;
  const files: SandboxFile[] = req.files;
  post(interp, { type: 'files', files });
  let timeouts = 0;
  let previousCpu = 0;
  for (let index = 0; index < req.runs.length; index++) {
    const run = req.runs[index]!;
    if (timeouts >= req.maxTimeouts) {
      send({ type: 'run-end', id: req.id, index, outcome: { ok: false, reason: 'skipped', error: 'not run: earlier runs overran their time limit', terminated: false } });
      previousCpu = 0;
      continue;
    }
    if (run.onlyIfPreviousCpuMsAtLeast !== undefined && previousCpu < run.onlyIfPreviousCpuMsAtLeast) {
      send({ type: 'run-end', id: req.id, index, outcome: { ok: false, reason: 'skipped', error: `not needed: the run before it used ${Math.round(previousCpu)} ms of CPU`, terminated: false } });
      previousCpu = 0;
      continue;
    }
    send({ type: 'run-start', id: req.id, index });
    const cpuBefore = cpuMs();
    const outcome = await runOne(interp, index, run, req.interruptGraceMs);
    const cpu = Math.max(0, cpuMs() - cpuBefore);
    previousCpu = cpu;
    if (!outcome.ok && outcome.reason === 'timeout') timeouts++;
    send({ type: 'run-end', id: req.id, index, outcome, cpuMs: cpu });
    if (!outcome.ok && outcome.terminated && index < req.runs.length - 1) {
      // The rest of the job continues in a fresh interpreter (each run is self-contained).
      interp.worker.terminate();
      ({ interp } = await takeFresh(false));
      current = interp;
      post(interp, { type: 'files', files });
    }
  }
  // The worker that ran candidate code is gone before the host hears "done" and can send the next job.
  interp.worker.terminate();
  lastJobBoot = boot;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether something a job started is still using CPU after the job's worker was terminated: a worker started by
 * candidate code (through `js`: a Worker, node:worker_threads) outlives its parent in Deno 2.9 when it spins. Left
 * running it would steal CPU from, and add CPU time to, later candidates' runs. Nothing of ours works now: a window
 * busier than the terminated worker's clean-up (~10 ms of CPU) is looked at again, longer.
 */
async function strayWorkRunning(): Promise<boolean> {
  let before = cpuMs();
  await sleep(30);
  if (cpuMs() - before <= 18) return false;
  before = cpuMs();
  await sleep(100);
  return cpuMs() - before > 50;
}

/** Jobs this process has run, the current one included. */
let jobsRun = 0;

async function main(): Promise<void> {
  send({ type: 'hello' });
  const decoder = new TextDecoder();
  let buffered = '';
  let scanned = 0;
  let queue = Promise.resolve();
  let started = false;
  // The snapshot waits for the host's setup line (it carries the prelude the image must hold); the wasm need not.
  const start = () => {
    if (started) return;
    started = true;
    void makeSnapshotOnce().then(() => {
      if (!jobRunning) prewarm();
    });
  };
  void compileWasmOnce();
  for await (const chunk of Deno.stdin.readable) {
    buffered += decoder.decode(chunk, { stream: true });
    let newline: number;
    // Search only what has not been searched yet: a job line can be a megabyte arriving in 64 KiB chunks.
    while ((newline = buffered.indexOf('\n', scanned)) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      scanned = 0;
      if (!line.trim()) continue;
      const msg = JSON.parse(line) as PythonJobRequest | PythonSetupRequest;
      if (msg.type === 'setup') {
        if (!started) prelude = typeof msg.prelude === 'string' ? msg.prelude : '';
        start();
        continue;
      }
      start();
      const req = msg;
      queue = queue.then(() =>
        handleJob(req).catch((e: unknown) => {
          warm = null;
          send({ type: 'fatal', id: req.id, error: String((e as Error)?.message ?? e).slice(0, 4000) });
        }),
      );
    }
    scanned = buffered.length;
  }
  await queue;
  Deno.exit(0);
}

void main();
