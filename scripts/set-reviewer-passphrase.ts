// Node script: `npm run reviewer:set-passphrase -- --data-dir <dir> [--replace [--name <reviewer>]]`. Prepares the
// reviewer passphrase of a machine outside the candidate screen (its first unlock makes it the identity of the name
// typed, a panel lead), or changes one reviewer's passphrase. Prompts on a terminal without echo; otherwise reads
// lines from stdin (current passphrase first when replacing, then the new one).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { hostApiSpec } from '../contract/host-api';
import { defaultDataDir } from '../electron/host/data-dir';
import { HostError } from '../electron/host/host-error';
import { ReviewerAuth } from '../electron/host/reviewer-auth';

function askHidden(question: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          return resolvePromise(typed);
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stdout.write('\n');
          return reject(new Error('Cancelled; nothing was changed.'));
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function stdinLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) lines.push(line);
  return lines;
}

function checkPassphrase(passphrase: string): void {
  const result = hostApiSpec.unlockReviewer.input.shape.passphrase.safeParse(passphrase);
  if (!result.success) throw new Error(`That passphrase cannot be used: ${result.error.issues[0]?.message ?? 'invalid'}. Nothing was changed.`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, replace: { type: 'boolean', default: false }, name: { type: 'string' } } });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const auth = new ReviewerAuth(dataDir, () => new Date());
  const alreadySet = await auth.isSet();
  if (alreadySet && !values.replace) {
    throw new Error(`A reviewer passphrase is already set in ${dataDir}. To change it, run again with --replace (you will be asked for the current one).`);
  }
  const terminal = Boolean(process.stdin.isTTY);
  const piped = terminal ? [] : await stdinLines();
  const next = (prompt: string) => (terminal ? askHidden(prompt) : Promise.resolve(piped.shift() ?? ''));

  // The current passphrase first; it is checked with the same slowed guessing as the app: this is not a way around it.
  const current = alreadySet ? await next('Current reviewer passphrase: ') : '';
  const passphrase = await next('New reviewer passphrase (at least 10 characters): ');
  checkPassphrase(passphrase);
  if (terminal && (await askHidden('Type it again: ')) !== passphrase) throw new Error('The two passphrases differ. Nothing was changed.');
  if (alreadySet) {
    const whose = await auth.replacePassphrase(values.name ?? null, current, passphrase);
    console.log(`Reviewer passphrase changed (${whose}) for ${dataDir}. Only its scrypt hash is stored.`);
    return;
  }
  await auth.setPassphrase(passphrase);
  console.log(`Reviewer passphrase set for ${dataDir}. Only its scrypt hash is stored.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof HostError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
