// Host only: one Deno sandbox child process: spawns it with the locked-down command, reads its newline-delimited
// JSON replies (size-capped, validated with zod, only lines carrying the process's token) and kills it on demand.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { denoCommand } from './deno-command';

/** A reply line longer than this is not something our sandbox scripts write: the process is killed. */
export const MAX_LINE_CHARS = 16_000_000;

export interface SandboxProcessOptions<R> {
  deno: string;
  entry: string;
  readPaths: string[];
  args?: string[];
  schema: z.ZodType<R>;
  /** Called for every valid reply after the hello line. */
  onReply: (reply: R) => void;
  /** Called once when the process is gone (exit, crash, kill), with a human reason. */
  onExit: (reason: string) => void;
}

interface HasToken {
  type: string;
  token: string;
}

export class SandboxProcess<R extends HasToken> {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly tempRoot: string;
  private token: string | null = null;
  private buffered = '';
  private stderrTail = '';
  private exited = false;
  /** Lines on stdout that were not the supervisor's (e.g. candidate code printing fake replies). */
  foreignLines = 0;
  readonly ready: Promise<void>;
  private settleReady!: () => void;
  private failReady!: (e: Error) => void;

  constructor(private readonly opts: SandboxProcessOptions<R>) {
    // A private, empty working folder and Deno cache: the process can read neither (no permission), Deno uses the cache.
    this.tempRoot = mkdtempSync(join(tmpdir(), 'dpe-sandbox-'));
    const cwd = join(this.tempRoot, 'cwd');
    const denoDir = join(this.tempRoot, 'deno-dir');
    const cmd = denoCommand({ deno: opts.deno, entry: opts.entry, readPaths: opts.readPaths, args: opts.args ?? [], denoDir });
    mkdirs(cwd, denoDir);
    this.ready = new Promise((resolve, reject) => {
      this.settleReady = resolve;
      this.failReady = reject;
    });
    this.ready.catch(() => undefined);
    this.child = spawn(cmd.command, cmd.args, { cwd, env: cmd.env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-4000);
    });
    this.child.stdin.on('error', () => undefined);
    this.child.on('error', (err) => this.gone(`the sandbox could not start: ${err.message}`));
    this.child.on('exit', (code, signal) => this.gone(`the sandbox process ended (${signal ?? `exit code ${code}`})${this.stderrTail ? `: ${lastLines(this.stderrTail)}` : ''}`));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  send(message: unknown): void {
    if (this.exited) throw new Error('the sandbox process is gone');
    this.child.stdin.write(JSON.stringify(message) + '\n');
  }

  /** Ends the process at once (SIGKILL): used on overruns, where the process may be stuck in a loop. */
  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  /** Lets the host process exit while this child idles (the pool keeps warm processes between gradings). */
  unref(): void {
    this.child.unref();
    for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) (s as unknown as { unref?: () => void }).unref?.();
  }

  ref(): void {
    this.child.ref();
    for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) (s as unknown as { ref?: () => void }).ref?.();
  }

  private onData(chunk: string): void {
    this.buffered += chunk;
    let newline: number;
    while ((newline = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      this.onLine(line);
    }
    if (this.buffered.length > MAX_LINE_CHARS) {
      this.buffered = '';
      this.kill();
    }
  }

  private onLine(line: string): void {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      this.foreignLines++;
      return;
    }
    const parsed = this.opts.schema.safeParse(raw);
    if (!parsed.success) {
      this.foreignLines++;
      return;
    }
    const reply = parsed.data;
    if (this.token === null) {
      // The supervisor prints its token before any candidate code can exist in the process.
      if (reply.type !== 'hello') return;
      this.token = reply.token;
      this.settleReady();
      return;
    }
    if (reply.token !== this.token || reply.type === 'hello') {
      this.foreignLines++;
      return;
    }
    this.opts.onReply(reply);
  }

  private gone(reason: string): void {
    if (this.exited) return;
    this.exited = true;
    this.failReady(new Error(reason));
    rmSync(this.tempRoot, { recursive: true, force: true });
    this.opts.onExit(reason);
  }
}

function mkdirs(...dirs: string[]): void {
  for (const d of dirs) mkdirSync(d, { recursive: true });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ').slice(0, 600);
}
