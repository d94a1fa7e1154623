import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
/** Types a static host compresses on the fly; Pagefind's own data files are already gzip inside. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

/** One response as sent: the path asked for, status and body bytes on the wire. */
export interface Sent {
  path: string;
  status: number;
  bytes: number;
}

/**
 * A static server over a built site that behaves like a static host (GitHub Pages, Netlify):
 * `Cache-Control: max-age=600` with ETag revalidation (304), gzip for text types, 404.html on
 * misses. It records every response it sends, so a test can count what a browser downloaded,
 * web workers included.
 */
export interface BenchServer {
  url: string;
  /** Responses sent since the last `take()`, and clears the list. */
  take(): Sent[];
  /** Resolves once no request has been in flight for `quietMs`. */
  idle(quietMs?: number): Promise<void>;
  close(): Promise<void>;
}

export function serveSite(root: string): Promise<BenchServer> {
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null; etag: string }>();
  let sent: Sent[] = [];
  let inFlight = 0;
  let lastEnd = 0;
  const load = (file: string) => {
    let hit = cache.get(file);
    if (!hit) {
      const body = readFileSync(file);
      hit = {
        body,
        gzip: COMPRESSED.has(extname(file)) ? gzipSync(body) : null,
        etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`,
      };
      cache.set(file, hit);
    }
    return hit;
  };
  const server: Server = createServer((req, res) => {
    inFlight++;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let ended = false;
    const done = (status: number, bytes: number) => {
      if (ended) return;
      ended = true;
      sent.push({ path, status, bytes });
      inFlight--;
      lastEnd = performance.now();
    };
    // A request the browser aborts still ends: count what was written of it.
    res.on('close', () => done(res.statusCode, res.writableFinished ? Number(res.getHeader('content-length') ?? 0) : 0));
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      done(403, 0);
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    const status = found ? 200 : 404;
    const { body, gzip, etag } = load(served);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=600',
      etag,
    };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      done(304, 0);
      return;
    }
    const zipped = gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const out = zipped ? gzip : body;
    if (zipped) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(out.length);
    res.writeHead(status, headers);
    res.end(out, () => done(status, out.length));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        take() {
          const out = sent;
          sent = [];
          return out;
        },
        async idle(quietMs = 40) {
          for (;;) {
            const quiet = performance.now() - lastEnd;
            if (inFlight === 0 && quiet >= quietMs) return;
            await new Promise((r) => setTimeout(r, inFlight === 0 ? quietMs - quiet : 5));
          }
        },
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    }),
  );
}
