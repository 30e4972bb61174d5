// Test fixture (Node): the traps the hostile-submission tests set (marker folder, reviewer data folder with a secret,
// environment canary, decoy server on 127.0.0.1, a victim process) and the hostile sources built from the corpus.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const PYTHON_ATTACKS = readdirSync(join(HERE, 'python')).filter((n) => !n.startsWith('_') && n.endsWith('.py')).sort();
export const SQL_ATTACKS = readdirSync(join(HERE, 'sql')).filter((n) => n.endsWith('.sql')).sort();

export interface Traps {
  markerDir: string;
  dataDir: string;
  secret: string;
  canaryName: string;
  canaryValue: string;
  decoyUrl: string;
  decoyPort: number;
  /** Requests the decoy server received (any at all is a failure). */
  decoyHits: string[];
  victim: ChildProcess;
  /** Files that appeared in the marker folder (any at all is a failure). */
  markers(): string[];
  victimAlive(): boolean;
  fill(text: string): string;
  close(): Promise<void>;
}

export async function setTraps(): Promise<Traps> {
  const markerDir = mkdtempSync(join(tmpdir(), 'dpe-hostile-marker-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'dpe-hostile-data-'));
  const secret = `sekret${randomBytes(8).toString('hex')}`;
  writeFileSync(join(dataDir, 'secret.json'), JSON.stringify({ passphraseHash: secret }));
  const canaryName = 'DPE_HOSTILE_CANARY';
  const canaryValue = `canary${randomBytes(8).toString('hex')}`;
  // The grading host's own environment holds the canary: the sandbox must not see it.
  process.env[canaryName] = canaryValue;
  const decoyHits: string[] = [];
  const server: Server = createServer((req, res) => {
    decoyHits.push(`${req.method} ${req.url}`);
    res.end('ok');
  });
  server.on('upgrade', (req, socket) => {
    decoyHits.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  server.on('connection', () => decoyHits.push('TCP connection'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const decoyPort = (server.address() as AddressInfo).port;
  const victim = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e6)'], { stdio: 'ignore' });
  const traps: Traps = {
    markerDir,
    dataDir,
    secret,
    canaryName,
    canaryValue,
    decoyUrl: `http://127.0.0.1:${decoyPort}`,
    decoyPort,
    decoyHits,
    victim,
    markers: () => readdirSync(markerDir),
    victimAlive: () => victim.exitCode === null && victim.signalCode === null,
    fill: (text) =>
      text
        .replaceAll('__MARKER_DIR__', markerDir)
        .replaceAll('__DATA_DIR__', dataDir)
        .replaceAll('__CANARY_NAME__', canaryName)
        .replaceAll('__DECOY_URL__', `http://127.0.0.1:${decoyPort}`)
        .replaceAll('__DECOY_PORT__', String(decoyPort))
        .replaceAll('__VICTIM_PID__', String(victim.pid)),
    async close() {
      victim.kill('SIGKILL');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(markerDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
      delete process.env[canaryName];
    },
  };
  return traps;
}

/** An honest solution with one attack from the corpus appended (run at import and on every run_ingest call). */
export function hostilePython(honest: string, attack: string, traps: Traps): string {
  const read = (name: string) => readFileSync(join(HERE, 'python', name), 'utf8');
  return traps.fill([honest, read('_prelude.py'), read(attack), read('_wrapper.py')].join('\n\n'));
}

/** One hostile SQL statement from the corpus, with its placeholders filled. */
export function hostileSql(attack: string, traps: Traps): string {
  return traps.fill(readFileSync(join(HERE, 'sql', attack), 'utf8')).replace(/^--.*\n/gm, '').trim();
}
