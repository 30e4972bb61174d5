// `npm run bench` (Node): builds if needed, then prints medians (and p95 where useful) with ratios to baselines.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { launchChromium, printFigures } from './bench-kit';
import { benchFoundation } from './foundation-bench';

if (!existsSync('dist/renderer/index.html')) execSync('npm run --silent build:renderer', { stdio: 'inherit' });

const browser = await launchChromium();
try {
  printFigures('Foundation (browser mode, Chromium)', await benchFoundation(browser));
} finally {
  await browser.close();
}
