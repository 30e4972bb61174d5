// Host (Node): unlocking as a reviewer: each reviewer's passphrase (stored only as a scrypt hash in their identity
// file), slowed guessing that survives restarts, and short-lived tokens, each bound to one reviewer, kept in memory.
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';
import { legacyReviewerId, newReviewerId, ReviewerDirectory, StoredPassphraseSchema, type ReviewerIdentity, type StoredPassphrase } from './reviewer-identities';
import { AttemptRecordSchema, NO_FAILURES, recordFailure, tooSoon, type AttemptRecord } from './passphrase-backoff';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/** N = 2^17 costs ~0.5 s and 128 MiB per try here: fine for a person, slow for a guesser with a copy of the hash. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const TOKEN_TTL_MS = 8 * 60 * 60 * 1000;
/** The one passphrase of a machine before reviewers were people; converted into an identity on its first use. */
export const PASSPHRASE_FILE = 'reviewer-passphrase.json';
export const ATTEMPTS_FILE = 'reviewer-attempts.json';

/** scrypt needs 128·N·r bytes; Node refuses unless maxmem covers it. */
const maxmemFor = (params: { N: number; r: number; p: number }) => 128 * params.N * params.r * (params.p + 1) + 1024 * 1024;

async function hashPassphrase(passphrase: string): Promise<StoredPassphrase> {
  const salt = randomBytes(16);
  const hash = await scrypt(passphrase.normalize('NFC'), salt, 32, { ...SCRYPT_PARAMS, maxmem: maxmemFor(SCRYPT_PARAMS) });
  return { algorithm: 'scrypt', salt: salt.toString('hex'), hash: hash.toString('hex'), params: { ...SCRYPT_PARAMS }, setAt: new Date().toISOString() };
}

/** What a valid token stands for: the identity it was issued to, as it is now. */
export interface VerifiedReviewer {
  reviewerId: string;
  reviewerName: string;
  panelLead: boolean;
}

const WRONG = 'That name or passphrase is not correct.';
/** Checked when the name is unknown, so a wrong name costs the same time as a wrong passphrase. */
const DUMMY: StoredPassphrase = { algorithm: 'scrypt', salt: '00'.repeat(16), hash: '00'.repeat(32), params: { ...SCRYPT_PARAMS }, setAt: '' };

export class ReviewerAuth {
  private readonly tokens = new Map<string, { reviewerId: string; expiresAt: number }>();
  /** Tries run one at a time, so a burst of parallel guesses cannot all pass the back-off check at once. */
  private queue: Promise<unknown> = Promise.resolve();
  readonly directory: ReviewerDirectory;
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {
    this.directory = new ReviewerDirectory(dataDir);
  }

  private get legacyFile(): string {
    return join(this.dataDir, PASSPHRASE_FILE);
  }

  private get attemptsFile(): string {
    return join(this.dataDir, ATTEMPTS_FILE);
  }

  /** Reads the reviewers once; returns the files it could not read (left untouched). */
  load(): Promise<void> {
    this.loaded ??= this.directory.load().then((problems) => {
      for (const p of problems) console.warn(`[reviewer-auth] left untouched, could not read ${p}`);
    });
    return this.loaded;
  }

  /** The passphrase set before reviewers were people (or by the set-passphrase command on a fresh machine). */
  private async legacy(): Promise<StoredPassphrase | null> {
    const text = await readFile(this.legacyFile, 'utf8').catch(() => null);
    if (text === null) return null;
    let parsed: ReturnType<typeof StoredPassphraseSchema.safeParse>;
    try {
      parsed = StoredPassphraseSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = StoredPassphraseSchema.safeParse(null);
    }
    if (!parsed.success) throw new HostError('internal', `The reviewer passphrase file ${this.legacyFile} is damaged; remove it to set a new passphrase.`);
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

  private issueToken(reviewerId: string): string {
    const token = randomBytes(32).toString('hex');
    this.tokens.set(token, { reviewerId, expiresAt: this.now().getTime() + TOKEN_TTL_MS });
    return token;
  }

  /** Whether anyone can unlock here: a reviewer exists, or a prepared (legacy) passphrase waits for its first use. */
  async isSet(): Promise<boolean> {
    await this.load();
    return !this.directory.isEmpty() || (await this.legacy()) !== null;
  }

  /** The names a person may pick from at the unlock screen (nothing else about them). */
  async names(): Promise<{ name: string }[]> {
    await this.load();
    return this.directory.all().map((r) => ({ name: r.name }));
  }

  /**
   * The first reviewer of this machine, a panel lead. Refused while a candidate's assessment is in progress here:
   * the candidate must not be able to make themselves the reviewer of their own session. Returns a token.
   */
  setFirstPassphrase(reviewerName: string, passphrase: string, context: { candidateSessionInProgress: boolean }): Promise<string> {
    return this.serialised(async () => {
      if (await this.isSet()) throw new HostError('conflict', 'A reviewer passphrase is already set on this machine.');
      if (context.candidateSessionInProgress) {
        throw new HostError(
          'forbidden',
          'An assessment is in progress on this machine, so the reviewer passphrase cannot be set from this screen. Set it when you prepare the machine (npm run reviewer:set-passphrase), or after the candidate has submitted.',
        );
      }
      const at = this.now().toISOString();
      const identity: ReviewerIdentity = { id: newReviewerId(), name: reviewerName.trim(), passphrase: { ...(await hashPassphrase(passphrase)), setAt: at }, panelLead: true, createdAt: at, createdBy: null };
      await this.directory.save(identity);
      return this.issueToken(identity.id);
    });
  }

  /** A panel lead adds a reviewer, who types their own passphrase at this workstation. */
  addReviewer(by: VerifiedReviewer, name: string, passphrase: string, panelLead: boolean): Promise<ReviewerIdentity> {
    return this.serialised(async () => {
      await this.load();
      if (!this.directory.get(by.reviewerId)?.panelLead) throw new HostError('forbidden', 'Only a panel lead can add reviewers. Ask a panel lead of this machine to add them.');
      if (this.directory.byName(name)) throw new HostError('conflict', `A reviewer called "${name.trim()}" already exists on this machine; choose another name (for example with an initial).`);
      const at = this.now().toISOString();
      const identity: ReviewerIdentity = { id: newReviewerId(), name: name.trim(), passphrase: { ...(await hashPassphrase(passphrase)), setAt: at }, panelLead, createdAt: at, createdBy: by.reviewerId };
      await this.directory.save(identity);
      return identity;
    });
  }

  /** Prepares the passphrase outside the candidate screen (the set-passphrase command) on a machine without reviewers. */
  async setPassphrase(passphrase: string): Promise<void> {
    await this.serialised(async () => {
      await this.load();
      if (!this.directory.isEmpty()) throw new HostError('conflict', 'Reviewers already exist on this machine; a panel lead adds more in the reviewer area (Reviewers).');
      await writeFileAtomic(this.legacyFile, JSON.stringify({ ...(await hashPassphrase(passphrase)), setAt: this.now().toISOString() }));
    });
  }

  /**
   * Changes one reviewer's passphrase after checking the current one (the set-passphrase command with --replace).
   * Without a name: the prepared passphrase, or the only reviewer of the machine.
   */
  replacePassphrase(name: string | null, current: string, next: string): Promise<string> {
    return this.serialised(async () => {
      await this.load();
      const legacy = name === null ? await this.legacy() : null;
      if (legacy) {
        await this.verifyHash(legacy, current);
        await writeFileAtomic(this.legacyFile, JSON.stringify({ ...(await hashPassphrase(next)), setAt: this.now().toISOString() }));
        return 'the prepared passphrase';
      }
      const reviewers = this.directory.all();
      if (reviewers.length === 0) throw new HostError('conflict', 'No reviewer passphrase is set yet: choose one first.');
      if (name === null && reviewers.length > 1) throw new HostError('invalid-input', `This machine has ${reviewers.length} reviewers; say whose passphrase to change with --name.`);
      const target = name === null ? reviewers[0]! : this.directory.byName(name);
      await this.verifyHash(target?.passphrase ?? DUMMY, current, target !== null);
      await this.directory.save({ ...target!, passphrase: { ...(await hashPassphrase(next)), setAt: this.now().toISOString() } });
      return target!.name;
    });
  }

  /**
   * Checks the name and passphrase (slowed after repeated failures, whichever name is tried) and returns a token
   * bound to that reviewer. The first success with a prepared (legacy) passphrase turns it into the identity of the
   * name typed, a panel lead. Old, weaker hashes are upgraded.
   */
  unlock(reviewerName: string, passphrase: string): Promise<string> {
    return this.serialised(async () => {
      await this.load();
      const identity = this.directory.byName(reviewerName);
      const legacy = identity ? null : await this.legacy();
      if (!identity && !legacy && this.directory.isEmpty()) throw new HostError('conflict', 'No reviewer passphrase is set yet: choose one first.');
      const stored = identity?.passphrase ?? legacy ?? DUMMY;
      const weaker = await this.verifyHash(stored, passphrase, identity !== null || legacy !== null);
      if (identity) {
        if (weaker) {
          await this.directory.save({ ...identity, passphrase: { ...(await hashPassphrase(passphrase)), setAt: identity.passphrase.setAt } });
          console.log('[reviewer-auth] a reviewer passphrase hash was upgraded to the current scrypt cost.');
        }
        return this.issueToken(identity.id);
      }
      // The prepared passphrase becomes the identity of the person who typed it; its hash moves into their file.
      const at = this.now().toISOString();
      const converted: ReviewerIdentity = {
        id: legacyReviewerId(reviewerName),
        name: reviewerName.trim(),
        passphrase: weaker ? { ...(await hashPassphrase(passphrase)), setAt: legacy!.setAt } : legacy!,
        panelLead: true,
        createdAt: at,
        createdBy: null,
      };
      await this.directory.save(converted);
      await rm(this.legacyFile, { force: true });
      console.log(`[reviewer-auth] the machine's reviewer passphrase is now the identity of ${converted.name} (panel lead).`);
      return this.issueToken(converted.id);
    });
  }

  /** Throws the refusal for a wrong passphrase (recording the failure first); returns whether the hash is weaker than today's. */
  private async verifyHash(stored: StoredPassphrase, passphrase: string, known = true): Promise<boolean> {
    const record = await this.attempts();
    const wait = tooSoon(record, this.now());
    if (wait) throw new HostError('forbidden', wait);
    const expected = Buffer.from(stored.hash, 'hex');
    const actual = await scrypt(passphrase.normalize('NFC'), Buffer.from(stored.salt, 'hex'), expected.length, { ...stored.params, maxmem: maxmemFor(stored.params) });
    if (!known || !timingSafeEqual(expected, actual)) {
      // Written (and fsynced) before the refusal is sent: killing the app cannot forget a failure it has answered.
      const next = recordFailure(record, this.now());
      await writeFileAtomic(this.attemptsFile, JSON.stringify(next));
      const wait = tooSoon(next, this.now());
      throw new HostError('forbidden', wait ? `${WRONG} ${wait}` : WRONG);
    }
    if (record.failures > 0) await writeFileAtomic(this.attemptsFile, JSON.stringify(NO_FAILURES));
    return stored.params.N < SCRYPT_PARAMS.N || stored.params.r < SCRYPT_PARAMS.r;
  }

  /** The reviewer a valid token was issued to; throws when the token is unknown or expired. */
  check(token: string): VerifiedReviewer {
    const entry = this.tokens.get(token);
    const identity = entry ? this.directory.get(entry.reviewerId) : null;
    if (!entry || !identity || entry.expiresAt < this.now().getTime()) {
      this.tokens.delete(token);
      throw new HostError('forbidden', 'The reviewer area is locked. Unlock it with the passphrase.');
    }
    return { reviewerId: identity.id, reviewerName: identity.name, panelLead: identity.panelLead };
  }

  lock(token: string): void {
    this.tokens.delete(token);
  }
}
