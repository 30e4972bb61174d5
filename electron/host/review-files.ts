// Host (Node): the per-reviewer review files on disk, `reviews/<sessionId>/<reviewerId>.json`, plus the diverging
// copies an import kept beside them (`<reviewerId>.conflict-<head8>.json`), the copies a resolved conflict set aside
// (`<reviewerId>.superseded-<head8>.json`, never read back) and the record of resolutions (`resolutions.json`).
// Read once at start, written atomically.
import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ConflictResolutionsFileSchema,
  ReviewFileSchema,
  type ConflictChoice,
  type ConflictResolution,
  type ReviewEntryBody,
  type ReviewFile,
} from '../../contract/panel';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';
import { appendEntry, chainProblem, headOf, relate } from './review-chain';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const MAIN_FILE = new RegExp(`^(${UUID})\\.json$`);
const CONFLICT_FILE = new RegExp(`^(${UUID})\\.conflict-([0-9a-f]{8})\\.json$`);

export interface ConflictCopy {
  file: ReviewFile;
  /** The file name under reviews/<sessionId>/. */
  fileName: string;
}

export const conflictFileName = (file: ReviewFile) => `${file.reviewer.id}.conflict-${headOf(file).slice(0, 8)}.json`;
export const supersededFileName = (file: ReviewFile) => `${file.reviewer.id}.superseded-${headOf(file).slice(0, 8)}.json`;
export const RESOLUTIONS_FILE = 'resolutions.json';

/** One conflict to end: the copies the caller compared, and which one stays as the reviewer's file. */
export interface ResolveRequest {
  sessionId: string;
  reviewerId: string;
  storedHead: string;
  incomingHead: string;
  keep: ConflictChoice;
  resolvedBy: { id: string; name: string };
  at: string;
}
export const serialiseReviewFile = (file: ReviewFile) => JSON.stringify(file, null, 1);

export class ReviewFileStore {
  private readonly files = new Map<string, Map<string, ReviewFile>>();
  private readonly conflictCopies = new Map<string, ConflictCopy[]>();
  private readonly resolutions = new Map<string, ConflictResolution[]>();
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
        if (name === RESOLUTIONS_FILE) {
          try {
            const record = ConflictResolutionsFileSchema.parse(JSON.parse(await readFile(join(root, session.name, name), 'utf8')));
            if (record.sessionId === session.name) this.resolutions.set(record.sessionId, record.resolutions);
            else problems.push(`${join(root, session.name, name)}: its session does not match its place`);
          } catch (error) {
            problems.push(`${join(root, session.name, name)}: ${(error as Error).message}`);
          }
          continue;
        }
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

  /** Conflicts resolved on this machine, oldest first. */
  resolutionsOf(sessionId: string): ConflictResolution[] {
    return this.resolutions.get(sessionId) ?? [];
  }

  /**
   * Ends one conflict. `incoming`: the kept copy is read again from disk and its chain checked before it replaces
   * the stored file, which is first copied aside; `stored`: the conflict copy is renamed aside. Nothing is deleted
   * except the conflict copy once it is byte for byte the reviewer's file. Then the resolution is recorded.
   */
  resolveConflict(req: ResolveRequest): Promise<ConflictResolution> {
    return this.serialised(async () => {
      const dir = this.dir(req.sessionId);
      const copy = this.conflictsOf(req.sessionId).find((c) => c.file.reviewer.id === req.reviewerId && headOf(c.file) === req.incomingHead);
      const stored = this.fileOf(req.sessionId, req.reviewerId);
      if (!copy || !stored) throw new HostError('not-found', 'That conflict is no longer waiting here (it was resolved meanwhile); reload the panel. Nothing was changed.');
      const name = stored.reviewer.name;
      if (headOf(stored) !== req.storedHead) {
        throw new HostError('conflict', `${name}'s stored review changed since you compared the copies (it is now version ${headOf(stored).slice(0, 8)}); look at the comparison again and choose. Nothing was changed.`);
      }
      // A later import may have caught the stored file up with this copy: then there is nothing left to choose.
      if (relate(stored, copy.file) !== 'diverged') throw new HostError('not-found', `${name}'s stored review already contains the incoming copy; there is no conflict left to resolve. Reload the panel. Nothing was changed.`);
      let superseded: ReviewFile;
      if (req.keep === 'incoming') {
        const incoming = await this.readChecked(join(dir, copy.fileName), name, req.incomingHead);
        superseded = stored;
        await this.keepAside(join(dir, supersededFileName(stored)), serialiseReviewFile(stored), name);
        await this.writeMain(incoming);
        // The conflict copy is now the reviewer's file itself: nothing of it is lost by removing the duplicate.
        await rm(join(dir, copy.fileName), { force: true });
      } else {
        superseded = copy.file;
        const aside = join(dir, supersededFileName(copy.file));
        if (await exists(aside)) {
          // Already set aside once (the same copy came back): drop only a byte-for-byte duplicate.
          await this.keepAside(aside, await readFile(join(dir, copy.fileName), 'utf8'), name);
          await rm(join(dir, copy.fileName), { force: true });
        } else {
          await rename(join(dir, copy.fileName), aside).catch(() => {
            throw new HostError('not-found', `The incoming copy of ${name}'s review (${copy.fileName}) is no longer on disk; nothing was changed. Reload the panel.`);
          });
        }
      }
      this.conflictCopies.set(req.sessionId, this.conflictsOf(req.sessionId).filter((c) => c !== copy));
      const resolution: ConflictResolution = {
        reviewerId: req.reviewerId,
        reviewerName: name,
        kept: req.keep,
        keptHead: req.keep === 'incoming' ? req.incomingHead : req.storedHead,
        supersededHead: headOf(superseded),
        supersededFile: supersededFileName(superseded),
        resolvedBy: req.resolvedBy,
        at: req.at,
      };
      const resolutions = [...this.resolutionsOf(req.sessionId), resolution];
      const record = ConflictResolutionsFileSchema.parse({ format: 'dpe-conflict-resolutions', version: 1, sessionId: req.sessionId, resolutions });
      await writeFileAtomic(join(dir, RESOLUTIONS_FILE), JSON.stringify(record, null, 1));
      this.resolutions.set(req.sessionId, resolutions);
      return resolution;
    });
  }

  /** The conflict copy as it is on disk now, refused unless it is a whole, unbroken chain with the head compared. */
  private async readChecked(path: string, name: string, head: string): Promise<ReviewFile> {
    let file: ReviewFile;
    try {
      file = ReviewFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      throw new HostError('bad-file', `The incoming copy of ${name}'s review can no longer be read from disk; the stored copy stays. Nothing was changed.`);
    }
    const broken = chainProblem(file);
    if (broken) throw new HostError('integrity', `The incoming copy of ${name}'s review cannot be used: ${broken}. The stored copy stays as it is; keep the stored copy, or ask ${name} to export their review again. Nothing was changed.`);
    if (headOf(file) !== head) throw new HostError('conflict', `The incoming copy of ${name}'s review changed on disk since you compared the copies; reload the panel. Nothing was changed.`);
    return file;
  }

  /** Writes a set-aside copy; an existing file of that name must already hold the same copy (it is never replaced). */
  private async keepAside(path: string, content: string, name: string): Promise<void> {
    if (await exists(path)) {
      if ((await readFile(path, 'utf8')) === content) return;
      throw new HostError('conflict', `A different set-aside copy of ${name}'s review already has the name ${path}; nothing was changed. Move that file away and try again.`);
    }
    await writeFileAtomic(path, content);
  }

  private async writeMain(file: ReviewFile): Promise<void> {
    const valid = ReviewFileSchema.parse(file);
    await writeFileAtomic(join(this.dir(valid.sessionId), `${valid.reviewer.id}.json`), serialiseReviewFile(valid));
    this.mapFor(valid.sessionId).set(valid.reviewer.id, valid);
  }
}

const exists = (path: string) => access(path).then(() => true, () => false);
