// Unit test: browser mode's HTTP edge: token, Host/Origin/Sec-Fetch checks, no CORS, size and encoding refusals,
// the page only to navigations, the workers' narrow policy, path traversal, and roles over HTTP.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServices } from '../host/host-services';
import { startBrowserModeServer, type BrowserModeServer } from './server';

let server: BrowserModeServer;
let port: number;
let origin: string;

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
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

/** What Chromium sends for the page's own `fetch('./api/…')`. */
const fromPage = () => ({ 'Content-Type': 'application/json', 'x-host-token': server.token, Origin: origin, 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' });
const api = (channel: string, headers: Record<string, string>, body = '{}') => call(`/api/${channel}`, { method: 'POST', headers, body });
const errorOf = (reply: Reply) => (JSON.parse(reply.body) as { error: { code: string; message: string } }).error;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'dpe-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><!--host-token--></head></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'python.worker-AbC123.js'), 'self.onmessage = () => {}');
  writeFileSync(join(rendererDir, 'assets', 'editor-XyZ.js'), 'console.log(1);\n'.repeat(400));
  mkdirSync(join(rendererDir, 'runtime', 'pyodide'), { recursive: true });
  writeFileSync(join(rendererDir, 'runtime', 'pyodide', 'pyodide.asm.wasm'), Buffer.alloc(8192, 1));
  const services = await createHostServices({ dataDir: mkdtempSync(join(tmpdir(), 'dpe-data-')), mode: 'browser', version: 'test' });
  server = await startBrowserModeServer({ host: services, rendererDir });
  port = Number(new URL(server.url).port);
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => server.close());

describe('browser-mode server: the page and its files', () => {
  it('serves the page with the launch token, CSP and cross-origin isolation headers to a navigation', async () => {
    const page = await call('/', { headers: { 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Site': 'none' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="host-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect((await call('/assets/app.js')).headers['content-security-policy']).toBeDefined();
  });

  it('gzips the app scripts but sends the Python runtime plain (inflating the wasm slowed the Python boot)', async () => {
    const gzip = { 'Accept-Encoding': 'gzip, deflate' };
    expect((await call('/assets/editor-XyZ.js', { headers: gzip })).headers['content-encoding']).toBe('gzip');
    const wasm = await call('/runtime/pyodide/pyodide.asm.wasm', { headers: gzip });
    expect(wasm.status).toBe(200);
    expect(wasm.headers['content-encoding']).toBeUndefined();
    expect(wasm.headers['content-type']).toBe('application/wasm');
  });

  it('never hands the page (and its token) to a fetch, an XHR or a script import, e.g. from a worker', async () => {
    for (const headers of [
      { 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty', 'Sec-Fetch-Site': 'same-origin' },
      { 'Sec-Fetch-Mode': 'same-origin', 'Sec-Fetch-Dest': 'empty', 'Sec-Fetch-Site': 'same-origin' },
      { 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'script', 'Sec-Fetch-Site': 'same-origin' },
      { 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'iframe', 'Sec-Fetch-Site': 'same-origin' },
    ]) {
      for (const path of ['/', '/index.html']) {
        const reply = await call(path, { headers });
        expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(reply.body).not.toContain(server.token);
        expect(reply.body).toContain('opens only as a window');
      }
    }
  });

  it("gives worker scripts a policy that reaches only the runtime files: not the page, not the API", async () => {
    const worker = await call('/assets/python.worker-AbC123.js', { headers: { 'Sec-Fetch-Dest': 'worker', 'Sec-Fetch-Mode': 'same-origin' } });
    const csp = String(worker.headers['content-security-policy']);
    expect(csp).toContain(`connect-src ${origin}/runtime/;`);
    expect(csp).toContain(`script-src ${origin}/assets/ ${origin}/runtime/ 'wasm-unsafe-eval'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("worker-src 'none'");
    expect(csp).not.toMatch(/connect-src[^;]*'self'/);
    // Known by its name even where the browser sends no Sec-Fetch-Dest (Electron's app:// handler).
    expect(String((await call('/assets/python.worker-AbC123.js')).headers['content-security-policy'])).toContain(`connect-src ${origin}/runtime/;`);
    // The page's own scripts keep the page policy.
    expect(String((await call('/assets/app.js')).headers['content-security-policy'])).toContain("connect-src 'self'");
  });

  it('refuses a foreign Host header (DNS rebinding) and paths outside the renderer', async () => {
    expect((await call('/', { headers: { Host: 'evil.example:80' } })).status).toBe(421);
    expect((await call('/..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });
});

describe('browser-mode server: the API', () => {
  it('calls the host only with the token, and validates the payload', async () => {
    const { 'x-host-token': _token, ...noToken } = fromPage();
    expect((await api('app:get-info', noToken)).status).toBe(401);
    const ok = await api('app:get-info', fromPage());
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { mode: 'browser' } });
    const bad = await api('session:start', fromPage(), '{"candidateName": ""}');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers only its own page: a foreign Origin, a cross-site or same-site request, a form post or a non-fetch is refused', async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['foreign origin', { Origin: 'http://evil.example' }],
      ['other port on localhost', { Origin: 'http://127.0.0.1:1' }],
      ['cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
      ['same-site', { 'Sec-Fetch-Site': 'same-site' }],
      ['form navigation', { 'Sec-Fetch-Mode': 'navigate' }],
      ['no-cors', { 'Sec-Fetch-Mode': 'no-cors' }],
      ['iframe destination', { 'Sec-Fetch-Dest': 'iframe' }],
    ];
    for (const [name, headers] of cases) {
      const reply = await api('app:get-info', { ...fromPage(), ...headers });
      expect(reply.status, name).toBe(403);
      expect(errorOf(reply).message, name).toMatch(/^Refused: /);
    }
  });

  it('sends no CORS headers, to a preflight or to anything else', async () => {
    const preflight = await call('/api/app:get-info', { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-host-token' } });
    expect(preflight.status).toBe(405);
    const ok = await api('app:get-info', fromPage());
    for (const reply of [preflight, ok]) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses a body that is not JSON-typed, so a cross-site form cannot post one', async () => {
    const reply = await api('app:get-info', { ...fromPage(), 'Content-Type': 'text/plain' });
    expect(reply.status).toBe(415);
    expect(errorOf(reply).message).toContain('application/json');
  });

  it('answers bad %-encoding in the message name with 400 and a clear message, not a crash', async () => {
    const reply = await api('session%E0%A4%A', fromPage());
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toBe('The message name in the address is not valid percent-encoding.');
  });

  it('refuses an oversized body with its size and the limit, and keeps answering', async () => {
    const huge = await api('session:save-progress', fromPage(), 'x'.repeat(6 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(errorOf(huge).message).toMatch(/too large to save \(6\.0 MB; one message may carry at most 5 MB\)\. Nothing was changed\./);
    expect((await api('app:get-info', fromPage())).status).toBe(200);
  });

  it('enforces roles over HTTP too: a reviewer message without a valid reviewer token never reaches the host', async () => {
    const reply = await api('reviewer:list-sessions', fromPage(), JSON.stringify({ token: 'c'.repeat(64) }));
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Unlock it with the passphrase') } });
    const other = await api('session:export', fromPage(), JSON.stringify({ sessionId: '33333333-3333-4333-8333-333333333333' }));
    expect(JSON.parse(other.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
