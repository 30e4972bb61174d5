// Unit test (Node, child processes): the host is SIGKILLed while it appends; every acknowledged save survives, a torn
// last line is dropped and reported, and the session resumes and verifies.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeTestHosts, testHost } from './fixtures/host-fixture';
import { verifyRecords } from './session-log/chain';
import { readLogFile } from './session-log/log-file';

afterAll(closeTestHosts);

/** Runs the child until it has acknowledged `saves` more saves, then kills it; returns the last acknowledged length. */
function saveThenKill(dir: string, saves: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'save-until-killed.ts'), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = -1;
    let seen = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [, , chars] = line.split(' ');
        acknowledged = Number(chars);
        // Kill at a slightly different moment each round, mid-stream.
        if (++seen >= saves) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`child exited without being killed: ${stderr}`))));
  });
}

describe('crash safety', () => {
  it('survives SIGKILL mid-append five times: nothing acknowledged is lost and the log still verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpe-crash-'));
    for (let round = 0; round < 5; round++) {
      const acknowledged = await saveThenKill(dir, 15 + round * 7);
      const file = join(dir, 'sessions', readdirSync(join(dir, 'sessions')).find((n) => n.endsWith('.jsonl'))!);
      const host = await testHost(dir);
      const { session } = await host.handlers.getActiveSession({});
      const source = (session?.answers.python as { source: string }).source;
      expect(source.length).toBeGreaterThanOrEqual(acknowledged);
      const { records, droppedTail } = await readLogFile(file);
      expect(droppedTail).toBeNull();
      expect(verifyRecords(records).ok).toBe(true);
      expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
      await host.services.close();
    }
  }, 120_000);
});
