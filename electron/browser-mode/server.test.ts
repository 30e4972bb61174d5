// Unit test: browser mode's HTTP edge: token, Host header, size limit, headers, and path traversal.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServices } from '../host/host-services';
import { startBrowserModeServer, type BrowserModeServer } from './server';

let server: BrowserModeServer;
let port: number;

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'dpe-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><!--host-token--></head></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const { handlers } = await createHostServices({ dataDir: mkdtempSync(join(tmpdir(), 'dpe-data-')), mode: 'browser', version: 'test' });
  server = await startBrowserModeServer({ handlers, rendererDir });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

describe('browser-mode server', () => {
  it('serves the page with the launch token, CSP and cross-origin isolation headers', async () => {
    const page = await call('/');
    expect(page.body).toContain(`<meta name="host-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect((await call('/assets/app.js')).headers['content-security-policy']).toBeDefined();
  });

  it('calls the host only with the token, and validates the payload', async () => {
    const json = { 'Content-Type': 'application/json' };
    expect((await call('/api/app:get-info', { method: 'POST', headers: json, body: '{}' })).status).toBe(401);
    const ok = await call('/api/app:get-info', { method: 'POST', headers: { ...json, 'x-host-token': server.token }, body: '{}' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { mode: 'browser' } });
    const bad = await call('/api/session:start', { method: 'POST', headers: { ...json, 'x-host-token': server.token }, body: '{"candidateName": ""}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a foreign Host header (DNS rebinding), oversized bodies, and paths outside the renderer', async () => {
    expect((await call('/', { headers: { Host: 'evil.example:80' } })).status).toBe(421);
    const huge = await call('/api/session:save-progress', { method: 'POST', headers: { 'x-host-token': server.token }, body: 'x'.repeat(6 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.message).toContain('too large');
    expect((await call('/..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });
});
