// Unit test: reviewer passphrases: scrypt cost, upgrade of older hashes, slowed guessing that survives a restart,
// no first passphrase while a candidate's assessment is in progress, and reviewers as people (identities, tokens
// bound to one reviewer, panel leads adding reviewers, the legacy single passphrase turned into an identity).
import { randomBytes, scryptSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHostServices as openHost, type HostContext, type HostServices } from './host-services';
import { FREE_FAILURES } from './passphrase-backoff';
import { ATTEMPTS_FILE, PASSPHRASE_FILE, ReviewerAuth } from './reviewer-auth';
import { legacyReviewerId, REVIEWERS_DIR } from './reviewer-identities';

const RIGHT = 'correct horse battery';
const opened: HostServices[] = [];
const createHostServices = async (ctx: HostContext) => {
  const services = await openHost(ctx);
  opened.push(services);
  return services;
};
afterAll(async () => Promise.all(opened.map((s) => s.close())));
const freshDir = () => mkdtempSync(join(tmpdir(), 'dpe-auth-'));
const identityFiles = (dir: string) => (existsSync(join(dir, REVIEWERS_DIR)) ? readdirSync(join(dir, REVIEWERS_DIR)).filter((n) => n.endsWith('.json')) : []);
const identityText = (dir: string, i = 0) => readFileSync(join(dir, REVIEWERS_DIR, identityFiles(dir)[i]!), 'utf8');
const storedParams = (dir: string) => (JSON.parse(identityText(dir)) as { passphrase: { params: { N: number } } }).passphrase.params;

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
    expect(identityText(dir)).not.toContain(RIGHT);
    expect(auth.check(await auth.unlock(' rita ', RIGHT))).toMatchObject({ reviewerName: 'Rita', panelLead: true });
    // Another name with Rita's passphrase is not Rita: refused with the same words as a wrong passphrase.
    await expect(auth.unlock('Sam', RIGHT)).rejects.toThrow(/^That name or passphrase is not correct\.$/);
    await expect(auth.unlock('Rita', 'not the passphrase')).rejects.toThrow(/^That name or passphrase is not correct\.$/);
    await expect(auth.setFirstPassphrase('Eve', 'another passphrase', { candidateSessionInProgress: false })).rejects.toThrow('already set');
  });

  it('cannot be set for the first time while a candidate assessment is in progress, and says how to set it instead', async () => {
    const dir = freshDir();
    const auth = new ReviewerAuth(dir, () => new Date());
    await expect(auth.setFirstPassphrase('Cand', RIGHT, { candidateSessionInProgress: true })).rejects.toThrow(/assessment is in progress.*npm run reviewer:set-passphrase/);
    expect(identityFiles(dir)).toEqual([]);
    expect(await auth.isSet()).toBe(false);
  });

  it('still accepts a legacy hash made with a smaller N, and upgrades it when it becomes an identity', async () => {
    const dir = freshDir();
    const salt = randomBytes(16);
    const oldHash = scryptSync(RIGHT, salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    writeFileSync(join(dir, PASSPHRASE_FILE), JSON.stringify({ algorithm: 'scrypt', salt: salt.toString('hex'), hash: oldHash.toString('hex'), params: { N: 2 ** 14, r: 8, p: 1 }, setAt: '2026-01-01T00:00:00.000Z' }));
    const auth = new ReviewerAuth(dir, () => new Date());
    await expect(auth.unlock('Rita', 'not the passphrase')).rejects.toThrow('not correct');
    expect(identityFiles(dir)).toEqual([]);
    await auth.unlock('Rita', RIGHT);
    expect(storedParams(dir).N).toBe(2 ** 17);
    expect(existsSync(join(dir, PASSPHRASE_FILE))).toBe(false);
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
    expect(messages.filter((m) => m.startsWith('That name or passphrase is not correct'))).toHaveLength(FREE_FAILURES);
    expect(messages.filter((m) => m.startsWith('Too many wrong passphrases'))).toHaveLength(2);
    expect(messages[FREE_FAILURES - 1]).toMatch(/The next try is allowed at \d\d:\d\d:\d\d \(in 30 s\)/);

    // Killing the app and starting again does not forget: even the right passphrase waits.
    const restarted = new ReviewerAuth(dir, time.now);
    await expect(restarted.unlock('Rita', RIGHT)).rejects.toThrow(/Too many wrong passphrases \(5 in a row\)\. The next try is allowed at .* \(in 30 s\)/);
    time.advance(31_000);
    // The next failure doubles the wait.
    await expect(restarted.unlock('Eve', 'guess number 99')).rejects.toThrow('(in 1 min)');
    time.advance(61_000);
    expect(restarted.check(await restarted.unlock('Rita', RIGHT)).reviewerName).toBe('Rita');
    expect(JSON.parse(readFileSync(join(dir, ATTEMPTS_FILE), 'utf8'))).toMatchObject({ failures: 0 });
  }, 30_000);
});

describe('reviewer passphrase from the candidate screen (host wiring)', () => {
  it('is refused while the candidate session is in progress, and allowed after it is submitted', async () => {
    const dir = freshDir();
    const { handlers } = await createHostServices({ dataDir: dir, mode: 'browser', version: 'test' });
    const { session } = await handlers.startSession({ candidateName: 'Cand', consent: true });
    await expect(handlers.unlockReviewer({ reviewerName: 'Cand', passphrase: RIGHT, setPassphrase: true })).rejects.toThrow('assessment is in progress');
    expect(identityFiles(dir)).toEqual([]);
    await handlers.submitSession({ sessionId: session.sessionId, reflection: 'done' });
    await expect(handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: RIGHT, setPassphrase: true })).resolves.toMatchObject({ reviewerName: 'Rita' });
  });
});

describe('reviewers as people', () => {
  it("a second reviewer's unlock yields a token bound to them; only a panel lead adds reviewers; names are unique", async () => {
    const dir = freshDir();
    const { handlers, access } = await createHostServices({ dataDir: dir, mode: 'browser', version: 'test' });
    const rita = await handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: RIGHT, setPassphrase: true });
    expect(rita).toMatchObject({ reviewerName: 'Rita', panelLead: true });
    const { reviewer: sam } = await handlers.addReviewer({ token: rita.token, name: 'Sam', passphrase: 'sam typed this one', panelLead: false });
    await expect(handlers.addReviewer({ token: rita.token, name: ' SAM ', passphrase: 'another person', panelLead: false })).rejects.toMatchObject({ code: 'conflict' });

    const samUnlock = await handlers.unlockReviewer({ reviewerName: 'sam', passphrase: 'sam typed this one', setPassphrase: false });
    expect(samUnlock).toMatchObject({ reviewerId: sam.id, reviewerName: 'Sam', panelLead: false });
    expect(access.reviewerFor(samUnlock.token)).toEqual({ reviewerId: sam.id, reviewerName: 'Sam', panelLead: false });
    expect(access.reviewerFor(rita.token).reviewerId).toBe(rita.reviewerId);
    // Sam's passphrase does not open Rita, nor Rita's Sam.
    await expect(handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'sam typed this one', setPassphrase: false })).rejects.toThrow('not correct');
    await expect(handlers.unlockReviewer({ reviewerName: 'Sam', passphrase: RIGHT, setPassphrase: false })).rejects.toThrow('not correct');

    await expect(handlers.addReviewer({ token: samUnlock.token, name: 'Eve', passphrase: 'eve wants in too', panelLead: true })).rejects.toThrow('Only a panel lead can add reviewers');
    expect(identityFiles(dir)).toHaveLength(2);
    // The unlock screen lists names only; no one can set a "first" passphrase again.
    expect(await handlers.getReviewerStatus({})).toEqual({ passphraseSet: true, reviewers: [{ name: 'Rita' }, { name: 'Sam' }] });
    await expect(handlers.unlockReviewer({ reviewerName: 'Eve', passphrase: 'eve wants in too', setPassphrase: true })).rejects.toMatchObject({ code: 'conflict' });
    expect((await handlers.listReviewers({ token: samUnlock.token })).reviewers.map((r) => [r.name, r.panelLead, r.local])).toEqual([
      ['Rita', true, true],
      ['Sam', false, true],
    ]);

    // A restart keeps both people.
    const restarted = await createHostServices({ dataDir: dir, mode: 'browser', version: 'test' });
    await expect(restarted.handlers.unlockReviewer({ reviewerName: 'Sam', passphrase: 'sam typed this one', setPassphrase: false })).resolves.toMatchObject({ reviewerId: sam.id });
  }, 60_000);

  it('turns the legacy machine passphrase into the identity of the first name that unlocks with it, a panel lead', async () => {
    const dir = freshDir();
    await new ReviewerAuth(dir, () => new Date()).setPassphrase(RIGHT);
    expect(existsSync(join(dir, PASSPHRASE_FILE))).toBe(true);
    const { handlers } = await createHostServices({ dataDir: dir, mode: 'browser', version: 'test' });
    expect(await handlers.getReviewerStatus({})).toEqual({ passphraseSet: true, reviewers: [] });
    const rita = await handlers.unlockReviewer({ reviewerName: 'Rita Reviewer', passphrase: RIGHT, setPassphrase: false });
    expect(rita).toMatchObject({ reviewerId: legacyReviewerId('Rita Reviewer'), panelLead: true });
    expect(existsSync(join(dir, PASSPHRASE_FILE))).toBe(false);
    expect(identityFiles(dir)).toEqual([`${rita.reviewerId}.json`]);
    // From now on the passphrase is Rita's only.
    await expect(handlers.unlockReviewer({ reviewerName: 'Sam', passphrase: RIGHT, setPassphrase: false })).rejects.toThrow('not correct');
    await expect(handlers.unlockReviewer({ reviewerName: 'rita reviewer', passphrase: RIGHT, setPassphrase: false })).resolves.toMatchObject({ reviewerId: rita.reviewerId });
  }, 60_000);
});
