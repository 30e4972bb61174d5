// Unit test with a stand-in `electron` module: what each entry wires (lock, menu, DevTools, IPC, navigation, permissions).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopShellSpec } from '../../contract/desktop-shell';
import { HOST_METHODS, hostApiSpec } from '../../contract/host-api';
import { hostRoles } from '../../contract/host-roles';
import { servedInCandidateKit } from './desktop-flavor';

type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    appListeners: new Map<string, Listener>(),
    ipc: new Map<string, Listener>(),
    windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; focused: number; restored: number; minimized: boolean }>,
    menu: 'default' as unknown,
    quit: 0,
    lockRequests: 0,
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    beforeRequest: null as null | Listener,
    appRoot: '',
    dataDir: '',
    dispatched: [] as string[],
    dataDirHeld: false,
    errorBoxes: [] as string[],
    lockReleased: 0,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    options: never;
    focused = 0;
    restored = 0;
    minimized = true;
    constructor(options: never) {
      this.options = options;
      fake.windows.push(this as never);
    }
    once() {}
    show() {}
    async loadURL() {}
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.restored += 1;
    }
    focus() {
      this.focused += 1;
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => {
        fake.lockRequests += 1;
        return fake.lock;
      },
      quit: () => void (fake.quit += 1),
      enableSandbox: () => {},
      on: (event: string, listener: Listener) => void fake.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      getAppPath: () => fake.appRoot,
      getPath: (name: string) => (name === 'documents' ? join(fake.appRoot, 'documents') : fake.dataDir),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, listener: Listener) => void fake.ipc.set(channel, listener) },
    Menu: { setApplicationMenu: (menu: unknown) => void (fake.menu = menu) },
    dialog: { showSaveDialog: async () => ({ canceled: true }), showErrorBox: (title: string, text: string) => void fake.errorBoxes.push(`${title}: ${text}`) },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (l: Listener) => void (fake.permissionRequest = l),
        setPermissionCheckHandler: (l: Listener) => void (fake.permissionCheck = l),
        webRequest: { onBeforeRequest: (l: Listener) => void (fake.beforeRequest = l) },
      },
    },
  };
});

vi.mock('../host/data-dir-lock', async (importOriginal) => {
  const real = await importOriginal<typeof import('../host/data-dir-lock')>();
  return {
    ...real,
    acquireDataDirLock: async (dataDir: string) => {
      if (fake.dataDirHeld) throw new real.DataDirLockedError(dataDir, { pid: 4242, startedAt: 0, host: 'here', nonce: 'n' });
      return { file: `${dataDir}/app.lock`, release: async () => {}, releaseSync: () => void (fake.lockReleased += 1) };
    },
  };
});

// The host itself is tested elsewhere; here only what reaches it matters.
vi.mock('../host/host-services', () => ({
  createHostServices: async () => ({
    handlers: Object.fromEntries(HOST_METHODS.map((m) => [m, async () => `served ${m}`])),
    access: { reviewerFor: () => ({ reviewerId: '33333333-3333-4333-8333-333333333333', reviewerName: 'Rita', panelLead: true }), candidateSessionId: () => null },
    close: async () => {},
  }),
}));
vi.mock('../host/dispatch', () => ({
  dispatchHostCall: async (host: { handlers: Record<string, () => Promise<unknown>> } | Record<string, () => Promise<unknown>>, method: string) => {
    fake.dispatched.push(method);
    const handlers = 'handlers' in host ? (host.handlers as Record<string, () => Promise<unknown>>) : host;
    try {
      return { ok: true, value: await handlers[method]!() };
    } catch (error) {
      return { ok: false, error: { code: 'forbidden', message: (error as Error).message } };
    }
  },
}));

const fromApp = { senderFrame: { url: 'app://assessment/index.html', parent: null } };
const candidateMethods = HOST_METHODS.filter(servedInCandidateKit);
const reviewerMethods = HOST_METHODS.filter((m) => !servedInCandidateKit(m));

async function launch(entry: 'candidate' | 'reviewer', lock = true, dataDirHeld = false) {
  vi.resetModules();
  Object.assign(fake, { lock, dataDirHeld, quit: 0, lockRequests: 0, lockReleased: 0, menu: 'default', permissionRequest: null, permissionCheck: null, beforeRequest: null });
  fake.errorBoxes.length = 0;
  fake.appListeners.clear();
  fake.ipc.clear();
  fake.windows.length = 0;
  fake.dispatched.length = 0;
  fake.appRoot = mkdtempSync(join(tmpdir(), 'dpe-main-'));
  fake.dataDir = join(fake.appRoot, 'data');
  mkdirSync(fake.dataDir);
  writeFileSync(join(fake.appRoot, 'package.json'), JSON.stringify({ version: '9.9.9' }));
  await import(entry === 'candidate' ? './candidate-main' : './reviewer-main');
  if (lock && !dataDirHeld) await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | null = null;
  let closed = 0;
  return {
    contents: {
      on: (event: string, l: Listener) => void listeners.set(event, l),
      setWindowOpenHandler: (l: Listener) => void (openHandler = l),
      closeDevTools: () => void (closed += 1),
    },
    prevented(event: string, ...args: unknown[]) {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, ...args);
      return prevented;
    },
    has: (event: string) => listeners.has(event),
    open: () => openHandler?.({ url: 'https://example.com/' }),
    closedDevTools: () => closed,
  };
}

describe('candidate kit entry (electron/main/candidate-main.ts)', () => {
  beforeEach(() => launch('candidate'));

  it('asks for the single-instance lock, removes the menu and turns DevTools off in a sandboxed, isolated window', () => {
    expect(fake.lockRequests).toBe(1);
    expect(fake.menu).toBeNull();
    expect(fake.windows[0]!.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
  });

  it('answers every reviewer message with "not available in the candidate kit" without reaching the host', async () => {
    expect([...fake.ipc.keys()].sort()).toEqual([...HOST_METHODS.map((m) => hostApiSpec[m].channel), desktopShellSpec.saveScorecardPdf.channel].sort());
    expect(reviewerMethods.length).toBeGreaterThan(0);
    for (const method of reviewerMethods) {
      const reply = await fake.ipc.get(hostApiSpec[method].channel)!(fromApp, { token: 'a'.repeat(64) });
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('not available in the candidate kit') } });
    }
    expect(fake.dispatched).toEqual([]);
  });

  it("serves the candidate's own messages, and only messages the contract gives the candidate role", async () => {
    for (const method of ['startSession', 'saveProgress', 'submitSession', 'exportSession'] as const) expect(candidateMethods).toContain(method);
    for (const method of candidateMethods) expect(hostRoles[method], method).toBe('candidate');
    for (const method of HOST_METHODS.filter((m) => hostApiSpec[m].channel.startsWith('reviewer:'))) expect(reviewerMethods).toContain(method);
    for (const method of candidateMethods) {
      await expect(fake.ipc.get(hostApiSpec[method].channel)!(fromApp, {})).resolves.toEqual({ ok: true, value: `served ${method}` });
    }
  });

  it('swallows DevTools and reload shortcuts and closes DevTools should they open', () => {
    const c = fakeContents();
    fake.appListeners.get('web-contents-created')!({}, c.contents);
    for (const key of [{ key: 'F12' }, { key: 'I', control: true, shift: true }, { key: 'j', meta: true, alt: true }, { key: 'r', control: true }]) {
      expect(c.prevented('before-input-event', key), JSON.stringify(key)).toBe(true);
    }
    expect(c.prevented('before-input-event', { key: 'a', control: true })).toBe(false);
    c.prevented('devtools-opened');
    expect(c.closedDevTools()).toBe(1);
  });

  it('cancels every request that is not the app itself, DevTools included', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      fake.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://assessment/index.html')).toBe(false);
    expect(decide('https://off-origin.invalid/pyodide.js')).toBe(true);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(true);
  });
});

describe('both flavours', () => {
  it.each(['candidate', 'reviewer'] as const)('%s: navigation away, new windows and webviews are denied; permissions too', async (flavor) => {
    await launch(flavor);
    const c = fakeContents();
    fake.appListeners.get('web-contents-created')!({}, c.contents);
    expect(c.prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(c.prevented('will-navigate', 'app://assessment/index.html')).toBe(false);
    expect(c.prevented('will-redirect', 'https://example.com/')).toBe(true);
    expect(c.prevented('will-attach-webview')).toBe(true);
    expect(c.open()).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    fake.permissionRequest!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(fake.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });

  it.each(['candidate', 'reviewer'] as const)('%s: a second launch quits at once and focuses the first window', async (flavor) => {
    await launch(flavor);
    fake.appListeners.get('second-instance')!();
    expect(fake.windows[0]).toMatchObject({ restored: 1, focused: 1 });

    await launch(flavor, false);
    expect(fake.quit).toBe(1);
    expect(fake.ipc.size).toBe(0);
    expect(fake.windows).toHaveLength(0);
  });

  it.each(['candidate', 'reviewer'] as const)('%s: takes the data-directory lock and releases it on quit', async (flavor) => {
    await launch(flavor);
    fake.appListeners.get('will-quit')!();
    expect(fake.lockReleased).toBe(1);
  });

  it.each(['candidate', 'reviewer'] as const)('%s: when browser mode or another copy holds the data directory, says so and quits', async (flavor) => {
    await launch(flavor, true, true);
    await vi.waitFor(() => expect(fake.quit).toBe(1));
    expect(fake.errorBoxes[0]).toMatch(/already open: Another instance of the assessment app \(process 4242/);
    expect(fake.ipc.size).toBe(0);
    expect(fake.windows).toHaveLength(0);
  });
});

describe('reviewer workstation entry (electron/main/reviewer-main.ts)', () => {
  beforeEach(() => launch('reviewer'));

  it('keeps the menu and DevTools, and passes reviewer messages to the host', async () => {
    expect(fake.lockRequests).toBe(1);
    expect(fake.menu).toBe('default');
    expect(fake.windows[0]!.options.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
    for (const method of reviewerMethods) {
      await expect(fake.ipc.get(hostApiSpec[method].channel)!(fromApp, {})).resolves.toEqual({ ok: true, value: `served ${method}` });
    }
  });
});
