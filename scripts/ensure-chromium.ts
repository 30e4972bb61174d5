// Test setup (Node): make sure a Chromium exists for the end-to-end tests, installing one if none is found.
import { execSync, spawnSync } from 'node:child_process';
import { findChromium } from '../electron/browser-mode/find-chromium';

function tryRun(command: string): boolean {
  return spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0;
}

const found = findChromium();
if (found) {
  console.log(`Using Chromium at ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\u2019s chromium package with apt-get (one-time setup)…');
  if (tryRun('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null')) {
    console.log(`Installed ${findChromium() ?? 'chromium'} from apt.`);
    process.exit(0);
  }
  console.log('apt-get could not install chromium; trying Playwright\u2019s download.');
}
console.log('No Chromium found: downloading Playwright\u2019s Chromium (npx playwright install chromium)…');
try {
  execSync('npx playwright install chromium', { stdio: 'inherit' });
} catch {
  console.error('Could not install a Chromium. Install one (e.g. `apt-get install chromium`) or set CHROMIUM_PATH, then run the tests again.');
  process.exit(1);
}
console.log(`Installed ${findChromium() ?? 'Playwright Chromium'}.`);
