// Host (Node): every stored session. Format 2 sessions are append-only logs (`sessions/<id>.jsonl` taken here,
// `imported/<id>.jsonl` imported); their state is derived from the log and kept in memory, never stored beside it.
// Legacy format-1 files (`*.json`) are read-only. Writes for one session are serialised.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionSummary } from '../../contract/host-api';
import type { Session, SessionEvent } from '../../contract/session';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';
import { makeRecord, type RecordInput } from './session-log/chain';
import { applyRecord, DeriveError, deriveSession, type DerivedSession } from './session-log/derive-session';
import { deriveOptions } from './session-log/exercise-checks';
import { cleanTempFiles, LogAppender, readLogFile } from './session-log/log-file';
import { parseSessionFileText } from './session-file';

export type SessionSource = SessionSummary['source'];

export interface StoredSession {
  source: SessionSource;
  session: Session;
  /** Null for a legacy format-1 file. */
  derived: DerivedSession | null;
}

/** A record to append: what it is (or how to build it from the head it follows, e.g. a seal) and its clock reading. */
export interface PendingRecord {
  input: RecordInput | ((head: string) => RecordInput);
  el: number;
}

function cloneState(state: DerivedSession): DerivedSession {
  const s = state.session;
  return {
    ...state,
    exerciseTimeUps: new Set(state.exerciseTimeUps),
    session: { ...s, elapsedMs: { ...s.elapsedMs }, answers: { ...s.answers }, events: s.events.slice() },
  };
}

export class SessionStore {
  private readonly entries = new Map<string, StoredSession>();
  private readonly appenders = new Map<string, LogAppender>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private loaded = false;

  constructor(private readonly dataDir: string) {}

  private dirFor(source: SessionSource): string {
    return join(this.dataDir, source === 'this-machine' ? 'sessions' : 'imported');
  }

  private logPath(sessionId: string, source: SessionSource): string {
    return join(this.dirFor(source), `${sessionId}.jsonl`);
  }

  /** Reads every stored session once. A file that does not read is reported and left in place, never deleted. */
  async load(): Promise<{ unreadable: string[]; recovered: string[]; removedTemp: string[] }> {
    const unreadable: string[] = [];
    const recovered: string[] = [];
    if (this.loaded) return { unreadable, recovered, removedTemp: [] };
    const dirs = (['this-machine', 'imported'] as const).map((s) => this.dirFor(s));
    const removedTemp = await cleanTempFiles([...dirs, this.dataDir, join(this.dataDir, 'reviews'), join(this.dataDir, 'plans')]);
    for (const source of ['this-machine', 'imported'] as const) {
      const names = await readdir(this.dirFor(source)).catch(() => [] as string[]);
      for (const name of names.filter((n) => !n.startsWith('.'))) {
        const path = join(this.dirFor(source), name);
        try {
          if (name.endsWith('.jsonl')) {
            const { records, droppedTail } = await readLogFile(path);
            if (droppedTail) recovered.push(`${path}: dropped ${droppedTail} (a crash during a save); everything before it is intact`);
            const derived = deriveSession(records, deriveOptions);
            this.entries.set(derived.session.sessionId, { source, session: derived.session, derived });
          } else if (name.endsWith('.json')) {
            const parsed = parseSessionFileText(await readFile(path, 'utf8'));
            if (parsed.kind === 'legacy') this.entries.set(parsed.session.sessionId, { source, session: parsed.session, derived: null });
          }
        } catch (error) {
          unreadable.push(`${path}: ${error instanceof DeriveError ? error.message : (error as Error).message}`);
        }
      }
    }
    this.loaded = true;
    return { unreadable, recovered, removedTemp };
  }

  get(sessionId: string): StoredSession {
    const entry = this.entries.get(sessionId);
    if (!entry) throw new HostError('not-found', 'That session is not stored on this machine.');
    return entry;
  }

  has(sessionId: string): boolean {
    return this.entries.has(sessionId);
  }

  all(): StoredSession[] {
    return [...this.entries.values()];
  }

  /** The newest unfinished session taken on this machine: the one to resume after a crash. */
  activeSession(): StoredSession | null {
    const open = this.all()
      .filter((e) => e.source === 'this-machine' && e.derived && e.session.status === 'in-progress')
      .sort((a, b) => b.session.createdAt.localeCompare(a.session.createdAt));
    return open[0] ?? null;
  }

  /** The session of the candidate at this machine now: the newest one started here. */
  currentCandidateSession(): StoredSession | null {
    const active = this.activeSession();
    if (active) return active;
    const mine = this.all()
      .filter((e) => e.source === 'this-machine' && e.derived)
      .sort((a, b) => b.session.createdAt.localeCompare(a.session.createdAt));
    return mine[0] ?? null;
  }

  /** Starts a new log on this machine with its genesis record. */
  async create(genesis: SessionEvent): Promise<StoredSession> {
    const derived = deriveSession([genesis], deriveOptions);
    const id = derived.session.sessionId;
    return this.serialise(id, async () => {
      const appender = await LogAppender.open(this.logPath(id, 'this-machine'), { create: true });
      await appender.append([genesis]);
      this.appenders.set(id, appender);
      const entry: StoredSession = { source: 'this-machine', session: derived.session, derived };
      this.entries.set(id, entry);
      return entry;
    });
  }

  /**
   * Appends records built from the current state: `build` sees the derived session and returns what to append.
   * Each record is checked by the derivation before anything is written; a refused batch changes nothing.
   */
  async append(sessionId: string, at: Date, build: (state: DerivedSession) => PendingRecord[]): Promise<StoredSession> {
    return this.serialise(sessionId, async () => {
      const entry = this.get(sessionId);
      if (!entry.derived || entry.source !== 'this-machine') throw new HostError('conflict', 'This session is read-only here.');
      const pending = build(entry.derived);
      if (pending.length === 0) return entry;
      const next = cloneState(entry.derived);
      const records: SessionEvent[] = [];
      for (const { input, el } of pending) {
        const head = next.session.headHash!;
        const record = makeRecord(head, next.session.events.length, at, el, typeof input === 'function' ? input(head) : input);
        try {
          applyRecord(next, record, deriveOptions);
        } catch (error) {
          if (error instanceof DeriveError) throw new HostError('invalid-input', `Not saved: ${error.message.replace(/^Event \d+: /, '')}.`);
          throw error;
        }
        records.push(record);
      }
      let appender = this.appenders.get(sessionId);
      if (!appender) {
        appender = await LogAppender.open(this.logPath(sessionId, 'this-machine'), { create: false });
        this.appenders.set(sessionId, appender);
      }
      await appender.append(records);
      const updated: StoredSession = { source: 'this-machine', session: next.session, derived: next };
      this.entries.set(sessionId, updated);
      return updated;
    });
  }

  /** Stores an imported copy (format 2 log or legacy file), replacing an older copy of the same session. */
  async putImported(parsedText: { records: SessionEvent[] | null; legacyText: string | null }, session: Session, derived: DerivedSession | null, source: SessionSource): Promise<StoredSession> {
    const id = session.sessionId;
    return this.serialise(id, async () => {
      const dir = this.dirFor(source);
      if (parsedText.records) {
        await writeFileAtomic(join(dir, `${id}.jsonl`), parsedText.records.map((r) => `${JSON.stringify(r)}\n`).join(''));
        await rm(join(dir, `${id}.json`), { force: true });
        await this.appenders.get(id)?.close();
        this.appenders.delete(id);
      } else if (parsedText.legacyText !== null) {
        await writeFileAtomic(join(dir, `${id}.json`), parsedText.legacyText);
      }
      const entry: StoredSession = { source, session, derived };
      this.entries.set(id, entry);
      return entry;
    });
  }

  async close(): Promise<void> {
    for (const appender of this.appenders.values()) await appender.close().catch(() => undefined);
    this.appenders.clear();
  }

  private serialise<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(sessionId) ?? Promise.resolve();
    const run = previous.then(work, work);
    this.queues.set(sessionId, run.catch(() => undefined));
    return run;
  }
}
