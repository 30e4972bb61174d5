// Host only: where the Deno binary and the sandbox scripts are, and the exact command line and environment a
// sandbox process gets (read access to its own files only, nothing else, capped memory).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** 8192 wasm pages of 64 KiB: Pyodide's heap stops at 448 MiB usable with a MemoryError instead of taking the host down. */
export const WASM_MAX_MEM_PAGES = 8192;
/** The JavaScript heap of each isolate in the sandbox (MiB). */
export const MAX_OLD_SPACE_MB = 512;

export interface SandboxLocation {
  /**
   * Where a bundled host (Electron) shipped its grading files: the sandbox scripts (a copy of rubrics/sandbox/deno/)
   * are in its `sandbox/` folder. Unbundled code finds them beside this module.
   */
  workerDir?: string;
  /** The Deno executable; default: the binary of the `deno` npm package for this platform, or DPE_DENO_PATH. */
  denoPath?: string;
  /** The installed pyodide package folder; default: resolved from node_modules. */
  pyodideDir?: string;
  /** The sql.js dist folder; default: resolved from node_modules. */
  sqlJsDir?: string;
}

function requireHere(): NodeJS.Require {
  // ESM (tsx, vitest) has import.meta.url; the Electron main is a CommonJS bundle with __filename instead.
  const base = (import.meta as { url?: string }).url ?? (typeof __filename === 'string' ? __filename : join(process.cwd(), 'package.json'));
  return createRequire(base);
}

/** Deno reads files by path and cannot look inside Electron's asar archive: use the unpacked copy beside it. */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

function moduleDir(): string | undefined {
  const base = (import.meta as { url?: string }).url;
  return base ? dirname(fileURLToPath(base)) : undefined;
}

export function sandboxScriptDir(loc: SandboxLocation = {}): string {
  if (loc.workerDir) return unpackedPath(join(resolve(loc.workerDir), 'sandbox'));
  const here = moduleDir();
  if (!here) throw new Error('The grading sandbox needs workerDir here: ship rubrics/sandbox/deno/ with the bundle and pass its folder.');
  return join(here, 'deno');
}

const PLATFORM_PACKAGES: Record<string, string> = {
  'linux-x64': '@deno/linux-x64-glibc',
  'linux-arm64': '@deno/linux-arm64-glibc',
  'darwin-x64': '@deno/darwin-x64',
  'darwin-arm64': '@deno/darwin-arm64',
  'win32-x64': '@deno/win32-x64',
  'win32-arm64': '@deno/win32-arm64',
};

export function denoBinaryPath(loc: SandboxLocation = {}): string {
  const explicit = loc.denoPath ?? process.env.DPE_DENO_PATH;
  if (explicit) return explicit;
  const pkg = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!pkg) throw new Error(`No Deno binary is packaged for ${process.platform}-${process.arch}; grading cannot run candidate code here.`);
  const exe = process.platform === 'win32' ? 'deno.exe' : 'deno';
  try {
    const path = unpackedPath(join(dirname(requireHere().resolve(`${pkg}/package.json`)), exe));
    if (existsSync(path)) return path;
  } catch {
    // fall through to the message below
  }
  throw new Error(`The Deno binary (${pkg}) is not installed: run "npm install" (the grading sandbox needs it).`);
}

export function pyodidePackageDir(loc: SandboxLocation = {}): string {
  return loc.pyodideDir ?? unpackedPath(dirname(requireHere().resolve('pyodide/package.json')));
}

export function sqlJsDistDir(loc: SandboxLocation = {}): string {
  return loc.sqlJsDir ?? unpackedPath(dirname(requireHere().resolve('sql.js/dist/sql-wasm.js')));
}

export interface DenoCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/**
 * The command line of a sandbox process. Its only permission is reading `readPaths` (the runtime's files and the
 * sandbox scripts); no write, network, environment, subprocess, system-info or FFI access, and no prompt asking for
 * more. Memory: wasm is capped by WASM_MAX_MEM_PAGES and each JS heap by MAX_OLD_SPACE_MB.
 */
export function denoCommand(opts: { deno: string; entry: string; readPaths: string[]; args?: string[]; denoDir: string; extraFlags?: string[] }): DenoCommand {
  for (const p of opts.readPaths) {
    // Deno's permission list is comma-separated: a comma in a path would widen or break it.
    if (p.includes(',')) throw new Error(`The sandbox cannot grant read access to a path containing a comma: ${p}`);
  }
  return {
    command: opts.deno,
    args: [
      'run',
      '--no-prompt',
      '--no-config',
      '--no-lock',
      '--no-remote',
      '--no-npm',
      `--allow-read=${opts.readPaths.join(',')}`,
      `--v8-flags=--wasm-max-mem-pages=${WASM_MAX_MEM_PAGES},--max-old-space-size=${MAX_OLD_SPACE_MB}`,
      ...(opts.extraFlags ?? []),
      opts.entry,
      ...(opts.args ?? []),
    ],
    // Empty environment: nothing of the reviewer's (tokens, paths, proxies) is there to read even by accident.
    env: { DENO_DIR: opts.denoDir, NO_COLOR: '1', ...(process.platform === 'win32' && process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}) },
  };
}
