// Host (Node): one JSON file per session under <dataDir>/sessions (taken here) or <dataDir>/imported.
// Writes are atomic and serialised per session, so concurrent autosaves never interleave.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SessionSchema, type Session } from '../../contract/session';
import type { SessionSummary } from '../../contract/host-api';
import { writeFileAtomic } from './atomic-file';
import { verifyChain } from './hash-chain';
import { HostError } from './host-error';
import { parseSessionFile } from './session-file';

export type SessionSource = SessionSummary['source'];

export class SessionStore {
  private readonly cache = new Map<string, { session: Session; source: SessionSource }>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private loaded = false;

  constructor(private readonly dataDir: string) {}

  private dirFor(source: SessionSource): string {
    return join(this.dataDir, source === 'this-machine' ? 'sessions' : 'imported');
  }

  private pathFor(sessionId: string, source: SessionSource): string {
    return join(this.dirFor(source), `${sessionId}.json`);
  }

  /** Reads every stored session once; a file that no longer parses is reported, never deleted. */
  async load(): Promise<{ unreadable: string[] }> {
    const unreadable: string[] = [];
    if (this.loaded) return { unreadable };
    for (const source of ['this-machine', 'imported'] as const) {
      const names = await readdir(this.dirFor(source)).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
        const path = join(this.dirFor(source), name);
        try {
          const session = parseSessionFile(await readFile(path, 'utf8'));
          this.cache.set(session.sessionId, { session, source });
        } catch (error) {
          unreadable.push(`${path}: ${(error as Error).message}`);
        }
      }
    }
    this.loaded = true;
    return { unreadable };
  }

  get(sessionId: string): { session: Session; source: SessionSource } {
    const entry = this.cache.get(sessionId);
    if (!entry) throw new HostError('not-found', 'That session is not stored on this machine.');
    return entry;
  }

  has(sessionId: string): boolean {
    return this.cache.has(sessionId);
  }

  all(): Array<{ session: Session; source: SessionSource }> {
    return [...this.cache.values()];
  }

  /** The newest unfinished session taken on this machine: the one to resume after a crash. */
  activeSession(): Session | null {
    const open = this.all()
      .filter((e) => e.source === 'this-machine' && e.session.status === 'in-progress')
      .map((e) => e.session)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return open[0] ?? null;
  }

  /** Applies `change` to the stored session and writes it durably before resolving. */
  async update(sessionId: string, change: (session: Session) => Session): Promise<Session> {
    return this.serialise(sessionId, async () => {
      const { session, source } = this.get(sessionId);
      const next = SessionSchema.parse(change(structuredClone(session)));
      await writeFileAtomic(this.pathFor(sessionId, source), JSON.stringify(next));
      this.cache.set(sessionId, { session: next, source });
      return next;
    });
  }

  async put(session: Session, source: SessionSource): Promise<void> {
    await this.serialise(session.sessionId, async () => {
      const valid = SessionSchema.parse(session);
      await writeFileAtomic(this.pathFor(valid.sessionId, source), JSON.stringify(valid));
      this.cache.set(valid.sessionId, { session: valid, source });
    });
  }

  private serialise<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(sessionId) ?? Promise.resolve();
    const run = previous.then(work, work);
    this.queues.set(sessionId, run.catch(() => undefined));
    return run;
  }
}

export function summarise(session: Session, source: SessionSource, review: SessionSummary['review']): SessionSummary {
  const chain = verifyChain(session.events);
  return {
    sessionId: session.sessionId,
    candidateName: session.candidateName,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    status: session.status,
    planTitle: session.plan.title,
    variants: session.plan.exercises.map((e) => ({ exerciseId: e.exerciseId, variantId: e.variantId ?? '' })),
    integrity: { ok: chain.ok, message: chain.message },
    source,
    review,
  };
}
