// `npm run bench` (Node): builds the renderer it measures, then prints medians (and p95 where useful) with ratios to
// baselines.
import { execSync } from 'node:child_process';
import { launchChromium, printFigures } from './bench-kit';
import { benchFoundation } from './foundation-bench';
import { benchPythonBrowser, benchSql } from './exercise-bench';
import { benchPyodideSnapshot } from './pyodide-snapshot-bench';
import { benchGrading } from './grading-bench';
import { benchSessionBatch } from './session-batch-bench';
import { benchSessionFile } from './session-file-bench';

// `npm run bench -- grading`: only the Node grading figures (no renderer build, no Chromium).
const gradingOnly = process.argv.includes('grading');
// Always built (a few seconds, the snapshot is cached): a renderer left from an older checkout measured old code, and
// its worker could not read a newer snapshot file. DPE_RENDERER_DIR builds and measures that copy instead.
if (!gradingOnly) execSync('npm run --silent build:renderer', { stdio: 'inherit' });

const browser = gradingOnly ? null : await launchChromium();
if (browser) try {
  printFigures('Foundation (browser mode, Chromium)', await benchFoundation(browser));
  printFigures('SQL exercise (browser mode, Chromium)', await benchSql(browser));
  printFigures('Python exercise (browser mode, Chromium)', await benchPythonBrowser(browser));
  printFigures('Python worker: memory snapshot vs a bare boot (browser mode, Chromium)', await benchPyodideSnapshot(browser));
} finally {
  await browser.close();
}
printFigures('Grading (Node, host side)', await benchGrading());
printFigures('Scorecard grading of whole sessions (Node, 2 cores)', await benchSessionBatch());
if (!gradingOnly) printFigures('Session file over a simulated hour per exercise (Node, host side; goals: ≤ 1 MB, save p95 ≤ 20 ms)', await benchSessionFile());
if (!gradingOnly) printFigures('Incident engine (Node, pure reducer; goal: every action under 50 ms)', (await import('./incident-bench')).benchIncident());
