// Host (Node): the append-only log file of one session, one record a line. Every append is written and fsynced before
// the save is answered; a crash mid-append leaves at most a torn last line, which the next start drops and reports.
import { mkdir, open, readdir, readFile, rm, truncate, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SessionEventSchema, type SessionEvent } from '../../../contract/session';

export interface LogRead {
  records: SessionEvent[];
  /** Set when a torn last line (a crash mid-append) was dropped: what was dropped, for the host log. */
  droppedTail: string | null;
}

export class LogFileError extends Error {}

/** Reads a log; a torn or unparseable last line is cut off the file (nothing before it is touched). */
export async function readLogFile(path: string): Promise<LogRead> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  let droppedTail: string | null = tail === '' ? null : `an unfinished last line of ${tail.length} characters`;
  const records: SessionEvent[] = [];
  for (const [index, line] of lines.entries()) {
    let record: SessionEvent | null = null;
    try {
      record = SessionEventSchema.parse(JSON.parse(line));
    } catch {
      record = null;
    }
    if (record) {
      records.push(record);
      continue;
    }
    // Only the very last complete line may be damaged by a crash; anything earlier means the file was edited.
    if (index === lines.length - 1 && tail === '') {
      droppedTail = `a damaged last line of ${line.length} characters`;
      break;
    }
    throw new LogFileError(`${path}: line ${index + 1} is not a session event; the file was changed outside the app.`);
  }
  if (droppedTail) {
    // Cut the file after the last good line, so the next append starts on a fresh line.
    const keep = Buffer.byteLength(lines.slice(0, records.length).map((l) => `${l}\n`).join(''), 'utf8');
    await truncate(path, keep);
  }
  return { records, droppedTail };
}

/** An open log for appending. Appends are serialised by the caller (the session store). */
export class LogAppender {
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

  static async open(path: string, { create }: { create: boolean }): Promise<LogAppender> {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(path, create ? 'wx' : 'a', 0o600);
    if (create) await syncDirectory(dirname(path));
    return new LogAppender(handle, path);
  }

  /** Writes the records as lines and waits for the disk. */
  async append(records: readonly SessionEvent[]): Promise<void> {
    if (records.length === 0) return;
    await this.handle.write(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  // fsync the directory so a new file's name survives a power cut (not supported on Windows).
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** Removes temp files a crash left behind (`.<name>.<random>.tmp` from atomic writes). Returns what was removed. */
export async function cleanTempFiles(dirs: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.tmp'))) {
      await rm(join(dir, name), { force: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}
