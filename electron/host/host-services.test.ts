// Unit test (Node): a candidate session on disk as the host keeps it: an append-only log, the host's clock, time-up,
// host-only events, plans and the reviewer passphrase rules.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closeTestHosts, exportAll, importText, PASSPHRASE, reviewerToken, testHost } from './fixtures/host-fixture';

afterAll(closeTestHosts);

const sqlPlan = { title: 'SQL', exercises: [{ exerciseId: 'sql' as const, minutes: 10, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1, variantMode: 'fixed' as const };
const logLines = (dir: string, id: string) => readFileSync(join(dir, 'sessions', `${id}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; el: number; data: Record<string, unknown> });

describe('host: a candidate session is an append-only log', () => {
  it('starts one log per session with resolved variants and refuses a second session', async () => {
    const host = await testHost();
    const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    expect(session.plan.exercises.every((e) => e.variantId)).toBe(true);
    expect(readdirSync(join(host.dir, 'sessions'))).toEqual([`${session.sessionId}.jsonl`]);
    await expect(host.handlers.startSession({ candidateName: 'Bob', consent: true })).rejects.toThrow('already in progress');
  });

  it('appends a save (answers as patches, then the renderer events) and a restarted host derives the same state', async () => {
    const host = await testHost();
    const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    const id = session.sessionId;
    const before = readFileSync(join(host.dir, 'sessions', `${id}.jsonl`), 'utf8');
    host.advance(61_000);
    await host.handlers.saveProgress({ sessionId: id, location: 'practice', answers: { practice: { query: 'SELECT 1' } }, events: [{ type: 'paste', exerciseId: 'practice', data: { chars: 8 } }] });
    host.advance(2_000);
    await host.handlers.saveProgress({ sessionId: id, location: 'practice', answers: { practice: { query: 'SELECT 12' } } });
    const after = readFileSync(join(host.dir, 'sessions', `${id}.jsonl`), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const lines = logLines(host.dir, id);
    expect(lines.map((l) => l.type)).toEqual(['session-started', 'navigated', 'autosave', 'paste', 'autosave']);
    expect(lines.at(-1)!.data).toEqual({ patch: [{ p: ['query'], s: [8, 0, '2'] }] });

    const restarted = await testHost(host.dir);
    const { session: resumed } = await restarted.handlers.getActiveSession({});
    expect(resumed).toMatchObject({ location: 'practice', answers: { practice: { query: 'SELECT 12' } } });
    expect(resumed?.elapsedMs).toEqual({ overview: 61_000, practice: 2_000 });
  });

  it('measures time with its own clock: a client cannot report time, and time while the host was down is not charged', async () => {
    const host = await testHost();
    const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    host.advance(30_000);
    const saved = await host.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', elapsedMs: { sql: 1 } } as never);
    expect(saved.elapsedMs).toEqual({ overview: 30_000, sql: 0 });
    host.advance(10_000);
    expect((await host.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql' })).elapsedMs).toEqual({ overview: 30_000, sql: 10_000 });
    const restarted = await testHost(host.dir);
    restarted.advance(5_000);
    // As the page does after a restart: ask for the session, then save.
    await restarted.handlers.getActiveSession({});
    const after = await restarted.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql' });
    expect(after.elapsedMs).toEqual({ overview: 30_000, sql: 10_000 });
    expect(logLines(host.dir, session.sessionId).map((l) => l.type)).toContain('session-resumed');
  });

  it('refuses events only the host may record, and an answer of the wrong shape, leaving the log unchanged', async () => {
    const host = await testHost();
    await host.handlers.preparePlan({ token: await reviewerToken(host), action: 'start-here', draft: sqlPlan });
    const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    const file = join(host.dir, 'sessions', `${session.sessionId}.jsonl`);
    const before = readFileSync(file, 'utf8');
    for (const type of ['time-up', 'submitted', 'sealed', 'autosave', 'navigated'] as const) {
      await expect(host.handlers.saveProgress({ sessionId: session.sessionId, location: 'overview', events: [{ type, data: { scope: 'overall' } }] })).rejects.toThrow('recorded by the host only');
    }
    await expect(host.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', answers: { sql: { query: 42 } } })).rejects.toThrow('not in the expected shape');
    await expect(host.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', answers: { incident: {} } })).rejects.toThrow('not part of this assessment');
    await expect(host.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', events: [{ type: 'run', exerciseId: 'sql', data: { purpose: 'query', ok: true } }] })).rejects.toThrow('who started the run');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('at the end of the budget records time-up itself, seals, refuses later saves with a clear message, and still takes the submission', async () => {
    const host = await testHost();
    const token = await reviewerToken(host);
    await host.handlers.preparePlan({ token, action: 'start-here', draft: sqlPlan });
    const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    const id = session.sessionId;
    host.advance(5_000);
    await host.handlers.saveProgress({ sessionId: id, location: 'sql', answers: { sql: { query: 'SELECT 1', explanation: '', checks: [] } } });
    host.advance(10 * 60_000);
    await expect(host.handlers.saveProgress({ sessionId: id, location: 'sql', answers: { sql: { query: 'SELECT 2', explanation: '', checks: [] } } })).rejects.toMatchObject({ code: 'time-up', message: expect.stringContaining('Time is up') });
    await expect(host.handlers.saveProgress({ sessionId: id, location: 'sql' })).rejects.toMatchObject({ code: 'time-up' });
    const types = logLines(host.dir, id).map((l) => l.type);
    expect(types.slice(-2)).toEqual(['time-up', 'sealed']);
    const { session: submitted } = await host.handlers.submitSession({ sessionId: id, reflection: 'Checks first.' });
    expect(submitted).toMatchObject({ status: 'submitted', reflection: 'Checks first.', answers: { sql: { query: 'SELECT 1' } } });
    expect(submitted.elapsedMs).toEqual({ overview: 5_000, sql: 595_000 });
    expect(submitted.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('a candidate may export only the session of this screen', async () => {
    const host = await testHost();
    const first = (await host.handlers.startSession({ candidateName: 'Ada', consent: true })).session.sessionId;
    await host.handlers.submitSession({ sessionId: first, reflection: '' });
    const second = (await host.handlers.startSession({ candidateName: 'Bob', consent: true })).session.sessionId;
    expect(await host.call('exportSession', { sessionId: first })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await host.call('exportSession', { sessionId: second })).toMatchObject({ ok: true });
  });

  it('leaves an unreadable log in place, drops a torn last line, and removes crash temp files on start', async () => {
    const host = await testHost();
    const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    await host.services.close();
    const file = join(host.dir, 'sessions', `${session.sessionId}.jsonl`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"seq":1,"at":"2026-01-0`);
    mkdirSync(join(host.dir, 'sessions'), { recursive: true });
    writeFileSync(join(host.dir, 'sessions', 'broken.jsonl'), 'not json\n{}\n');
    writeFileSync(join(host.dir, 'sessions', `.${session.sessionId}.jsonl.abc123.tmp`), 'partial answers');
    const again = await testHost(host.dir);
    expect((await again.handlers.getActiveSession({})).session?.sessionId).toBe(session.sessionId);
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
    expect(readFileSync(join(host.dir, 'sessions', 'broken.jsonl'), 'utf8')).toContain('not json');
    expect(readdirSync(join(host.dir, 'sessions')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('host: plans and the reviewer passphrase', () => {
  it('stores only a scrypt hash and will not set the first passphrase while a candidate session is in progress', async () => {
    const host = await testHost();
    await host.handlers.startSession({ candidateName: 'Ada', consent: true });
    await expect(host.handlers.unlockReviewer({ reviewerName: 'Mallory', passphrase: PASSPHRASE, setPassphrase: true })).rejects.toThrow(/in progress/);
    expect((await host.handlers.getReviewerStatus({})).passphraseSet).toBe(false);
  });

  it('remembers each prepared plan with a secret the renderer never sees; the next candidate gets the plan', async () => {
    const host = await testHost();
    const token = await reviewerToken(host);
    const prepared = await host.handlers.preparePlan({ token, action: 'start-here', draft: { ...sqlPlan, candidateName: 'Cand 7', extraTimeMultiplier: 1.25 } });
    const file = JSON.parse(prepared.content) as { planMac: string; sealKey: string };
    const stored = JSON.parse(readFileSync(join(host.dir, 'plans', `${prepared.plan.planId}.json`), 'utf8')) as { secret: string };
    expect(prepared.content).not.toContain(stored.secret);
    expect(file.sealKey).toMatch(/^[0-9a-f]{64}$/);
    const pending = await host.handlers.getPendingPlan({});
    expect(JSON.stringify(pending)).not.toContain(file.sealKey);
    expect(pending).toMatchObject({ isDefault: false, plan: { candidateName: 'Cand 7', extraTimeMultiplier: 1.25, createdBy: 'Rita' } });
    const { session } = await host.handlers.startSession({ candidateName: 'Cand 7', consent: true });
    expect(JSON.stringify(session)).not.toContain(file.sealKey);
    expect((await host.handlers.getPendingPlan({})).isDefault).toBe(true);
  });

  it('on the candidate screen accepts only a plan file signed by a reviewer machine', async () => {
    const reviewer = await testHost();
    const token = await reviewerToken(reviewer);
    const { content, plan } = await reviewer.handlers.preparePlan({ token, action: 'export', draft: sqlPlan });
    const laptop = await testHost();
    const bare = JSON.stringify({ ...plan, extraTimeMultiplier: 3 });
    await expect(laptop.handlers.openPlanFile({ fileName: 'p.json', content: bare })).rejects.toThrow('not signed');
    await expect(laptop.handlers.openPlanFile({ fileName: 'p.json', content })).resolves.toMatchObject({ plan: { planId: plan.planId } });
  });

  it('a session taken on a laptop prepared with the exported plan verifies on the reviewer machine, and not elsewhere', async () => {
    const reviewer = await testHost();
    const token = await reviewerToken(reviewer);
    const { content } = await reviewer.handlers.preparePlan({ token, action: 'export', draft: sqlPlan });
    const laptop = await testHost();
    await laptop.handlers.openPlanFile({ fileName: 'p.json', content });
    const { session } = await laptop.handlers.startSession({ candidateName: 'Ada Lovelace', consent: true });
    laptop.advance(3_000);
    await laptop.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', answers: { sql: { query: 'SELECT 1', explanation: 'x', checks: [] } } });
    const { session: done } = await laptop.handlers.submitSession({ sessionId: session.sessionId, reflection: 'More tests.' });
    const exported = await exportAll(laptop, session.sessionId);
    expect(exported.fileName).toMatch(/^ada-lovelace-\d{4}-\d\d-\d\d\.dpe-session\.jsonl$/);
    expect(exported.receipt).toBe(done.receipt);

    const imported = await importText(reviewer, token, exported.text, done.receipt!.toLowerCase());
    expect(imported.integrity).toMatchObject({ ok: true, plan: { preparedHere: true }, seal: { state: 'verified' } });
    expect(imported.summary).toMatchObject({ candidateName: 'Ada Lovelace', status: 'submitted', integrity: { ok: true } });
    await importText(reviewer, token, exported.text);
    expect((await reviewer.handlers.listSessions({ token })).sessions).toHaveLength(1);

    const other = await testHost();
    const elsewhere = await importText(other, await reviewerToken(other), exported.text);
    expect(elsewhere.integrity).toMatchObject({ ok: false, plan: { preparedHere: false }, seal: { state: 'unverifiable' } });
  });
});

describe('host: what the candidate screen gets back', () => {
  it('after a restart, the state and its own exercise actions (so the incident continues), not the rest of the log', async () => {
    const host = await testHost();
    const token = await reviewerToken(host);
    const scenario = (await import('../../assessment/exercise-registry')).findExerciseDefinition('incident')!.variants[0]!.variantId;
    await host.handlers.preparePlan({ token, action: 'start-here', draft: { title: 'Incident', exercises: [{ exerciseId: 'incident', minutes: 40, variantId: scenario }], extraTimeMultiplier: 1, variantMode: 'fixed' } });
    const { session } = await host.handlers.startSession({ candidateName: 'Ivy', consent: true });
    host.advance(2_000);
    await host.handlers.saveProgress({ sessionId: session.sessionId, location: 'incident', events: [{ type: 'action', exerciseId: 'incident', data: { kind: 'diff-schema' } }, { type: 'focus-lost', data: {} }] });
    await expect(host.handlers.saveProgress({ sessionId: session.sessionId, location: 'incident', events: [{ type: 'action', exerciseId: 'incident', data: { kind: 'launch-rocket' } }] })).rejects.toThrow('That step was not recorded');
    const restarted = await testHost(host.dir);
    const { session: resumed } = await restarted.handlers.getActiveSession({});
    expect(resumed?.events.map((e) => [e.type, e.data.kind])).toEqual([['action', 'diff-schema']]);
  });
});

describe('host: the clock runs out without the page', () => {
  it('records time-up and seals at the end of the budget even when the page has gone silent', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const host = await testHost();
      await host.handlers.preparePlan({ token: await reviewerToken(host), action: 'start-here', draft: sqlPlan });
      const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
      host.advance(10 * 60_000 + 1_000);
      await vi.advanceTimersByTimeAsync(10 * 60_000 + 1_000);
      await vi.waitFor(() => expect(logLines(host.dir, session.sessionId).map((l) => l.type).slice(-2)).toEqual(['time-up', 'sealed']));
      expect(logLines(host.dir, session.sessionId).at(-1)!.el).toBe(10 * 60_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
