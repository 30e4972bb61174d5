// Unit test (Node): the stand-in Electron carries a fuse wire that @electron/fuses (what electron-builder calls) flips,
// and readFuses reads back exactly what was flipped, so check-packaging's fuse check can fail.
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFuses, writeStandInElectron } from './stand-in-electron';

describe('stand-in Electron', () => {
  it('starts like a real Electron (run-as-Node on) and shows the fuses electron-builder flips', async () => {
    const dir = writeStandInElectron(mkdtempSync(join(tmpdir(), 'dpe-stand-in-')), '45.4.1');
    const executable = join(dir, 'electron');
    expect(readFuses(executable)).toMatchObject({ runAsNode: true, enableNodeCliInspectArguments: true, onlyLoadAppFromAsar: true });

    await flipFuses(executable, {
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
    expect(readFuses(executable)).toMatchObject({ runAsNode: false, enableNodeCliInspectArguments: false, enableCookieEncryption: true, onlyLoadAppFromAsar: true });
  });
});
