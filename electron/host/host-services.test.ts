import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostServices } from './host-services';
import { dispatchHostCall } from './dispatch';
import { HostError } from './host-error';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpe-host-'));
const host = (dataDir: string) => createHostServices({ dataDir, mode: 'browser', version: 'test', random: () => 0 });

describe('host services: a candidate session on disk', () => {
  it('starts a session with resolved variants and writes it to one file', async () => {
    const dir = freshDir();
    const { handlers } = await host(dir);
    const { session } = await handlers.startSession({ candidateName: 'Ada', consent: true });
    expect(session.plan.exercises.every((e) => e.variantId)).toBe(true);
    expect(readdirSync(join(dir, 'sessions'))).toEqual([`${session.sessionId}.json`]);
    await expect(handlers.startSession({ candidateName: 'Bob', consent: true })).rejects.toThrow('already in progress');
  });

  it('saves answers and time atomically, and a restarted host resumes the same state', async () => {
    const dir = freshDir();
    const first = await host(dir);
    const { session } = await first.handlers.startSession({ candidateName: 'Ada', consent: true });
    await first.handlers.saveProgress({ sessionId: session.sessionId, location: 'practice', elapsedMs: { practice: 61_000 }, answers: { practice: { query: 'SELECT 1' } }, events: [{ type: 'paste', exerciseId: 'practice', data: { chars: 8 } }] });
    expect(readdirSync(join(dir, 'sessions')).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const second = await host(dir);
    const { session: resumed } = await second.handlers.getActiveSession({});
    expect(resumed?.location).toBe('practice');
    expect(resumed?.elapsedMs.practice).toBe(61_000);
    expect(resumed?.answers.practice).toEqual({ query: 'SELECT 1' });
    expect(resumed?.events.map((e) => e.type)).toEqual(['session-started', 'paste', 'autosave']);
  });

  it('never lets elapsed time go backwards from a stale save', async () => {
    const { handlers } = await host(freshDir());
    const { session } = await handlers.startSession({ candidateName: 'Ada', consent: true });
    await handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', elapsedMs: { sql: 90_000 } });
    await handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', elapsedMs: { sql: 30_000 } });
    expect((await handlers.getActiveSession({})).session?.elapsedMs.sql).toBe(90_000);
  });

  it('refuses an answer of the wrong shape and leaves the stored file unchanged', async () => {
    const dir = freshDir();
    const { handlers } = await host(dir);
    const { session } = await handlers.startSession({ candidateName: 'Ada', consent: true });
    const file = join(dir, 'sessions', `${session.sessionId}.json`);
    const before = readFileSync(file, 'utf8');
    await expect(handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', elapsedMs: {}, answers: { sql: { query: 42 } } })).rejects.toThrow('not in the expected shape');
    await expect(handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', elapsedMs: {}, answers: { incident: {} } })).rejects.toThrow('not part of this assessment');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('stores the closing reflection with the submitted session, durably', async () => {
    const dir = freshDir();
    const { handlers } = await host(dir);
    const { session } = await handlers.startSession({ candidateName: 'Ada', consent: true });
    const { session: submitted } = await handlers.submitSession({ sessionId: session.sessionId, reflection: 'I would write the checks first.' });
    expect(submitted).toMatchObject({ status: 'submitted', reflection: 'I would write the checks first.' });
    const onDisk = JSON.parse(readFileSync(join(dir, 'sessions', `${session.sessionId}.json`), 'utf8'));
    expect(onDisk.reflection).toBe('I would write the checks first.');
    expect(onDisk.events.at(-1)).toMatchObject({ type: 'submitted', data: { reflectionLength: 31 } });
  });

  it('after submit nothing more is saved, and the export imports on another machine with a verified chain', async () => {
    const { handlers } = await host(freshDir());
    const { session } = await handlers.startSession({ candidateName: 'Ada Lovelace', consent: true });
    await handlers.submitSession({ sessionId: session.sessionId, reflection: 'More tests.' });
    await expect(handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', elapsedMs: {} })).rejects.toThrow('already submitted');
    const exported = await handlers.exportSession({ sessionId: session.sessionId });
    expect(exported.fileName).toMatch(/^ada-lovelace-\d{4}-\d\d-\d\d\.dpe-session\.json$/);

    const reviewer = await host(freshDir());
    const { token } = await reviewer.handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'a long passphrase', setPassphrase: true });
    const { summary } = await reviewer.handlers.importSession({ token, fileName: exported.fileName, content: exported.content });
    expect(summary).toMatchObject({ candidateName: 'Ada Lovelace', status: 'submitted', source: 'imported', integrity: { ok: true } });
    // Importing the same file twice keeps one copy.
    await reviewer.handlers.importSession({ token, fileName: exported.fileName, content: exported.content });
    expect((await reviewer.handlers.listSessions({ token })).sessions).toHaveLength(1);
  });

  it('leaves an unreadable session file in place and still starts', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'sessions'), { recursive: true });
    writeFileSync(join(dir, 'sessions', 'broken.json'), '{"format": "dpe-assessment-session", "trunc');
    const { handlers } = await host(dir);
    expect((await handlers.getActiveSession({})).session).toBeNull();
    expect(readFileSync(join(dir, 'sessions', 'broken.json'), 'utf8')).toContain('trunc');
  });
});

describe('host services: reviewer area', () => {
  it('stores only a scrypt hash, refuses a wrong passphrase and requires a token for reviewer calls', async () => {
    const dir = freshDir();
    const { handlers } = await host(dir);
    expect((await handlers.getReviewerStatus({})).passphraseSet).toBe(false);
    await handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'correct horse battery', setPassphrase: true });
    const stored = readFileSync(join(dir, 'reviewer-passphrase.json'), 'utf8');
    expect(stored).not.toContain('correct horse');
    expect(JSON.parse(stored).algorithm).toBe('scrypt');
    await expect(handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'wrong wrong wrong', setPassphrase: false })).rejects.toThrow('not correct');
    await expect(handlers.listSessions({ token: 'f'.repeat(64) })).rejects.toBeInstanceOf(HostError);
  });

  it('a prepared plan with fixed variants and extra time is what the next candidate gets', async () => {
    const { handlers } = await host(freshDir());
    const { token } = await handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'correct horse battery', setPassphrase: true });
    await handlers.preparePlan({
      token,
      action: 'start-here',
      draft: { title: 'Panel A', candidateName: 'Cand 7', exercises: [{ exerciseId: 'sql', minutes: 40, variantId: 'churn-by-month' }], extraTimeMultiplier: 1.25, variantMode: 'fixed' },
    });
    const pending = await handlers.getPendingPlan({});
    expect(pending).toMatchObject({ isDefault: false, plan: { candidateName: 'Cand 7', extraTimeMultiplier: 1.25, createdBy: 'Rita' } });
    const { session } = await handlers.startSession({ candidateName: 'Cand 7', consent: true });
    expect(session.plan.exercises).toEqual([{ exerciseId: 'sql', minutes: 40, variantId: 'churn-by-month' }]);
    expect((await handlers.getPendingPlan({})).isDefault).toBe(true);
  });

  it('refuses a plan naming a variant that does not exist', async () => {
    const services = await host(freshDir());
    const { handlers } = services;
    const { token } = await handlers.unlockReviewer({ reviewerName: 'Rita', passphrase: 'correct horse battery', setPassphrase: true });
    const reply = await dispatchHostCall(services, 'preparePlan', {
      token,
      action: 'export',
      draft: { title: 'X', exercises: [{ exerciseId: 'sql', minutes: 40, variantId: 'no-such-variant' }], extraTimeMultiplier: 1, variantMode: 'fixed' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('no variant "no-such-variant"') } });
  });
});

describe('dispatch: every payload is validated before a handler runs', () => {
  it('answers invalid input with a readable refusal, not an exception', async () => {
    const services = await host(freshDir());
    const reply = await dispatchHostCall(services, 'startSession', { candidateName: '   ', consent: true });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid-input', message: 'candidateName: Enter your name or candidate ID' } });
    const noConsent = await dispatchHostCall(services, 'startSession', { candidateName: 'Ada', consent: false });
    expect(noConsent.ok).toBe(false);
  });
});
