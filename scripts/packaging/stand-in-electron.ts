// Build check helper (Node): a stand-in Electron distribution, so electron-builder can pack the real app folders on
// machines that cannot download Electron. It has what electron-builder reads on Linux (the `electron` executable, which
// carries Electron's fuse wire so the configured fuses really get flipped, plus the files it renames or moves).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this sentinel: one version byte, one length byte, one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
export type FuseName = (typeof FUSE_NAMES)[number];
const ENABLED = 0x31;
const DISABLED = 0x30;

/** Writes the stand-in into `dir`; its fuses start as a real Electron's do (all but cookie encryption on). */
export function writeStandInElectron(dir: string, electronVersion: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.from([1, FUSE_NAMES.length, ...FUSE_NAMES.map((n) => (n === 'enableCookieEncryption' ? DISABLED : ENABLED))]);
  const script = Buffer.from('#!/bin/sh\necho "Stand-in Electron for packaging checks: it cannot run the app." >&2\nexit 1\n# ');
  const executable = join(dir, 'electron');
  writeFileSync(executable, Buffer.concat([script, Buffer.from(FUSE_SENTINEL), wire, Buffer.from('\n')]));
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'version'), electronVersion);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron license file.\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>Stand-in for the Chromium licenses file.</p>\n');
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  return dir;
}

/** The fuse states written into a packed executable: true = enabled. */
export function readFuses(executable: string): Record<FuseName, boolean> {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error(`${executable} has no fuse wire`);
  const wire = at + FUSE_SENTINEL.length + 2;
  return Object.fromEntries(FUSE_NAMES.map((n, i) => [n, bytes[wire + i] === ENABLED])) as Record<FuseName, boolean>;
}
