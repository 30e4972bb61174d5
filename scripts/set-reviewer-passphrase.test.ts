// Unit test: the set-passphrase command prepares a machine's reviewer passphrase outside the candidate screen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReviewerAuth } from '../electron/host/reviewer-auth';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const run = (dataDir: string, input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/set-reviewer-passphrase.ts', '--data-dir', dataDir, ...args], { cwd: root, input, encoding: 'utf8' });

describe('npm run reviewer:set-passphrase', () => {
  it('sets the passphrase the app then accepts, and changes it only with --replace and the current one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpe-setpp-'));
    const tooShort = run(dir, 'short\n');
    expect(tooShort.status).toBe(1);
    expect(tooShort.stderr).toContain('Use at least 10 characters. Nothing was changed.');

    expect(run(dir, 'prepared by Rita\n')).toMatchObject({ status: 0, stdout: expect.stringContaining('Reviewer passphrase set for') });
    const auth = new ReviewerAuth(dir, () => new Date());
    // Its first unlock makes it Rita's identity on this machine (a panel lead).
    expect(auth.check(await auth.unlock('Rita', 'prepared by Rita'))).toMatchObject({ reviewerName: 'Rita', panelLead: true });

    expect(run(dir, 'someone else\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('already set') });
    expect(run(dir, 'not the current one\nsomeone else took it\n', '--replace')).toMatchObject({ status: 1, stderr: expect.stringContaining('not correct') });
    expect(run(dir, 'prepared by Rita\nchanged by Rita later\n', '--replace').status).toBe(0);
    await expect(new ReviewerAuth(dir, () => new Date()).unlock('Rita', 'changed by Rita later')).resolves.toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);
});
