/**
 * What every browser test needs: a static server on 127.0.0.1 (a free port) serving a built
 * site (scripts/serve/server.ts, the one `npm start` uses), Debian's Chromium through
 * playwright-core (scripts/chromium.ts; never a downloaded browser), and a page that records
 * console errors, failed requests and any request to another origin.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveSite, type SiteServer } from '../../scripts/serve/server.ts';

export type { SiteServer };

/** Serves `dir` at `base` ("/" or "/sub/path/") on 127.0.0.1; anything outside the base is a 404. */
export function serve(dir: string, base = '/'): Promise<SiteServer> {
  return serveSite(dir, { base });
}

export function launch(): Promise<Browser> {
  return launchChromium();
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

/** Serves `dir` and launches Chromium for the tests of one file (closed after them): `const s = siteAndBrowser(SITE_DIR)`, then `s.server`, `s.browser`. */
export function siteAndBrowser(dir: string): { readonly server: SiteServer; readonly browser: Browser } {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(dir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() { return server!; },
    get browser() { return browser!; },
  };
}
