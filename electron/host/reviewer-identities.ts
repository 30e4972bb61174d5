// Host (Node): reviewers as people: one file per reviewer who can unlock on this machine (`reviewers/<id>.json`, with
// their passphrase as a scrypt hash), and the ids given to names that only appear in legacy review trails.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

export const REVIEWERS_DIR = 'reviewers';

// Bounds on what a stored file may ask for, so an edited file cannot make verification exhaust memory.
export const StoredPassphraseSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.string().regex(/^[0-9a-f]{16,128}$/),
  hash: z.string().regex(/^[0-9a-f]{32,128}$/),
  params: z.object({
    N: z.number().int().min(2 ** 10).max(2 ** 20).refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
  }),
  setAt: z.string(),
});
export type StoredPassphrase = z.infer<typeof StoredPassphraseSchema>;

export const ReviewerIdentitySchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(120),
  passphrase: StoredPassphraseSchema,
  panelLead: z.boolean(),
  createdAt: z.string(),
  /** The panel lead who added this reviewer; null for the first reviewer of the machine. */
  createdBy: z.uuid().nullable(),
});
export type ReviewerIdentity = z.infer<typeof ReviewerIdentitySchema>;

/** How names are compared: trimmed, case-insensitive, Unicode-normalised. */
export const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

/**
 * The id of a reviewer known only by the name in a legacy audit trail (before reviewers were people). Derived from
 * the name, so the same name gets the same id in every session, and the legacy passphrase's owner, converted into
 * an identity by the same name, owns the entries their name carries. Version nibble 8: a custom, name-based uuid.
 */
export function legacyReviewerId(name: string): string {
  const h = createHash('sha256').update(`dpe-legacy-reviewer\n${nameKey(name)}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const newReviewerId = () => randomUUID();

/** The local reviewers, read once at start and kept in memory; every change is written atomically first. */
export class ReviewerDirectory {
  private readonly byId = new Map<string, ReviewerIdentity>();

  constructor(private readonly dataDir: string) {}

  private get dir(): string {
    return join(this.dataDir, REVIEWERS_DIR);
  }

  /** Reads every identity file; a damaged one is reported and left untouched (that person cannot unlock until fixed). */
  async load(): Promise<string[]> {
    const problems: string[] = [];
    this.byId.clear();
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      try {
        const identity = ReviewerIdentitySchema.parse(JSON.parse(await readFile(join(this.dir, name), 'utf8')));
        if (`${identity.id}.json` !== name) throw new Error('the file name does not match the id inside');
        this.byId.set(identity.id, identity);
      } catch (error) {
        problems.push(`${join(this.dir, name)}: ${(error as Error).message}`);
      }
    }
    return problems;
  }

  all(): ReviewerIdentity[] {
    return [...this.byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
  }

  get(id: string): ReviewerIdentity | null {
    return this.byId.get(id) ?? null;
  }

  byName(name: string): ReviewerIdentity | null {
    const key = nameKey(name);
    return this.all().find((r) => nameKey(r.name) === key) ?? null;
  }

  isEmpty(): boolean {
    return this.byId.size === 0;
  }

  async save(identity: ReviewerIdentity): Promise<void> {
    const valid = ReviewerIdentitySchema.parse(identity);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(join(this.dir, `${valid.id}.json`), JSON.stringify(valid, null, 1));
    this.byId.set(valid.id, valid);
  }
}
