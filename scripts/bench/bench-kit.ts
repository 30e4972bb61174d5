// Bench (Node): shared pieces: start browser mode, launch Chromium, and summarise samples as median and p95.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../../electron/browser-mode/find-chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}
export const median = (samples: number[]) => quantile(samples, 0.5);

export interface Figure {
  name: string;
  median: number;
  p95?: number;
  unit: string;
  runs: number;
  baseline?: { value: number; label: string };
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const p95 = f.p95 !== undefined ? `, p95 ${f.p95.toFixed(1)} ${f.unit}` : '';
    const ratio = f.baseline ? `  (${(f.median / f.baseline.value).toFixed(2)}× ${f.baseline.label} of ${f.baseline.value} ${f.unit})` : '';
    console.log(`  ${f.name.padEnd(52)} median ${f.median.toFixed(1)} ${f.unit}${p95} over ${f.runs} runs${ratio}`);
  }
}

export interface BrowserModeApp {
  url: string;
  dataDir: string;
  stop(): void;
}

export function startBrowserMode(): Promise<BrowserModeApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dpe-bench-'));
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-mode/cli.ts', '--data-dir', dataDir, ...(process.env.DPE_RENDERER_DIR ? ['--renderer-dir', process.env.DPE_RENDERER_DIR] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /BROWSER_MODE_READY (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, dataDir, stop: () => child.kill('SIGKILL') });
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
  });
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `npx tsx scripts/ensure-chromium.ts` first.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
