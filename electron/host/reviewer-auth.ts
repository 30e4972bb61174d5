// Host (Node): the reviewer passphrase (stored only as a scrypt hash) and short-lived reviewer tokens kept in memory.
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const TOKEN_TTL_MS = 8 * 60 * 60 * 1000;

const StoredPassphraseSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.string(),
  hash: z.string(),
  params: z.object({ N: z.number(), r: z.number(), p: z.number() }),
  setAt: z.string(),
});

export class ReviewerAuth {
  private readonly tokens = new Map<string, { reviewerName: string; expiresAt: number }>();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  private get file(): string {
    return join(this.dataDir, 'reviewer-passphrase.json');
  }

  private async stored(): Promise<z.infer<typeof StoredPassphraseSchema> | null> {
    const text = await readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return null;
    const parsed = StoredPassphraseSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new HostError('internal', `The reviewer passphrase file ${this.file} is damaged; remove it to set a new passphrase.`);
    return parsed.data;
  }

  async isSet(): Promise<boolean> {
    return (await this.stored()) !== null;
  }

  /** First use sets the passphrase; afterwards the passphrase must match. Returns a token. */
  async unlock(reviewerName: string, passphrase: string, setPassphrase: boolean): Promise<string> {
    const stored = await this.stored();
    if (!stored) {
      if (!setPassphrase) throw new HostError('conflict', 'No reviewer passphrase is set yet: choose one first.');
      const salt = randomBytes(16);
      const hash = await scrypt(passphrase.normalize('NFC'), salt, 32, SCRYPT);
      await writeFileAtomic(
        this.file,
        JSON.stringify({ algorithm: 'scrypt', salt: salt.toString('hex'), hash: hash.toString('hex'), params: { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, setAt: this.now().toISOString() }),
      );
    } else {
      if (setPassphrase) throw new HostError('conflict', 'A reviewer passphrase is already set on this machine.');
      const expected = Buffer.from(stored.hash, 'hex');
      const actual = await scrypt(passphrase.normalize('NFC'), Buffer.from(stored.salt, 'hex'), expected.length, { ...stored.params, maxmem: SCRYPT.maxmem });
      if (!timingSafeEqual(expected, actual)) throw new HostError('forbidden', 'That passphrase is not correct.');
    }
    const token = randomBytes(32).toString('hex');
    this.tokens.set(token, { reviewerName, expiresAt: this.now().getTime() + TOKEN_TTL_MS });
    return token;
  }

  /** The reviewer's name for a valid token; throws when the token is unknown or expired. */
  check(token: string): string {
    const entry = this.tokens.get(token);
    if (!entry || entry.expiresAt < this.now().getTime()) {
      this.tokens.delete(token);
      throw new HostError('forbidden', 'The reviewer area is locked. Unlock it with the passphrase.');
    }
    return entry.reviewerName;
  }

  lock(token: string): void {
    this.tokens.delete(token);
  }
}
