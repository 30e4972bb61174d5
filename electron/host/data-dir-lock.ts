// Host (Node): one app instance per data directory. Two instances on one directory would overwrite each other's
// saves, so the first takes `app.lock` (created exclusively, holding its pid and start time); a lock left by a dead
// process is taken over, and a live holder gets a clear refusal. Used by browser mode; Electron's main can use it too.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'app.lock';

const LockRecordSchema = z.object({ pid: z.number().int().positive(), startedAt: z.number(), host: z.string(), nonce: z.string() });
export type LockRecord = z.infer<typeof LockRecordSchema>;

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockRecord,
  ) {
    super(
      `Another instance of the assessment app (process ${holder.pid}, started ${new Date(holder.startedAt).toLocaleString('en-GB')}) is using ${dataDir}. ` +
        'Close it first, or start this one with a different --data-dir.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock if it is still ours. Safe to call more than once. */
  release(): Promise<void>;
  /** For process 'exit' handlers, which cannot wait for promises. */
  releaseSync(): void;
}

export interface LockOptions {
  pid?: number;
  /** When this process started (ms since the epoch); with the pid it tells a live holder from a reused pid. */
  startedAt?: number;
  /** Is `record` still held by a running process? Replaceable in tests. */
  isAlive?: (record: LockRecord) => boolean;
  log?: (line: string) => void;
}

const processStartedAt = () => Math.round(Date.now() - process.uptime() * 1000);

/** Linux only: when a pid's process started, from /proc (boot time + start ticks); null when it cannot be told. */
function linuxStartOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const bootLine = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith('btime '));
    if (!bootLine || !Number.isFinite(ticks)) return null;
    // USER_HZ is 100 on every Linux this runs on.
    return Number(bootLine.split(' ')[1]) * 1000 + ticks * 10;
  } catch {
    return null;
  }
}

/** The holder is alive if its pid answers and, where the OS tells us, that process started when the lock says. */
export function holderIsAlive(record: LockRecord): boolean {
  if (record.host !== hostname()) return true; // a lock from another machine (shared folder): never steal it
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = process.platform === 'linux' ? linuxStartOf(record.pid) : null;
  // A pid reused by another program started at another time: the lock's owner is gone.
  return started === null || Math.abs(started - record.startedAt) < 5_000;
}

async function createExclusive(file: string, record: LockRecord): Promise<boolean> {
  try {
    const handle = await open(file, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readRecord(file: string): Promise<LockRecord | null | 'gone'> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? 'gone' : null));
  if (text === 'gone' || text === null) return text;
  try {
    return LockRecordSchema.parse(JSON.parse(text));
  } catch {
    return null; // half-written by a process killed mid-create: treated as stale
  }
}

/** Takes the data directory's lock, or throws DataDirLockedError naming the live instance that holds it. */
export async function acquireDataDirLock(dataDir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const file = join(dataDir, LOCK_FILE);
  const isAlive = options.isAlive ?? holderIsAlive;
  const log = options.log ?? ((line: string) => console.warn(line));
  const mine: LockRecord = { pid: options.pid ?? process.pid, startedAt: options.startedAt ?? processStartedAt(), host: hostname(), nonce: randomBytes(8).toString('hex') };

  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(file, mine)) return heldLock(file, mine);
    const holder = await readRecord(file);
    if (holder === 'gone') continue;
    if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale. Take it over under a second exclusive file, so two starting instances cannot both remove and recreate it.
    const takeover = `${file}.takeover`;
    if (!(await createExclusive(takeover, mine))) {
      const other = await readRecord(takeover);
      if (other !== 'gone' && (other === null || !isAlive(other))) await rm(takeover, { force: true });
      continue;
    }
    try {
      const again = await readRecord(file);
      if (again !== 'gone' && again !== null && again.nonce !== holder?.nonce && isAlive(again)) throw new DataDirLockedError(dataDir, again);
      log(holder ? `[data-dir-lock] took over a stale lock on ${dataDir} left by process ${holder.pid}, which is no longer running.` : `[data-dir-lock] replaced an unreadable lock file ${file}.`);
      await rm(file, { force: true });
    } finally {
      await rm(takeover, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}; try again.`);
}

function heldLock(file: string, mine: LockRecord): DataDirLock {
  let released = false;
  const ours = (text: string | null) => {
    try {
      return text !== null && LockRecordSchema.parse(JSON.parse(text)).nonce === mine.nonce;
    } catch {
      return false;
    }
  };
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      if (ours(await readFile(file, 'utf8').catch(() => null))) await rm(file, { force: true });
    },
    releaseSync() {
      if (released) return;
      released = true;
      let text: string | null = null;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return;
      }
      if (ours(text)) {
        rmSync(file, { force: true });
      }
    },
  };
}
