// Unit test: one instance per data directory: a live holder refuses the second, a dead one's lock is taken over.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, holderIsAlive, LOCK_FILE } from './data-dir-lock';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpe-lock-'));
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A pid that is certainly not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('data-directory lock', () => {
  it('lets one instance in and tells a second one who holds the directory', async () => {
    const dir = freshDir();
    const lock = await acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    const second = await acquireDataDirLock(dir).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(DataDirLockedError);
    expect((second as Error).message).toMatch(new RegExp(`Another instance of the assessment app \\(process ${process.pid}, started .*\\) is using .*Close it first`));
    await lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    await (await acquireDataDirLock(dir)).release();
  });

  it('takes over a lock left by a process that is no longer running, and says so', async () => {
    const dir = freshDir();
    const pid = await deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, startedAt: Date.now() - 60_000, host: hostname(), nonce: 'old' }));
    const lines: string[] = [];
    const lock = await acquireDataDirLock(dir, { log: (l) => lines.push(l) });
    expect(lines).toEqual([expect.stringContaining(`stale lock on ${dir} left by process ${pid}, which is no longer running`)]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('treats a running pid that started at another time as a reused pid (Linux), and a half-written lock as stale', async () => {
    const reused = { pid: process.pid, startedAt: Date.now() - 10 * 24 * 3600_000, host: hostname(), nonce: 'x' };
    if (process.platform === 'linux') expect(holderIsAlive(reused)).toBe(false);
    expect(holderIsAlive({ ...reused, startedAt: Math.round(Date.now() - process.uptime() * 1000) })).toBe(true);
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), '{"pid": 12');
    const lock = await acquireDataDirLock(dir, { log: () => undefined });
    await lock.release();
  });

  it('does not remove a lock that another instance took over in the meantime', async () => {
    const dir = freshDir();
    const lock = await acquireDataDirLock(dir);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, startedAt: Date.now(), host: hostname(), nonce: 'someone-else' }));
    await lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it('browser mode exits non-zero with a clear message when another live instance holds the directory', async () => {
    const dir = freshDir();
    const lock = await acquireDataDirLock(dir);
    writeFileSync(join(dir, 'index.html'), '<html></html>');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-mode/cli.ts', '--data-dir', dir, '--renderer-dir', dir], { cwd: root });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null>((r) => child.once('exit', r));
      expect(code).not.toBe(0);
      expect(out).toContain(`Another instance of the assessment app (process ${process.pid}`);
      expect(out).not.toContain('BROWSER_MODE_READY');
    } finally {
      await lock.release();
    }
  }, 60_000);
});
