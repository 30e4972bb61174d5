// Host (Node): the per-reviewer review files on disk, `reviews/<sessionId>/<reviewerId>.json`, plus the diverging
// copies an import kept beside them (`<reviewerId>.conflict-<head8>.json`). Read once at start, written atomically.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReviewFileSchema, type ReviewEntryBody, type ReviewFile } from '../../contract/panel';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';
import { appendEntry, chainProblem, headOf } from './review-chain';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const MAIN_FILE = new RegExp(`^(${UUID})\\.json$`);
const CONFLICT_FILE = new RegExp(`^(${UUID})\\.conflict-([0-9a-f]{8})\\.json$`);

export interface ConflictCopy {
  file: ReviewFile;
  /** The file name under reviews/<sessionId>/. */
  fileName: string;
}

export const conflictFileName = (file: ReviewFile) => `${file.reviewer.id}.conflict-${headOf(file).slice(0, 8)}.json`;
export const serialiseReviewFile = (file: ReviewFile) => JSON.stringify(file, null, 1);

export class ReviewFileStore {
  private readonly files = new Map<string, Map<string, ReviewFile>>();
  private readonly conflictCopies = new Map<string, ConflictCopy[]>();
  /** Writes run one at a time, so two quick actions cannot both become entry n. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  private dir(sessionId: string): string {
    return join(this.dataDir, 'reviews', sessionId);
  }

  /** Reads every review file; returns what it could not read (left untouched) or found with a broken chain. */
  async load(): Promise<string[]> {
    const problems: string[] = [];
    const root = join(this.dataDir, 'reviews');
    const sessions = (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory() && new RegExp(`^${UUID}$`).test(d.name));
    for (const session of sessions) {
      for (const name of await readdir(join(root, session.name)).catch(() => [] as string[])) {
        const main = MAIN_FILE.exec(name);
        const conflict = CONFLICT_FILE.exec(name);
        if (!main && !conflict) continue;
        try {
          const file = ReviewFileSchema.parse(JSON.parse(await readFile(join(root, session.name, name), 'utf8')));
          if (file.sessionId !== session.name || file.reviewer.id !== (main ?? conflict)![1]) throw new Error('its session or reviewer does not match its place');
          const broken = chainProblem(file);
          if (broken) problems.push(`${join(root, session.name, name)}: ${broken} (kept and shown as it is)`);
          if (main) this.mapFor(file.sessionId).set(file.reviewer.id, file);
          else this.conflictCopies.set(file.sessionId, [...(this.conflictCopies.get(file.sessionId) ?? []), { file, fileName: name }]);
        } catch (error) {
          problems.push(`${join(root, session.name, name)}: ${(error as Error).message}`);
        }
      }
    }
    return problems;
  }

  private mapFor(sessionId: string): Map<string, ReviewFile> {
    let map = this.files.get(sessionId);
    if (!map) this.files.set(sessionId, (map = new Map()));
    return map;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  filesOf(sessionId: string): ReviewFile[] {
    // In the order they started reviewing (then by name), so the panel's rows do not move as people submit.
    const started = (f: ReviewFile) => f.entries[0]?.at ?? '';
    return [...(this.files.get(sessionId)?.values() ?? [])].sort((a, b) => started(a).localeCompare(started(b)) || a.reviewer.name.localeCompare(b.reviewer.name) || a.reviewer.id.localeCompare(b.reviewer.id));
  }

  fileOf(sessionId: string, reviewerId: string): ReviewFile | null {
    return this.files.get(sessionId)?.get(reviewerId) ?? null;
  }

  conflictsOf(sessionId: string): ConflictCopy[] {
    return this.conflictCopies.get(sessionId) ?? [];
  }

  all(): ReviewFile[] {
    return [...this.files.values()].flatMap((m) => [...m.values()]);
  }

  /** Appends one entry to the reviewer's own file (created on the first one) and writes it before answering. */
  append(sessionId: string, reviewer: { id: string; name: string }, body: ReviewEntryBody, at: string, sessionHeadHash: string | null, candidateName?: string): Promise<ReviewFile> {
    return this.serialised(async () => {
      const current: ReviewFile = this.fileOf(sessionId, reviewer.id) ?? { format: 'dpe-review-file', version: 1, sessionId, reviewer: { id: reviewer.id, name: reviewer.name }, entries: [] };
      const next = appendEntry({ ...current, reviewer: { id: reviewer.id, name: reviewer.name }, ...(candidateName ? { candidateName } : {}) }, body, at, sessionHeadHash);
      await this.writeMain(next);
      return next;
    });
  }

  /**
   * Stores a checked file as the reviewer's file for its session (a new one, or a longer copy of the stored one).
   * `expectedHead`: the stored head the caller compared with; if an entry was appended since, nothing is written.
   */
  put(file: ReviewFile, expectedHead?: string): Promise<void> {
    return this.serialised(async () => {
      if (expectedHead !== undefined && headOf(this.fileOf(file.sessionId, file.reviewer.id)) !== expectedHead) {
        throw new HostError('conflict', `${file.reviewer.name}'s review changed while it was being imported; nothing was written. Import the file again.`);
      }
      await this.writeMain(file);
    });
  }

  /** Keeps a diverging copy beside the stored file; writes nothing when the same copy is already kept. */
  keepConflict(file: ReviewFile): Promise<{ fileName: string; alreadyKept: boolean }> {
    return this.serialised(async () => {
      const fileName = conflictFileName(file);
      const kept = this.conflictsOf(file.sessionId);
      if (kept.some((c) => c.fileName === fileName)) return { fileName, alreadyKept: true };
      const valid = ReviewFileSchema.parse(file);
      await mkdir(this.dir(valid.sessionId), { recursive: true });
      await writeFileAtomic(join(this.dir(valid.sessionId), fileName), serialiseReviewFile(valid));
      this.conflictCopies.set(valid.sessionId, [...kept, { file: valid, fileName }]);
      return { fileName, alreadyKept: false };
    });
  }

  private async writeMain(file: ReviewFile): Promise<void> {
    const valid = ReviewFileSchema.parse(file);
    await writeFileAtomic(join(this.dir(valid.sessionId), `${valid.reviewer.id}.json`), serialiseReviewFile(valid));
    this.mapFor(valid.sessionId).set(valid.reviewer.id, valid);
  }
}
