// Unit test (Node): one live lease per session: the newest window to open the session writes, an older one is
// refused with a human message and nothing of it is stored; a reload (a new opening) takes the lease back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeTestHosts, testHost } from './fixtures/host-fixture';
import { HostError } from './host-error';

afterAll(closeTestHosts);

const logOf = (dir: string, id: string) => readFileSync(join(dir, 'sessions', `${id}.jsonl`), 'utf8');

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('host: the session lease', () => {
  it('refuses a save and a submit from the window that lost the lease, stores nothing of them, and lets a reload take it back', async () => {
    const host = await testHost();
    const started = await host.handlers.startSession({ candidateName: 'Lea', consent: true });
    const id = started.session.sessionId;
    expect(started.leaseId).toBeTruthy();
    // A second window opens the same session: it now holds the lease.
    const second = await host.handlers.getActiveSession({});
    expect(second.leaseId).toBeTruthy();
    expect(second.leaseId).not.toBe(started.leaseId);

    const before = logOf(host.dir, id);
    const refused = await refusal(host.handlers.saveProgress({ sessionId: id, location: 'overview', leaseId: started.leaseId }));
    expect(refused.code).toBe('lease-lost');
    expect(refused.message).toMatch(/^This session is open in another window/);
    expect(logOf(host.dir, id)).toBe(before);
    expect((await refusal(host.handlers.submitSession({ sessionId: id, reflection: 'from the old window', leaseId: started.leaseId }))).code).toBe('lease-lost');

    // The holder saves normally.
    host.advance(2_000);
    await host.handlers.saveProgress({ sessionId: id, location: 'overview', leaseId: second.leaseId });
    expect(logOf(host.dir, id).length).toBeGreaterThan(before.length);

    // Reloading the first window opens the session again: it holds the lease, the second window is refused.
    const reloaded = await host.handlers.getActiveSession({});
    await host.handlers.saveProgress({ sessionId: id, location: 'overview', leaseId: reloaded.leaseId });
    expect((await refusal(host.handlers.saveProgress({ sessionId: id, location: 'overview', leaseId: second.leaseId }))).code).toBe('lease-lost');
    const submitted = await host.handlers.submitSession({ sessionId: id, reflection: 'done', leaseId: reloaded.leaseId });
    expect(submitted.session.status).toBe('submitted');
  });

  it('after a host restart the first window to save holds the lease again', async () => {
    const host = await testHost();
    const { session, leaseId } = await host.handlers.startSession({ candidateName: 'Rex', consent: true });
    const restarted = await testHost(host.dir);
    await restarted.handlers.saveProgress({ sessionId: session.sessionId, location: 'overview', leaseId });
    const other = '5b0c6a0e-1f7e-4c39-9d55-0d7c1d3e8a11';
    expect((await refusal(restarted.handlers.saveProgress({ sessionId: session.sessionId, location: 'overview', leaseId: other }))).code).toBe('lease-lost');
  });
});
