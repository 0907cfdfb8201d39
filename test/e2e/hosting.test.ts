/**
 * Hosting as documented: a real nginx runs each configuration of docs/hosting.md as written
 * (only its listen, certificate and root lines replaced to listen on a loopback port), serving
 * a build at the domain root and a build under the doc's sub-path. Through it: a crawl of every
 * page finds no broken link; every file of the build comes with its content type (text as
 * UTF-8); every response, 404s included, carries the security headers, the same ones that
 * public/_headers gives when Netlify's own header engine reads it; unknown paths get the
 * not-found page of their language with status 404; pages work in Chromium under the header
 * CSP at phone and desktop widths. Also: two builds of the same data are byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';
import { addressOf, CONTENT_TYPES, crawl, references, siteFiles, type Fetched } from './crawl.ts';
import { buildEnv, launch, watchedPage } from './harness.ts';
import { basePathOf, HOSTING_DOC, nginxBlocks, startNginx, type NginxServer } from './nginx.ts';

const blocks = [...nginxBlocks(readFileSync(HOSTING_DOC, 'utf8')).values()];
const rootBlock = blocks.find((b) => basePathOf(b) === '/');
const subBlock = blocks.find((b) => basePathOf(b) !== '/');
const SUB = subBlock ? basePathOf(subBlock) : '/missing/';
const SUB_DIR = 'test/output/e2e/subpath';
const SUB_SITE = 'https://www.example.gov.cn';
const REPORT_URL = 'https://code.example.org/reports/issues/new';
const ONCE_DIR = 'test/output/e2e/once';
const AGAIN_DIR = 'test/output/e2e/again';

/** The headers every response must carry, whatever its path or status. */
const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security', 'cross-origin-opener-policy', 'x-frame-options'];

function build(outDir: string, env: Record<string, string>): void {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv(env) });
}

function hash(dir: string): Map<string, string> {
  return new Map(siteFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** What public/_headers (as built into `dir`) gives a path, read by Netlify's header engine; names lower-cased. */
async function headersFileFor(dir: string, sitePath: string): Promise<Record<string, string>> {
  const errors: string[] = [];
  const logger = { log: () => undefined, warn: (m: string) => errors.push(m), error: (m: string) => errors.push(m) };
  const handler = new HeadersHandler({ projectDir: dir, logger: logger as unknown as ConstructorParameters<typeof HeadersHandler>[0]['logger'] });
  const values = await handler.apply(new Request(`http://host${sitePath}`));
  if (errors.length > 0) throw new Error(`${dir}/_headers: ${errors.join('; ')}`);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
}

beforeAll(() => {
  build(SUB_DIR, { BASE_PATH: SUB, SITE: SUB_SITE, REPORT_URL });
});

describe('the documented nginx configurations', () => {
  it('are two: one at a domain root, one under a sub-path, sending the same headers', () => {
    expect(rootBlock).toBeDefined();
    expect(subBlock).toBeDefined();
    const headerLines = (b: string) => b.split('\n').filter((l) => /^\s*add_header\s/u.test(l)).map((l) => l.trim());
    expect(headerLines(rootBlock!).length).toBeGreaterThanOrEqual(SECURITY.length + 2);
    expect(headerLines(subBlock!)).toEqual(headerLines(rootBlock!));
    // Headers only at the server level: a location with an add_header of its own would drop them.
    for (const b of [rootBlock!, subBlock!]) {
      const beforeLocations = b.slice(0, b.search(/^\s*location\s/mu));
      expect(headerLines(beforeLocations)).toEqual(headerLines(b));
    }
  });
});

const hosts = [
  { name: 'at the domain root', block: () => rootBlock!, dir: SITE_DIR, base: '/', site: 'https://example.org' },
  { name: `under the sub-path ${SUB}`, block: () => subBlock!, dir: SUB_DIR, base: SUB, site: SUB_SITE },
];

describe.each(hosts)('nginx as documented, $name', ({ block, dir, base, site }) => {
  let nginx: NginxServer;
  let browser: Browser;
  let crawled: Awaited<ReturnType<typeof crawl>>;
  beforeAll(async () => {
    nginx = await startNginx(block(), dir);
    crawled = await crawl(nginx.origin, base, site);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
  });

  it('runs the documented lines, with only listen, the certificates and root replaced', () => {
    expect(nginx.config.replaced.map((l) => l.split(/\s+/u)[0])).toEqual(['listen', 'ssl_certificate', 'ssl_certificate_key', 'root']);
  });

  it('serves every page: a crawl from the home page finds no broken link or asset', async () => {
    expect(crawled.broken).toEqual([]);
    expect(crawled.fetched.size).toBeGreaterThan(60);
    expect(crawled.fetched.get(base)?.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves every file of the build with the content type of its kind, text as UTF-8', async () => {
    const wrong: string[] = [];
    const files = siteFiles(dir).filter((f) => f !== '_headers');
    expect(files.length).toBeGreaterThan(70);
    for (const file of files) {
      const ext = /\.([a-z]+)$/u.exec(file)?.[1] ?? '';
      const expected = CONTENT_TYPES[ext];
      if (!expected) {
        wrong.push(`${file}: no content type is expected for .${ext} files`);
        continue;
      }
      const res = await fetch(nginx.origin + addressOf(base, file));
      await res.arrayBuffer();
      const type = res.headers.get('content-type') ?? '(none)';
      if (res.status !== 200 || !expected.test(type)) wrong.push(`${addressOf(base, file)}: ${res.status} ${type}`);
    }
    expect(wrong).toEqual([]);
  });

  it('sends the security headers on every response, and the same headers as public/_headers', async () => {
    // The crawl's responses (pages, styles, scripts, the search index), every download, and 404s.
    const responses: Fetched[] = [...crawled.fetched.values()];
    for (const path of [...siteFiles(dir).filter((f) => /\.(csv|json|txt|xml|svg)$/u.test(f)).map((f) => addressOf(base, f)), `${base}no/such/page/`, `${base}en/no/such/page/`]) {
      const res = await fetch(nginx.origin + path);
      responses.push({ path, status: res.status, headers: res.headers, body: await res.text() });
    }
    expect(responses.some((r) => r.path.startsWith(`${base}_astro/`))).toBe(true);
    expect(responses.some((r) => r.path.startsWith(`${base}data/sources/`))).toBe(true);
    expect(responses.filter((r) => r.status === 404)).toHaveLength(2);
    const fromFiles = await Promise.all(responses.map((r) => headersFileFor(dir, `/${r.path.slice(base.length)}`)));
    // Every header name _headers sets for any of these paths is compared on every response.
    const declared = new Set(fromFiles.flatMap((h) => Object.keys(h)));
    expect([...declared]).toEqual(expect.arrayContaining([...SECURITY, 'cache-control', 'access-control-allow-origin']));
    const differences: string[] = [];
    for (const [i, r] of responses.entries()) {
      // A 404 is the not-found page: _headers hosts send its headers by the page, so only the security headers are compared.
      const fromFile = r.status === 404 ? Object.fromEntries(Object.entries(fromFiles[i]!).filter(([k]) => SECURITY.includes(k))) : fromFiles[i]!;
      for (const name of SECURITY) {
        if (!r.headers.get(name)) differences.push(`${r.path}: no ${name}`);
      }
      for (const name of declared) {
        if (r.status === 404 && !SECURITY.includes(name)) continue;
        const sent = r.headers.get(name);
        // The content type is checked above; here only where _headers sets it.
        if (name === 'content-type' && !(name in fromFile)) continue;
        if (sent !== (fromFile[name] ?? null)) differences.push(`${r.path}: ${name} is ${JSON.stringify(sent)} from nginx, ${JSON.stringify(fromFile[name] ?? null)} from _headers`);
      }
      const immutable = /immutable/u.test(r.headers.get('cache-control') ?? '');
      if (immutable !== r.path.startsWith(`${base}_astro/`)) differences.push(`${r.path}: cache-control ${r.headers.get('cache-control')}`);
      if (r.status === 200 && (r.headers.get('access-control-allow-origin') === '*') !== r.path.startsWith(`${base}data/`)) differences.push(`${r.path}: access-control-allow-origin ${r.headers.get('access-control-allow-origin')}`);
    }
    expect(differences).toEqual([]);
    // The values themselves: what a <meta> cannot say.
    const home = responses.find((r) => r.path === base)!;
    expect(home.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/u);
    expect(home.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/u);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([
    ['no/such/page/', 'zh-CN'],
    ['en/no/such/page/', 'en'],
    ['reports/no-such-report/', 'zh-CN'],
    ['en/reports/no-such-report/', 'en'],
    ['data/no-such-table.csv', 'zh-CN'],
  ])('answers %s with the not-found page in %s, status 404, and its links work', async (path, lang) => {
    const res = await fetch(`${nginx.origin}${base}${path}`);
    const body = await res.text();
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const name of SECURITY) expect(res.headers.get(name), name).toBeTruthy();
    const doc = parse(body);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('title')?.textContent).toMatch(lang === 'en' ? /^Page not found · / : /^找不到这个页面 · /u);
    const home = lang === 'en' ? `${base}en/` : base;
    expect(doc.querySelector('[data-testid="not-found-search"]')?.getAttribute('action')).toBe(`${home}search/`);
    expect(doc.querySelectorAll('[data-testid="not-found-links"] a').map((a) => a.getAttribute('href'))).toContain(home);
    const broken: string[] = [];
    for (const url of references(body, `${nginx.origin}${base}${path}`)) {
      // The skip link (#main) points into the page itself, wherever it is shown.
      if (url.origin !== nginx.origin || url.pathname === `${base}${path}`) continue;
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.status !== 200) broken.push(`${r.status} ${url.pathname}`);
    }
    expect(broken).toEqual([]);
  });

  it.each([360, 1280])('at %i px, pages work in Chromium under the header CSP, and the not-found page leads to search', async (width) => {
    for (const path of ['', 'reports/guangzhou-baiyun-2021-department/', 'compare/?ids=guangzhou-baiyun,jiangmen', 'en/indicators/?met=false']) {
      const { page, problems } = await watchedPage(browser, nginx.origin, { width, height: 800 });
      const res = await page.goto(`${nginx.origin}${base}${path}`, { waitUntil: 'networkidle' });
      expect(res?.status(), path).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
    const { page, problems } = await watchedPage(browser, nginx.origin, { width, height: 800 });
    const missing = `${nginx.origin}${base}en/no/such/page/?from=old-link`;
    const res = await page.goto(missing, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(404);
    // The page itself answers 404, which Chromium also logs; nothing else may go wrong.
    const expected = [`HTTP 404: ${missing}`, 'console: Failed to load resource: the server responded with a status of 404 (Not Found)'];
    expect(problems).toEqual(expect.arrayContaining(expected));
    const others = () => problems.filter((p) => !expected.includes(p));
    expect(others()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.locator('#not-found-q').fill('baiyun');
    await page.locator('#not-found-q').press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=baiyun$/u);
    await page.locator('[data-search-results] a').first().waitFor();
    expect(new URL(await page.locator('[data-search-results] a').first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${base}en/departments/guangzhou-baiyun/`);
    expect(others()).toEqual([]);
    await page.context().close();
  });
});

describe('a build under a sub-path', () => {
  it('has a sitemap whose URLs all live under the sub-path of the configured site', () => {
    const locs = [...readFileSync(join(SUB_DIR, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThanOrEqual(40);
    for (const l of locs) expect(l.startsWith(`${SUB_SITE}${SUB}`)).toBe(true);
    expect(locs.some((l) => /404/u.test(l))).toBe(false);
    expect(readFileSync(join(SUB_DIR, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SUB_SITE}${SUB}sitemap.xml`);
  });

  it('cites the configured site address on /data/ and links every page to the configured error-report address', () => {
    for (const [file, lang] of [['data/index.html', 'zh'], ['en/data/index.html', 'en']] as const) {
      const doc = parse(readFileSync(join(SUB_DIR, file), 'utf8'));
      const citation = doc.querySelector('[data-testid="citation"]')?.textContent ?? '';
      expect(citation, lang).toContain(`${SUB_SITE}${SUB}${lang === 'en' ? 'en/' : ''}data/`);
      expect(citation, lang).not.toContain('example.org');
      expect(doc.querySelector('[data-testid="citation-errors"] a')?.getAttribute('href'), lang).toBe(REPORT_URL);
    }
    for (const file of siteFiles(SUB_DIR).filter((f) => f.endsWith('.html'))) {
      const doc = parse(readFileSync(join(SUB_DIR, file), 'utf8'));
      expect(doc.querySelector('footer [data-testid="report-error"] a')?.getAttribute('href'), file).toBe(REPORT_URL);
    }
    for (const file of ['about/index.html', 'en/about/index.html']) {
      const doc = parse(readFileSync(join(SUB_DIR, file), 'utf8'));
      // The paragraph under "Found an error?" links to it.
      expect(doc.querySelector('#errors')?.nextElementSibling?.querySelector('a')?.getAttribute('href'), file).toBe(REPORT_URL);
    }
  });

  it('without REPORT_URL, the pages say that no address was configured instead of pointing nowhere', () => {
    for (const [file, text] of [['index.html', '没有设置报告错误的地址'], ['en/reports/jiangmen-2024-department/index.html', 'names no address for error reports']] as const) {
      const doc = parse(readFileSync(join(SITE_DIR, file), 'utf8'));
      const footer = doc.querySelector('footer [data-testid="report-error"]');
      expect(footer?.querySelector('a'), file).toBeNull();
      expect(footer?.textContent, file).toContain(text);
    }
  });
});

describe('determinism', () => {
  it('two builds of the same data are byte-identical', () => {
    // Both builds here, one after the other, from the same checkout.
    build(ONCE_DIR, { BASE_PATH: '/' });
    build(AGAIN_DIR, { BASE_PATH: '/' });
    const a = hash(ONCE_DIR);
    const b = hash(AGAIN_DIR);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
