// `npm start` (Node): builds what is missing, then runs Electron, or browser mode when no Electron binary exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passThrough = args.filter((a) => a !== '--browser');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const builtIndex = 'dist/renderer/index.html';
const sourcesChanged = !existsSync(builtIndex) || ['renderer', 'exercises', 'assessment', 'contract'].some((d) => newestMtime(d) > statSync(builtIndex).mtimeMs);
if (sourcesChanged) {
  console.log('Building the app (first start, or sources changed)…');
  if (spawnSync(npm, ['run', '--silent', 'build:renderer'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const electron = forceBrowser ? null : findElectronBinary();
if (electron) {
  if (spawnSync(npm, ['run', '--silent', 'build:electron'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  const child = spawn(electron, ['.', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!forceBrowser) {
    console.log('No Electron binary found (node_modules/electron has none, and this machine cannot download it): starting browser mode instead.');
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-mode/cli.ts', '--open', ...passThrough], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
