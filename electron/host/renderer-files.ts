// Host (Node): serves the built renderer with the security headers both transports send on every file.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What wasm needs and nothing more: no eval, no remote origins, workers only from the app itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Workers run candidate code (SQL, Python), so they get their own, narrower policy: they may load scripts from the
 * build and the runtime, and fetch only the runtime files (wasm, stdlib, lock file). Nothing else is reachable from
 * a worker: not the page (which carries the browser-mode token), not `/api/`. Paths in CSP sources need an origin,
 * hence a function of the origin the file is served from. Dedicated workers take their policy from the response of
 * their script, so this is what the worker script's response carries.
 */
export function workerContentSecurityPolicy(origin: string): string {
  return [
    "default-src 'none'",
    `script-src ${origin}/assets/ ${origin}/runtime/ 'wasm-unsafe-eval'`,
    `connect-src ${origin}/runtime/`,
    "worker-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Vite names worker entry chunks `<name>.worker-<hash>.js`; the fetch destination says so too where it is sent. */
export function isWorkerScript(relativePath: string, fetchDest?: string): boolean {
  if (fetchDest === 'worker' || fetchDest === 'sharedworker' || fetchDest === 'serviceworker') return true;
  return /^assets\/[^/]+\.worker-[^/]+\.js$/.test(relativePath);
}

/** What the transport knows about the request: the origin it was made to and the browser's Sec-Fetch-* headers. */
export interface RequestContext {
  origin?: string;
  fetchDest?: string;
  fetchMode?: string;
}

/** Cross-origin isolation (COOP+COEP) lets Pyodide's interrupt buffer use SharedArrayBuffer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.wasm', '.html', '.svg', '.txt']);

export class RendererFiles {
  private readonly gzipCache = new Map<string, Buffer>();

  /** `injectToken` is written into index.html so the page, and only pages we serve, can call the API. */
  constructor(
    private readonly rendererDir: string,
    private readonly injectToken?: string,
  ) {}

  async read(urlPath: string, acceptsGzip: boolean, request: RequestContext = {}): Promise<RendererFile> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
    } catch {
      return this.plain(400, 'Bad path');
    }
    const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
    const full = normalize(join(this.rendererDir, relative));
    if (!full.startsWith(normalize(this.rendererDir + sep))) return this.plain(403, 'Forbidden');
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) return this.plain(404, 'Not found');
    const ext = extname(full);
    // The page carries the launch token: serve it only to a window navigating to it, never to a fetch, XHR or
    // script import (from a worker running candidate code, say). Browsers send Sec-Fetch-* on 127.0.0.1.
    const navigation = request.fetchMode === undefined || (request.fetchMode === 'navigate' && (request.fetchDest ?? 'document') === 'document');
    if (ext === '.html' && !navigation) return this.plain(403, 'The app page opens only as a window, not as a fetched file.');
    let body = await readFile(full);
    if (ext === '.html' && this.injectToken) {
      body = Buffer.from(body.toString('utf8').replace('<!--host-token-->', `<meta name="host-token" content="${this.injectToken}">`));
    }
    const worker = isWorkerScript(relative.split(sep).join('/'), request.fetchDest);
    if (worker && !request.origin) console.warn(`[renderer-files] ${relative} served without an origin: its workers keep the page policy.`);
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      ...(worker && request.origin ? { 'Content-Security-Policy': workerContentSecurityPolicy(request.origin) } : {}),
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      // Hashed build assets never change; the page itself must not be cached (it carries the launch token).
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    };
    // Not the runtime (Pyodide's 9.6 MB wasm and its loader): on the loopback, inflating costs the worker more than the
    // bytes saved (the wasm arrived in 100–200 ms gzipped against 50–60 ms plain in Chromium here).
    const compress = acceptsGzip && COMPRESSIBLE.has(ext) && body.length > 1024 && ext !== '.html' && !relative.startsWith('runtime/');
    if (compress) {
      let zipped = this.gzipCache.get(full);
      if (!zipped) {
        zipped = gzipSync(body, { level: 6 });
        this.gzipCache.set(full, zipped);
      }
      return { status: 200, headers: { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }, body: zipped };
    }
    return { status: 200, headers, body };
  }

  private plain(status: number, text: string): RendererFile {
    return { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.from(text) };
  }
}
