/**
 * A static server for a built site (sirv as a library): what `npm start`, the benchmark, the
 * audit and the browser tests serve the site with. It listens on one address and says which;
 * answers paths outside the base with 404; serves the site's own 404 page (`en/404.html` for
 * English paths, else `404.html`) when the build has one; and, with `headers`, sends what the
 * site's `_headers` file asks for (docs/hosting.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders, type HeaderRule } from './headers.ts';

export interface SiteServer {
  /** `http://127.0.0.1:4321`: the address that answers */
  origin: string;
  /** The URL of a site path (without the base) */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Where the site lives on the server: "/" or "/sub/path/" */
  base?: string;
  host?: string;
  /** 0: any free port */
  port?: number;
  /** Send the headers of the site's `_headers` file (default: no) */
  headers?: boolean;
}

/** Serves `dir`; resolves once the server listens. */
export async function serveSite(dir: string, opts: ServeOptions = {}): Promise<SiteServer> {
  const base = opts.base ?? '/';
  const host = opts.host ?? '127.0.0.1';
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const headersFile = join(dir, '_headers');
  const rules: HeaderRule[] = opts.headers && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8'), headersFile) : [];

  const notFound = (path: string, res: ServerResponse) => {
    const page = [path.startsWith('/en/') ? 'en/404.html' : null, '404.html'].find((p) => p !== null && existsSync(join(dir, p)));
    res.statusCode = 404;
    if (page) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(join(dir, page)));
    } else {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('not found');
    }
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const inside = url.startsWith(base);
    const path = inside ? `/${url.slice(base.length)}` : url;
    for (const [name, value] of headersFor(rules, path.split(/[?#]/u)[0] ?? path)) res.setHeader(name, value);
    if (!inside) {
      notFound(path, res);
      return;
    }
    req.url = path;
    files(req, res, () => notFound(path, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => `${origin}${base}${path.replace(/^\//u, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
