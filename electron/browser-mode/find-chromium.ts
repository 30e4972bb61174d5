// Host (Node): locate a Chromium to open browser mode in; the same search order the test setup uses.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) candidates.push(join(dir, name));
  }
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const entry of readdirSync(cache).filter((n) => n.startsWith('chromium-')).sort().reverse()) {
      candidates.push(join(cache, entry, 'chrome-linux', 'chrome'), join(cache, entry, 'chrome-linux64', 'chrome'));
    }
  }
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}
