// Host (Node): the reviewer passphrase (stored only as a scrypt hash), slowed guessing that survives restarts, and
// short-lived reviewer tokens kept in memory.
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { link, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';
import { AttemptRecordSchema, NO_FAILURES, recordFailure, tooSoon, type AttemptRecord } from './passphrase-backoff';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/** N = 2^17 costs ~0.5 s and 128 MiB per try here: fine for a person, slow for a guesser with a copy of the hash. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const TOKEN_TTL_MS = 8 * 60 * 60 * 1000;
export const PASSPHRASE_FILE = 'reviewer-passphrase.json';
export const ATTEMPTS_FILE = 'reviewer-attempts.json';

// Bounds on what a stored file may ask for, so an edited file cannot make verification exhaust memory.
const StoredPassphraseSchema = z.object({
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
type StoredPassphrase = z.infer<typeof StoredPassphraseSchema>;

/** scrypt needs 128·N·r bytes; Node refuses unless maxmem covers it. */
const maxmemFor = (params: { N: number; r: number; p: number }) => 128 * params.N * params.r * (params.p + 1) + 1024 * 1024;

async function hashPassphrase(passphrase: string): Promise<StoredPassphrase> {
  const salt = randomBytes(16);
  const hash = await scrypt(passphrase.normalize('NFC'), salt, 32, { ...SCRYPT_PARAMS, maxmem: maxmemFor(SCRYPT_PARAMS) });
  return { algorithm: 'scrypt', salt: salt.toString('hex'), hash: hash.toString('hex'), params: { ...SCRYPT_PARAMS }, setAt: new Date().toISOString() };
}

/** Writes `content` to `path` only if nothing is there: two first-time setters cannot both win. */
async function writeFileExclusive(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

export class ReviewerAuth {
  private readonly tokens = new Map<string, { reviewerName: string; expiresAt: number }>();
  /** Tries run one at a time, so a burst of parallel guesses cannot all pass the back-off check at once. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  private get file(): string {
    return join(this.dataDir, PASSPHRASE_FILE);
  }

  private get attemptsFile(): string {
    return join(this.dataDir, ATTEMPTS_FILE);
  }

  private async stored(): Promise<StoredPassphrase | null> {
    const text = await readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return null;
    let parsed: ReturnType<typeof StoredPassphraseSchema.safeParse>;
    try {
      parsed = StoredPassphraseSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = StoredPassphraseSchema.safeParse(null);
    }
    if (!parsed.success) throw new HostError('internal', `The reviewer passphrase file ${this.file} is damaged; remove it to set a new passphrase.`);
    return parsed.data;
  }

  private async attempts(): Promise<AttemptRecord> {
    const text = await readFile(this.attemptsFile, 'utf8').catch(() => null);
    if (text === null) return NO_FAILURES;
    try {
      return AttemptRecordSchema.parse(JSON.parse(text));
    } catch {
      console.warn(`[reviewer-auth] ${this.attemptsFile} is damaged; counting wrong passphrases from zero.`);
      return NO_FAILURES;
    }
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private issueToken(reviewerName: string): string {
    const token = randomBytes(32).toString('hex');
    this.tokens.set(token, { reviewerName, expiresAt: this.now().getTime() + TOKEN_TTL_MS });
    return token;
  }

  async isSet(): Promise<boolean> {
    return (await this.stored()) !== null;
  }

  /**
   * The first passphrase of this machine. Refused while a candidate's assessment is in progress here: the candidate
   * must not be able to make themselves the reviewer of their own session. Returns a token.
   */
  setFirstPassphrase(reviewerName: string, passphrase: string, context: { candidateSessionInProgress: boolean }): Promise<string> {
    return this.serialised(async () => {
      if (await this.stored()) throw new HostError('conflict', 'A reviewer passphrase is already set on this machine.');
      if (context.candidateSessionInProgress) {
        throw new HostError(
          'forbidden',
          'An assessment is in progress on this machine, so the reviewer passphrase cannot be set from this screen. Set it when you prepare the machine (npm run reviewer:set-passphrase), or after the candidate has submitted.',
        );
      }
      await mkdir(this.dataDir, { recursive: true });
      const written = await writeFileExclusive(this.file, JSON.stringify({ ...(await hashPassphrase(passphrase)), setAt: this.now().toISOString() }));
      if (!written) throw new HostError('conflict', 'A reviewer passphrase is already set on this machine.');
      return this.issueToken(reviewerName);
    });
  }

  /** Sets or replaces the passphrase outside the candidate screen (the set-passphrase command). */
  async setPassphrase(passphrase: string): Promise<void> {
    await this.serialised(async () => {
      await writeFileAtomic(this.file, JSON.stringify({ ...(await hashPassphrase(passphrase)), setAt: this.now().toISOString() }));
    });
  }

  /** Checks the passphrase (slowed after repeated failures) and returns a token. Old, weaker hashes are upgraded. */
  unlock(reviewerName: string, passphrase: string): Promise<string> {
    return this.serialised(async () => {
      await this.verify(passphrase);
      return this.issueToken(reviewerName);
    });
  }

  private async verify(passphrase: string): Promise<void> {
    const stored = await this.stored();
    if (!stored) throw new HostError('conflict', 'No reviewer passphrase is set yet: choose one first.');
    const record = await this.attempts();
    const wait = tooSoon(record, this.now());
    if (wait) throw new HostError('forbidden', wait);
    const expected = Buffer.from(stored.hash, 'hex');
    const actual = await scrypt(passphrase.normalize('NFC'), Buffer.from(stored.salt, 'hex'), expected.length, { ...stored.params, maxmem: maxmemFor(stored.params) });
    if (!timingSafeEqual(expected, actual)) {
      // Written (and fsynced) before the refusal is sent: killing the app cannot forget a failure it has answered.
      const next = recordFailure(record, this.now());
      await writeFileAtomic(this.attemptsFile, JSON.stringify(next));
      const wait = tooSoon(next, this.now());
      throw new HostError('forbidden', wait ? `That passphrase is not correct. ${wait}` : 'That passphrase is not correct.');
    }
    if (record.failures > 0) await writeFileAtomic(this.attemptsFile, JSON.stringify(NO_FAILURES));
    const weaker = stored.params.N < SCRYPT_PARAMS.N || stored.params.r < SCRYPT_PARAMS.r;
    if (weaker) {
      await writeFileAtomic(this.file, JSON.stringify({ ...(await hashPassphrase(passphrase)), setAt: stored.setAt }));
      console.log('[reviewer-auth] the reviewer passphrase hash was upgraded to the current scrypt cost.');
    }
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
