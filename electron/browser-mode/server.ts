// Host (Node): browser mode. The same host functions over HTTP on 127.0.0.1, guarded by a per-launch token.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_MESSAGE_BYTES, methodForChannel, type HostReply } from '../../contract/host-api';
import { dispatchHostCall, type HostGate } from '../host/dispatch';
import { RendererFiles, SECURITY_HEADERS } from '../host/renderer-files';

export interface BrowserModeServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** `host` is what createHostServices returns: the handlers and what the dispatcher needs to check each caller's role. */
export async function startBrowserModeServer(options: { host: HostGate; rendererDir: string; port?: number }): Promise<BrowserModeServer> {
  const token = randomBytes(32).toString('hex');
  const files = new RendererFiles(options.rendererDir, token);
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[browser-mode] request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The host could not answer.' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A DNS-rebinding page reaches us under a foreign Host header: refuse it before anything else.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      await handleApi(req, res, url.slice('/api/'.length).split('?')[0] ?? '');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const file = await files.read(url, /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')), {
      origin: `http://${req.headers.host}`,
      fetchDest: header(req, 'sec-fetch-dest'),
      fetchMode: header(req, 'sec-fetch-mode'),
    });
    res.writeHead(file.status, { ...file.headers, 'Content-Length': String(file.body.length) });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    // No CORS at all: a preflight gets no Access-Control-* header, so a foreign page cannot even send JSON here.
    if (req.method !== 'POST') return sendJson(res, 405, refusal('invalid-input', 'Use POST.'));
    const foreign = foreignCaller(req);
    if (foreign) return sendJson(res, 403, refusal('forbidden', foreign));
    if (req.headers['x-host-token'] !== token) return sendJson(res, 401, refusal('forbidden', 'This page is not from this launch of the app. Reload it from the address the app printed.'));
    if (!/^application\/json\b/i.test(header(req, 'content-type') ?? '')) return sendJson(res, 415, refusal('invalid-input', 'Send the message as application/json.'));
    let channelName: string;
    try {
      channelName = decodeURIComponent(channel);
    } catch {
      return sendJson(res, 400, refusal('invalid-input', 'The message name in the address is not valid percent-encoding.'));
    }
    const method = methodForChannel(channelName);
    if (!method) return sendJson(res, 404, refusal('not-found', `Unknown message ${channelName.slice(0, 80)}.`));
    // An oversized body is drained, not buffered, so the sender reads the refusal instead of a reset connection.
    const { text: body, size } = await readBody(req, MAX_MESSAGE_BYTES + 64 * 1024);
    if (body === null) {
      const megabytes = (size / 1024 / 1024).toFixed(1);
      return sendJson(res, 413, refusal('invalid-input', `That is too large to save (${megabytes} MB; one message may carry at most 5 MB). Nothing was changed.`));
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body || '{}');
    } catch {
      return sendJson(res, 400, refusal('invalid-input', 'The request was not valid JSON.'));
    }
    sendJson(res, 200, await dispatchHostCall(options.host, method, payload));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * API calls come only from our own page: the browser's Origin and Sec-Fetch-* headers must say same-origin when they
 * are present (a non-browser client sends none and still needs the token). Null when the caller looks like our page.
 */
function foreignCaller(req: IncomingMessage): string | null {
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://${header(req, 'host')}`) return `Refused: a call from ${origin.slice(0, 80)}, not from the app's own page.`;
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return `Refused: a ${site} request; the host answers only its own page.`;
  const mode = header(req, 'sec-fetch-mode');
  if (mode !== undefined && mode !== 'cors' && mode !== 'same-origin') return `Refused: a ${mode} request; the host answers only the app's own fetch calls.`;
  const dest = header(req, 'sec-fetch-dest');
  if (dest !== undefined && dest !== 'empty') return `Refused: a request for a ${dest}; the host answers only the app's own fetch calls.`;
  return null;
}

function refusal(code: 'invalid-input' | 'forbidden' | 'not-found', message: string): HostReply<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(body.length) });
  res.end(body);
}

/** Reads the body up to `limit` bytes; text null when it is larger (the rest is drained, not buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<{ text: string | null; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: tooLarge ? null : Buffer.concat(chunks).toString('utf8'), size }));
    req.on('error', reject);
  });
}
