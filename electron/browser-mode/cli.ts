// Host (Node): `npm run start:browser` entry. Starts the host services and the 127.0.0.1 server, prints the address.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHostServices } from '../host/host-services';
import { defaultDataDir } from '../host/data-dir';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../host/data-dir-lock';
import { startBrowserModeServer } from './server';
import { findChromium } from './find-chromium';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      open: { type: 'boolean', default: false },
      'renderer-dir': { type: 'string' },
    },
  });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const rendererDir = resolve(values['renderer-dir'] ?? join(root, 'dist', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`The renderer is not built (${rendererDir}/index.html is missing). Run: npm run build:renderer`);
    process.exit(1);
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // Two instances on one data directory would overwrite each other's saves: the second one stops here.
  let lock: DataDirLock;
  try {
    lock = await acquireDataDirLock(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(error.message);
    process.exit(3);
  }
  process.on('exit', () => lock.releaseSync());
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const services = await createHostServices({ dataDir, mode: 'browser', version });
  const server = await startBrowserModeServer({ host: services, rendererDir, port: Number(values.port) });
  console.log(`Assessment app (browser mode) running at ${server.url}`);
  console.log(`Sessions are stored in ${dataDir}`);
  // Tests and scripts read this line; keep its shape.
  console.log(`BROWSER_MODE_READY ${server.url}`);

  if (values.open) {
    const chromium = findChromium();
    if (chromium) {
      const profile = join(dataDir, 'chromium-profile');
      spawn(chromium, [`--app=${server.url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'], {
        stdio: 'ignore',
        detached: true,
      }).unref();
      console.log(`Opened ${chromium} in app mode.`);
    } else {
      console.log('Open the address above in Chromium or Chrome.');
    }
  }
  const stop = () => {
    // An open keep-alive connection can hold close() back; the lock is released on exit either way.
    setTimeout(() => process.exit(0), 2_000).unref();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
