// Host and Deno sandbox: the messages between the host and the Python sandbox process (newline-delimited JSON), with
// zod schemas for everything the sandbox sends back. The Deno side imports only the types (erased), never zod.
import { z } from 'zod';

/** A file the host writes into the interpreter's virtual file system before a job (absolute path there). */
export interface SandboxFile {
  path: string;
  content: string;
}

/** One step of a scenario: the host's files appear in the scenario folder, or the candidate's `run_ingest` is called. */
export type ScenarioStep =
  | { op: 'write'; files: { name: string; content: string }[] }
  /** `missingDir`: call run_ingest on a folder that does not exist (inside the scenario folder). */
  | { op: 'ingest'; missingDir?: boolean };

/**
 * A scenario the sandbox plays against the candidate's module. It carries inputs only: what the code produced comes
 * back as untrusted data and the host compares it with expectations the sandbox never sees.
 */
export interface ScenarioSpec {
  /** Workspace root (ingest.py and warehouse.py live there). */
  root: string;
  /** Folder run_ingest reads; for hidden scenarios a fresh folder the worker creates and removes. */
  dir: string;
  /** True when `dir` is the host's own workspace data folder (the public sample): it is not created or removed. */
  keepDir?: boolean;
  table: string;
  steps: ScenarioStep[];
  /** Keys whose rows the host wants (warehouse.get after the last step). */
  keys: (string | number)[];
  /** 'counts': no quarantine entries (the scale scenario only needs counts). */
  capture: 'full' | 'counts';
}

/**
 * `onlyIfPreviousCpuMsAtLeast`: run only when the run before it used at least this much CPU; otherwise it is reported
 * `skipped` without running (the scale test's smaller run is needed only when the full run was slow enough to judge).
 */
export type SandboxRun = ({ kind: 'code'; code: string; limitMs: number } | { kind: 'scenario'; scenario: ScenarioSpec; limitMs: number }) & {
  onlyIfPreviousCpuMsAtLeast?: number;
};

/**
 * Host -> sandbox, first line (optional): trusted Python every interpreter holds before any job, e.g. the static
 * analyser, so that a job does not parse and compile it again. Part of the snapshot; ignored once the snapshot exists.
 */
export interface PythonSetupRequest {
  type: 'setup';
  prelude: string;
}

/** Host -> sandbox. */
export interface PythonJobRequest {
  id: number;
  type: 'job';
  files: SandboxFile[];
  runs: SandboxRun[];
  /** After this many runs overran their limit, the rest are skipped (a runaway submission would stall grading). */
  maxTimeouts: number;
  /** How long SIGINT is re-sent after a limit before the interpreter is thrown away (loops inside C ignore it). */
  interruptGraceMs: number;
  /** Test hook: stand-in for a snapshot that no longer matches the installed pyodide. */
  corruptSnapshot?: boolean;
}

export const RUN_FAILURE_REASONS = ['error', 'timeout', 'crashed', 'skipped'] as const;

export const RunOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.string() }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(RUN_FAILURE_REASONS),
    error: z.string().max(20_000),
    /** True when the interpreter had to be thrown away (a loop that ignored the interrupt). */
    terminated: z.boolean(),
  }),
]);
export type SandboxRunOutcome = z.infer<typeof RunOutcomeSchema>;

export const BootSchema = z.object({ mode: z.enum(['snapshot', 'cold']), snapshotError: z.string().max(2_000).optional() });
export type SandboxBoot = z.infer<typeof BootSchema>;

/** Sandbox -> host. Every line carries the token the supervisor printed first; lines without it are not ours. */
export const PythonReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), token: z.string().min(16).max(128) }),
  z.object({ type: z.literal('run-start'), token: z.string(), id: z.number().int(), index: z.number().int().nonnegative() }),
  /** `cpuMs`: CPU time the whole sandbox process spent on the run (all threads), measured by the supervisor. */
  z.object({ type: z.literal('run-end'), token: z.string(), id: z.number().int(), index: z.number().int().nonnegative(), outcome: RunOutcomeSchema, cpuMs: z.number().nonnegative().max(1e9).optional() }),
  /** `retire`: work this (first) job started still runs in the process: keep the results, replace the process. */
  z.object({ type: z.literal('job-done'), token: z.string(), id: z.number().int(), boot: BootSchema, retire: z.boolean().optional() }),
  /** Work still runs in the process that an earlier job may have started: discard this job's results, kill the
   *  process and run the job again in a new one. */
  z.object({ type: z.literal('retire'), token: z.string(), id: z.number().int() }),
  z.object({ type: z.literal('fatal'), token: z.string(), id: z.number().int().optional(), error: z.string().max(20_000) }),
]);
export type PythonReply = z.infer<typeof PythonReplySchema>;

/** Worker -> supervisor inside the Deno process (the worker runs candidate code: the supervisor checks these too). */
export type WorkerMessage =
  | { type: 'ready'; mode: 'snapshot' | 'cold'; snapshotError?: string; snapshot?: Uint8Array }
  | { type: 'run-end'; index: number; nonce: string; ok: boolean; value?: string; error?: string; fatal?: boolean }
  | { type: 'boot-failed'; error: string };

/** Supervisor -> worker. */
export type SupervisorMessage =
  /**
   * `wasm`: Pyodide's wasm compiled once by the supervisor (a WebAssembly.Module; typed loosely for the host's libs). A compiled module is immutable code (each worker gets its
   * own instance and memory), so sharing it saves every fresh interpreter the compile and V8's re-optimisation.
   */
  | { type: 'init'; indexURL: string; driverUrl: string; interrupt: SharedArrayBuffer; snapshot?: Uint8Array; makeSnapshot?: boolean; wasm?: object; prelude?: string }
  | { type: 'files'; files: SandboxFile[] }
  /** `nonce`: echoed in run-end; candidate code cannot read it, so it cannot post a result in the worker's name. */
  | { type: 'run'; index: number; nonce: string; run: SandboxRun };
