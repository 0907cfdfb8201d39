/**
 * What every browser test needs: a static server on 127.0.0.1 (a free port) serving a built
 * site, Debian's Chromium through playwright-core (never a downloaded browser), and a page
 * that records console errors, failed requests and any request to another origin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface SiteServer { origin: string; url(path: string): string; close(): Promise<void> }

/** Serves `dir` at `base` ("/" or "/sub/path/"); anything outside the base is a 404. */
export async function serve(dir: string, base = '/'): Promise<SiteServer> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${base}${path.replace(/^\//u, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Watched { page: Page; problems: string[] }

/** A page that records console errors, page errors, failed or foreign requests. */
export async function watchedPage(browser: Browser, origin: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) problems.push(`foreign request: ${r.url()}`);
  });
  return { page, problems };
}

/**
 * The environment for a child `npm run build`: without what Vitest injects into process.env
 * (BASE_URL, MODE, NODE_ENV=test, …), which would leak into Vite inside the child build.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[k];
  return { ...env, ...extra };
}
