// Electron main: the hardened window both flavours share (app:// scheme, host over IPC, no network, no permissions).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../host/data-dir-lock';
import { createHostServices } from '../host/host-services';
import { RendererFiles } from '../host/renderer-files';
import { hostForFlavor, isDevToolsShortcut, refusalInFlavor, type DesktopFlavor } from './desktop-flavor';
import { APP_ORIGIN, registerHostIpc } from './ipc-wiring';
import { registerScorecardPdf } from './scorecard-pdf';

export interface DesktopAppOptions {
  flavor: DesktopFlavor;
  /** Folder under dist/ holding this flavour's renderer build (the candidate kit's has no reviewer area). */
  rendererFolder: string;
}

/** Every web contents: no navigation away, no new windows, no webviews; in the candidate kit no DevTools either. */
export function hardenWebContents(contents: WebContents, flavor: DesktopFlavor): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (flavor === 'candidate') {
    contents.on('before-input-event', (event, input) => {
      if (isDevToolsShortcut(input)) event.preventDefault();
    });
    // devTools:false already stops them opening; this closes them should anything still manage to.
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** Only our own scheme is served; nothing else is requested (the candidate kit does not even allow devtools://). */
export function allowedRequest(url: string, flavor: DesktopFlavor): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || (flavor === 'reviewer' && url.startsWith('devtools://'));
}

async function createWindow(options: DesktopAppOptions): Promise<BrowserWindow | null> {
  const appRoot = app.getAppPath();
  const version = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = app.getPath('userData');
  // The single-instance lock covers two copies of this app; this one also covers browser mode or another flavour
  // started on the same data directory.
  let lock: DataDirLock;
  try {
    lock = await acquireDataDirLock(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    dialog.showErrorBox('The assessment is already open', error.message);
    app.quit();
    return null;
  }
  app.on('will-quit', () => lock.releaseSync());
  const host = await createHostServices({
    dataDir,
    mode: 'electron',
    version,
    // The Deno grading sandbox reads its scripts by path, from the unpacked copy beside app.asar.
    gradingWorkerDir: join(appRoot.replace(/\.asar$/, '.asar.unpacked'), 'dist', 'electron'),
  });
  registerHostIpc(ipcMain, hostForFlavor(options.flavor, host), refusalInFlavor(options.flavor));
  registerScorecardPdf(ipcMain, {
    flavor: options.flavor,
    access: host.access,
    showSaveDialog: (sender, dialogOptions) => {
      const owner = BrowserWindow.fromWebContents(sender);
      return owner ? dialog.showSaveDialog(owner, dialogOptions) : dialog.showSaveDialog(dialogOptions);
    },
    documentsDir: app.getPath('documents'),
  });

  const files = new RendererFiles(join(appRoot, 'dist', options.rendererFolder));
  protocol.handle('app', async (request) => {
    // The origin lets worker scripts get their narrower policy (connect-src only the runtime files).
    const file = await files.read(new URL(request.url).pathname, false, { origin: APP_ORIGIN });
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowedRequest(details.url, options.flavor) }));

  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Data Platform Engineer assessment',
    webPreferences: {
      preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in a new window; the app has none, and this keeps it that way.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.flavor !== 'candidate',
    },
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Starts the app; returns false when another instance already runs (this one then quits and that one is focused). */
export function startDesktopApp(options: DesktopAppOptions): boolean {
  // Two instances on one data directory would overwrite each other's saves: the second launch focuses the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
  app.enableSandbox();
  // No menu in the candidate kit: the default one has Reload, Force Reload and Toggle Developer Tools.
  if (options.flavor === 'candidate') Menu.setApplicationMenu(null);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options.flavor));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    mainWindow = await createWindow(options);
  });
  return true;
}
