// Bench (Node + Chromium): how soon the candidate's Python worker (the built renderer/src/workers/python/python.worker.ts)
// says "ready" after it starts: restoring the build's memory snapshot (runtime/pyodide/python-snapshot.bin, made by
// scripts/python-snapshot.ts) beside a bare loadPyodide with the same imports, alternating, in the same browser and run.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { median, startBrowserMode, type Figure } from './bench-kit';
import { writePythonSnapshot } from '../python-snapshot';
import { PYTHON_SNAPSHOT_FILE } from '../../renderer/src/workers/python/warm-imports';

// Page-side Worker, typed only as far as used (the scripts' tsconfig has no DOM library).
interface PageWorker {
  onmessage: ((e: { data: { type: string; source?: string; snapshotNote?: string; message?: string } }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
type PageWorkerConstructor = new (url: URL, options: { type: 'module'; name: string }) => PageWorker;

/** Issue 15's goal for the worker: ready within half a second of starting. */
const READY_GOAL_MS = 500;

export async function benchPyodideSnapshot(browser: Browser, rounds = 3): Promise<Figure[]> {
  const rendererDir = resolve(process.env.DPE_RENDERER_DIR ?? 'dist/renderer');
  const workerScript = readdirSync(join(rendererDir, 'assets')).find((f) => /^python\.worker-.+\.js$/.test(f));
  if (!workerScript) throw new Error(`No built Python worker in ${rendererDir}/assets: run npm run build:renderer.`);
  // A renderer built before the snapshot existed: add it the way the build does.
  if (!existsSync(join(rendererDir, PYTHON_SNAPSHOT_FILE))) writePythonSnapshot(join(rendererDir, PYTHON_SNAPSHOT_FILE));
  const app = await startBrowserMode();
  try {
    const context = await browser.newContext();
    const samples = { snapshot: [] as number[], bare: [] as number[], duringLoad: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      for (const run of ['snapshot', 'bare', 'duringLoad'] as const) {
        const mode = run === 'bare' ? 'bare' : 'snapshot';
        const page = await context.newPage();
        // The app starts the worker when an assessment starts, on a page that has finished loading: that is the goal's
        // figure. The third run starts it as soon as the page's load event fires, racing the first render for the cores.
        await page.goto(app.url);
        if (run !== 'duringLoad') await page.waitForLoadState('networkidle');
        const reply = await page.evaluate(
          ({ base, worker, snapshotFile, mode }) =>
            new Promise<{ type: string; ms?: number; source?: string; snapshotNote?: string; message?: string }>((done) => {
              const PageWorker = (globalThis as unknown as { Worker: PageWorkerConstructor }).Worker;
              const w = new PageWorker(new URL(`assets/${worker}`, base), { type: 'module', name: 'python' });
              const started = performance.now();
              w.onmessage = (e) => {
                if (e.data.type === 'progress') return;
                w.terminate();
                done({ ...e.data, ms: performance.now() - started });
              };
              w.postMessage({
                type: 'init',
                id: 1,
                indexURL: new URL('runtime/pyodide/', base).href,
                snapshotURL: mode === 'snapshot' ? new URL(snapshotFile, base).href : null,
                interruptBuffer: null,
              });
            }),
          { base: app.url, worker: workerScript, snapshotFile: PYTHON_SNAPSHOT_FILE, mode },
        );
        if (reply.type !== 'ready') throw new Error(`The Python worker did not start: ${reply.message ?? reply.type}`);
        if (reply.source !== mode) throw new Error(`Asked for a ${mode} boot, the worker did a ${reply.source} one: ${reply.snapshotNote ?? ''}`);
        samples[run].push(reply.ms!);
        await page.close();
      }
    }
    await context.close();
    const ratio = median(samples.bare) / median(samples.snapshot);
    return [
      { name: 'Python worker ready, snapshot restored', median: median(samples.snapshot), unit: 'ms', runs: samples.snapshot.length, baseline: { value: READY_GOAL_MS, label: 'issue 15 goal' } },
      { name: `Python worker ready, bare loadPyodide (bare/snapshot ${ratio.toFixed(1)}×)`, median: median(samples.bare), unit: 'ms', runs: samples.bare.length },
      { name: 'Python worker ready, snapshot, started while the page still loads', median: median(samples.duringLoad), unit: 'ms', runs: samples.duringLoad.length },
    ];
  } finally {
    app.stop();
  }
}

// `npx tsx scripts/bench/pyodide-snapshot-bench.ts` runs just this part.
if (process.argv[1]?.endsWith('pyodide-snapshot-bench.ts')) {
  const { launchChromium, printFigures } = await import('./bench-kit');
  const browser = await launchChromium();
  try {
    printFigures('Python worker: memory snapshot vs a bare boot (browser mode, Chromium)', await benchPyodideSnapshot(browser));
  } finally {
    await browser.close();
  }
}
