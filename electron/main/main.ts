// Electron main: one hardened window on the app:// scheme, host services over IPC, no network, no permissions.
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHostServices } from '../host/host-services';
import { RendererFiles } from '../host/renderer-files';
import { APP_ORIGIN, registerHostIpc } from './ipc-wiring';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
]);
app.enableSandbox();

async function createWindow(): Promise<void> {
  const appRoot = app.getAppPath();
  const version = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const services = await createHostServices({
    dataDir: app.getPath('userData'),
    mode: 'electron',
    version,
    gradingWorkerDir: join(appRoot, 'dist', 'electron'),
  });
  registerHostIpc(ipcMain, services);

  const files = new RendererFiles(join(appRoot, 'dist', 'renderer'));
  protocol.handle('app', async (request) => {
    const file = await files.read(new URL(request.url).pathname, false, { origin: APP_ORIGIN });
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The app makes no network request at all: anything but our own scheme is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith(`${APP_ORIGIN}/`) && !details.url.startsWith('devtools://') });
  });

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
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});


app.on('window-all-closed', () => app.quit());
void app.whenReady().then(createWindow);
