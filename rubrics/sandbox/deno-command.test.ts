// Unit (Node): the sandbox's command line grants read access to the runtime files only, nothing else, and an empty environment.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { denoBinaryPath, denoCommand, pyodidePackageDir, sandboxScriptDir, unpackedPath } from './deno-command';

describe('sandbox command line', () => {
  const cmd = denoCommand({ deno: '/bin/deno', entry: '/s/python-supervisor.ts', readPaths: ['/rt/pyodide', '/s/python-supervisor.ts'], denoDir: '/tmp/d' });

  it('grants reading the listed files and no other permission, never prompting for more', () => {
    expect(cmd.args).toContain('--allow-read=/rt/pyodide,/s/python-supervisor.ts');
    expect(cmd.args).toContain('--no-prompt');
    expect(cmd.args.filter((a) => a.startsWith('--allow-'))).toEqual(['--allow-read=/rt/pyodide,/s/python-supervisor.ts']);
    expect(cmd.args.some((a) => /^(-A|--allow-all)$/.test(a))).toBe(false);
  });

  it('caps wasm memory at 448 MiB usable and the JavaScript heap', () => {
    expect(cmd.args).toContain('--v8-flags=--wasm-max-mem-pages=8192,--max-old-space-size=512');
  });

  it('hands over an empty environment apart from a private Deno cache folder', () => {
    expect(Object.keys(cmd.env).sort()).toEqual(process.platform === 'win32' && process.env.SystemRoot ? ['DENO_DIR', 'NO_COLOR', 'SystemRoot'] : ['DENO_DIR', 'NO_COLOR']);
    expect(cmd.env.DENO_DIR).toBe('/tmp/d');
  });

  it('refuses a read path with a comma, which would widen the permission list', () => {
    expect(() => denoCommand({ deno: 'd', entry: 'e', readPaths: ['/a,/etc'], denoDir: '/t' })).toThrow(/comma/);
  });

  it('finds the installed Deno binary, Pyodide and its own scripts', () => {
    expect(existsSync(denoBinaryPath())).toBe(true);
    expect(existsSync(join(pyodidePackageDir(), 'pyodide.asm.wasm'))).toBe(true);
    expect(existsSync(join(sandboxScriptDir(), 'python-supervisor.ts'))).toBe(true);
    expect(sandboxScriptDir({ workerDir: '/app/resources/app.asar/dist/electron' })).toBe('/app/resources/app.asar.unpacked/dist/electron/sandbox');
    expect(unpackedPath('/x/app.asar/node_modules/pyodide')).toBe('/x/app.asar.unpacked/node_modules/pyodide');
  });
});
