// Bench (Node + Chromium): Python ready from a memory snapshot (Pyodide's private `_makeSnapshot`/`_loadSnapshot`,
// pyodide 314.0.7) beside a bare loadPyodide plus the worker's stdlib imports, in the same browser and run. The
// snapshot is made on the page with those modules imported and handed to fresh pages through IndexedDB. The worker
// does not use it yet (see docs/exercise-python.md, Runtime): this measures what it would gain.
import type { Browser } from '@playwright/test';
import { median, startBrowserMode, type Figure } from './bench-kit';

// Page-side IndexedDB, typed only as far as used (the scripts' tsconfig has no DOM library).
interface BenchRequest<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface BenchStore {
  put(value: unknown, key: string): void;
  get(key: string): BenchRequest<unknown>;
}
interface BenchDb {
  createObjectStore(name: string): void;
  transaction(name: string, mode?: string): { objectStore(name: string): BenchStore; oncomplete: ((v: unknown) => void) | null; onerror: (() => void) | null; error: unknown };
}

/** The same warm-up as the candidate's worker (renderer/src/workers/python/python.worker.ts). */
const WARM_IMPORTS = 'import csv, json, unittest, logging, sqlite3, datetime, decimal, re';

export async function benchPyodideSnapshot(browser: Browser, rounds = 3): Promise<Figure[]> {
  const app = await startBrowserMode();
  const indexURL = new URL('runtime/pyodide/', app.url).href;
  try {
    const context = await browser.newContext();
    const maker = await context.newPage();
    await maker.goto(app.url);
    const snapshotBytes = await maker.evaluate(
      async ({ indexURL, imports }) => {
        const mod = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide(o: object): Promise<{ runPython(c: string): unknown; makeMemorySnapshot(): Uint8Array }> };
        const py = await mod.loadPyodide({ indexURL, _makeSnapshot: true });
        py.runPython(imports);
        const snapshot = py.makeMemorySnapshot();
        const db = await new Promise<BenchDb>((resolve, reject) => {
          const open = (globalThis as unknown as { indexedDB: { open(name: string, version: number): BenchRequest<BenchDb> & { onupgradeneeded: (() => void) | null } } }).indexedDB.open('bench-snapshot', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put(snapshot, 'snapshot');
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        return snapshot.length;
      },
      { indexURL, imports: WARM_IMPORTS },
    );
    await maker.close();

    const restored: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < rounds; i++) {
      for (const mode of ['snapshot', 'bare'] as const) {
        const page = await context.newPage();
        await page.goto(app.url);
        const ms = await page.evaluate(
          async ({ indexURL, imports, mode }) => {
            let bytes: Uint8Array | undefined;
            if (mode === 'snapshot') {
              const db = await new Promise<BenchDb>((resolve, reject) => {
                const open = (globalThis as unknown as { indexedDB: { open(name: string, version: number): BenchRequest<BenchDb> & { onupgradeneeded: (() => void) | null } } }).indexedDB.open('bench-snapshot', 1);
                open.onsuccess = () => resolve(open.result);
                open.onerror = () => reject(open.error);
              });
              bytes = await new Promise<Uint8Array>((resolve, reject) => {
                const get = db.transaction('s').objectStore('s').get('snapshot');
                get.onsuccess = () => resolve(get.result as Uint8Array);
                get.onerror = () => reject(get.error);
              });
            }
            const started = performance.now();
            const mod = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide(o: object): Promise<{ runPython(c: string): unknown }> };
            const py = await mod.loadPyodide(bytes ? { indexURL, _loadSnapshot: bytes } : { indexURL });
            // Either way the interpreter must end up with the same modules imported.
            py.runPython(imports);
            return performance.now() - started;
          },
          { indexURL, imports: WARM_IMPORTS, mode },
        );
        (mode === 'snapshot' ? restored : bare).push(ms);
        await page.close();
      }
    }
    await context.close();
    const ratio = median(bare) / median(restored);
    return [
      { name: `Python ready from a memory snapshot (${(snapshotBytes / 1e6).toFixed(1)} MB)`, median: median(restored), unit: 'ms', runs: restored.length, baseline: { value: 500, label: 'issue 15 goal' } },
      { name: `Bare loadPyodide + stdlib imports (bare/snapshot = ${ratio.toFixed(1)})`, median: median(bare), unit: 'ms', runs: bare.length },
    ];
  } finally {
    app.stop();
  }
}
