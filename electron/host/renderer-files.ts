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

  async read(urlPath: string, acceptsGzip: boolean): Promise<RendererFile> {
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
    let body = await readFile(full);
    if (ext === '.html' && this.injectToken) {
      body = Buffer.from(body.toString('utf8').replace('<!--host-token-->', `<meta name="host-token" content="${this.injectToken}">`));
    }
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      // Hashed build assets never change; the page itself must not be cached (it carries the launch token).
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    };
    if (acceptsGzip && COMPRESSIBLE.has(ext) && body.length > 1024 && ext !== '.html') {
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
