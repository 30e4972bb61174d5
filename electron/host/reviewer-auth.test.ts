// Unit test: the reviewer passphrase: scrypt cost, upgrade of older hashes, slowed guessing that survives a
// restart, and no first passphrase while a candidate's assessment is in progress.
import { randomBytes, scryptSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostServices } from './host-services';
import { FREE_FAILURES } from './passphrase-backoff';
import { ATTEMPTS_FILE, PASSPHRASE_FILE, ReviewerAuth } from './reviewer-auth';

const RIGHT = 'correct horse battery';
const freshDir = () => mkdtempSync(join(tmpdir(), 'dpe-auth-'));
const storedParams = (dir: string) => (JSON.parse(readFileSync(join(dir, PASSPHRASE_FILE), 'utf8')) as { params: { N: number }; salt: string }).params;

function clock(start = Date.parse('2026-11-25T10:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

describe('reviewer passphrase', () => {
  it('is stored as a scrypt hash with N of at least 2^17, never as the passphrase', async () => {
    const dir = freshDir();
    const auth = new ReviewerAuth(dir, () => new Date());
    expect(await auth.setFirstPassphrase('Rita', RIGHT, { candidateSessionInProgress: false })).toMatch(/^[0-9a-f]{64}$/);
    expect(storedParams(dir).N).toBeGreaterThanOrEqual(2 ** 17);
    expect(readFileSync(join(dir, PASSPHRASE_FILE), 'utf8')).not.toContain(RIGHT);
    expect(auth.check(await auth.unlock('Sam', RIGHT))).toBe('Sam');
    await expect(auth.setFirstPassphrase('Eve', 'another passphrase', { candidateSessionInProgress: false })).rejects.toThrow('already set');
  });

  it('cannot be set for the first time while a candidate assessment is in progress, and says how to set it instead', async () => {
    const dir = freshDir();
    const auth = new ReviewerAuth(dir, () => new Date());
    await expect(auth.setFirstPassphrase('Cand', RIGHT, { candidateSessionInProgress: true })).rejects.toThrow(/assessment is in progress.*npm run reviewer:set-passphrase/);
    expect(existsSync(join(dir, PASSPHRASE_FILE))).toBe(false);
    expect(await auth.isSet()).toBe(false);
  });

  it('still accepts a hash made with a smaller N, and upgrades it on the next successful unlock', async () => {
    const dir = freshDir();
    const salt = randomBytes(16);
    const oldHash = scryptSync(RIGHT, salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    writeFileSync(join(dir, PASSPHRASE_FILE), JSON.stringify({ algorithm: 'scrypt', salt: salt.toString('hex'), hash: oldHash.toString('hex'), params: { N: 2 ** 14, r: 8, p: 1 }, setAt: '2026-01-01T00:00:00.000Z' }));
    const auth = new ReviewerAuth(dir, () => new Date());
    await expect(auth.unlock('Rita', 'not the passphrase')).rejects.toThrow('not correct');
    expect(storedParams(dir).N).toBe(2 ** 14);
    await auth.unlock('Rita', RIGHT);
    expect(storedParams(dir).N).toBe(2 ** 17);
    // The upgraded hash is a real one: the same passphrase opens it after a restart, a wrong one does not.
    const restarted = new ReviewerAuth(dir, () => new Date());
    await expect(restarted.unlock('Rita', RIGHT)).resolves.toMatch(/^[0-9a-f]{64}$/);
    await expect(restarted.unlock('Rita', 'not the passphrase')).rejects.toThrow('not correct');
  });

  it('refuses a passphrase file edited to demand absurd memory, with a clear message', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, PASSPHRASE_FILE), JSON.stringify({ algorithm: 'scrypt', salt: 'ab'.repeat(16), hash: 'cd'.repeat(32), params: { N: 2 ** 30, r: 8, p: 1 }, setAt: 'x' }));
    await expect(new ReviewerAuth(dir, () => new Date()).unlock('Rita', RIGHT)).rejects.toThrow('is damaged; remove it');
  });

  it('slows guessing after five failures, even for parallel guesses, and a restart does not reset it', async () => {
    const dir = freshDir();
    const time = clock();
    const auth = new ReviewerAuth(dir, time.now);
    await auth.setFirstPassphrase('Rita', RIGHT, { candidateSessionInProgress: false });

    const guesses = await Promise.allSettled(Array.from({ length: FREE_FAILURES + 2 }, (_, i) => auth.unlock('Eve', `guess number ${i}`)));
    const messages = guesses.map((g) => (g.status === 'rejected' ? (g.reason as Error).message : 'unlocked'));
    expect(messages.filter((m) => m.startsWith('That passphrase is not correct'))).toHaveLength(FREE_FAILURES);
    expect(messages.filter((m) => m.startsWith('Too many wrong passphrases'))).toHaveLength(2);
    expect(messages[FREE_FAILURES - 1]).toMatch(/The next try is allowed at \d\d:\d\d:\d\d \(in 30 s\)/);

    // Killing the app and starting again does not forget: even the right passphrase waits.
    const restarted = new ReviewerAuth(dir, time.now);
    await expect(restarted.unlock('Rita', RIGHT)).rejects.toThrow(/Too many wrong passphrases \(5 in a row\)\. The next try is allowed at .* \(in 30 s\)/);
    time.advance(31_000);
    // The next failure doubles the wait.
    await expect(restarted.unlock('Eve', 'guess number 99')).rejects.toThrow('(in 1 min)');
    time.advance(61_000);
    expect(restarted.check(await restarted.unlock('Rita', RIGHT))).toBe('Rita');
    expect(JSON.parse(readFileSync(join(dir, ATTEMPTS_FILE), 'utf8'))).toMatchObject({ failures: 0 });
  }, 30_000);
});

describe('reviewer passphrase from the candidate screen (host wiring)', () => {
  it('is refused while the candidate session is in progress, and allowed after it is submitted', async () => {
    const dir = freshDir();
    const { handlers } = await createHostServices({ dataDir: dir, mode: 'browser', version: 'test' });
    const { session } = await handlers.startSession({ candidateName: 'Cand', consent: true });
    await expect(handlers.unlockReviewer({ reviewerName: 'Cand', passphrase: RIGHT, setPassphrase: true })).rejects.toThrow('assessment is in progress');
    expect(existsSync(join(dir, PASSPHRASE_FILE))).toBe(false);
    await handlers.submitSession({ sessionId: session.sessionId, reflection: 'done' });
    await expect(handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: RIGHT, setPassphrase: true })).resolves.toMatchObject({ reviewerName: 'Rita' });
  });
});
