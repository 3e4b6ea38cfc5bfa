/**
 * A small static server for the demo article and the test fixtures, on 127.0.0.1.
 *
 * `/demo/…` serves `demo/`, everything else serves `tests/fixtures/`. A page
 * `x.html` gets the extra response headers listed in `x.headers.json` beside
 * it, which is how fixtures ask for a strict Content-Security-Policy.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/demo/', join(ROOT, 'demo')],
  ['/', join(ROOT, 'tests/fixtures')],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

function resolvePath(pathname: string, mounts = MOUNTS): string | undefined {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : undefined;
  }
  return undefined;
}

function extraHeaders(file: string): Record<string, string> {
  const sidecar = file.replace(/\.html$/, '.headers.json');
  return sidecar !== file && existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : {};
}

export interface ServerOptions {
  /** Serve this folder at `/` instead of the demo and the fixtures. */
  root?: string;
  /** Headers added to every response (for example a CSP that keeps page scripts off). */
  headers?: Record<string, string>;
}

export function startServer(port = 0, options: ServerOptions = {}): Promise<FixtureServer> {
  const mounts: Array<[string, string]> = options.root ? [['/', resolve(options.root)]] : MOUNTS;
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolvePath(pathname, mounts);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...options.headers,
      ...extraHeaders(file),
    });
    res.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
      done({
        origin,
        url: (path) => new URL(path, origin).href,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
