// Unit test with a stand-in for Electron's ipcMain: the wiring registers every message and guards each one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_METHODS, hostApiSpec } from '../../contract/host-api';
import { createHostServices } from '../host/host-services';
import { registerHostIpc } from './ipc-wiring';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

async function wired() {
  const registered = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => void registered.set(channel, handler) };
  const services = await createHostServices({ dataDir: mkdtempSync(join(tmpdir(), 'dpe-ipc-')), mode: 'electron', version: 'test' });
  registerHostIpc(ipcMain as never, services);
  return registered;
}

const fromApp = { senderFrame: { url: 'app://assessment/index.html', parent: null } };

describe('Electron IPC wiring', () => {
  it('registers exactly one handler per HostApi message', async () => {
    const registered = await wired();
    expect([...registered.keys()].sort()).toEqual(HOST_METHODS.map((m) => hostApiSpec[m].channel).sort());
  });

  it('answers our own window and validates its payloads', async () => {
    const registered = await wired();
    await expect(registered.get('app:get-info')!(fromApp, {})).resolves.toMatchObject({ ok: true, value: { mode: 'electron' } });
    await expect(registered.get('session:start')!(fromApp, { candidateName: 42 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('enforces roles over IPC too: reviewer messages need a live reviewer token, the candidate only names their own session', async () => {
    const registered = await wired();
    await expect(registered.get('reviewer:list-sessions')!(fromApp, { token: 'c'.repeat(64) })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('Unlock it with the passphrase') },
    });
    await expect(registered.get('session:export')!(fromApp, { sessionId: '33333333-3333-4333-8333-333333333333' })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses messages from another origin, a subframe, or a destroyed frame', async () => {
    const handler = (await wired()).get('session:get-active')!;
    for (const event of [
      { senderFrame: { url: 'https://example.com/', parent: null } },
      { senderFrame: { url: 'app://assessment/index.html', parent: {} } },
      { senderFrame: null },
    ]) {
      await expect(handler(event, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
