/**
 * Report text is untrusted. A data set whose names, indicators, reasons and problems carry
 * HTML and script payloads (test/fixtures/xss) builds into a site where all of it is plain
 * text: on pages, in search results, in the comparison view, in chart labels, in downloads.
 * The payloads set window.__xss if they ever run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildEnv, launch, serve, watchedPage, type SiteServer } from './harness.ts';

const WORK = resolve('test/output/e2e/xss-project');
const SITE = join(WORK, 'dist');

/** A copy of the project with the fixture as its data folder, so the real outputs stay untouched. */
function buildFixtureSite(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  for (const f of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(f, join(WORK, f), { recursive: true, filter: (p) => !/src[\\/]generated|public[\\/]data/u.test(p) });
  }
  cpSync('test/fixtures/xss', join(WORK, 'data'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(WORK, 'node_modules'), 'dir');
  execFileSync('npm', ['run', 'build'], { cwd: WORK, stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv({ BASE_PATH: '/' }) });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

let server: SiteServer;
let browser: Browser;
beforeAll(async () => {
  buildFixtureSite();
  server = await serve(SITE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile report text', () => {
  it('never becomes markup in any built page', () => {
    const pages = htmlFiles(SITE);
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const doc = parse(readFileSync(p, 'utf8'));
      // Every <script> is the site's own external module; no element carries an event handler
      // or a javascript: link; no <img> at all (the site has none, the payload brings one).
      for (const script of doc.querySelectorAll('script')) expect(script.getAttribute('src') ?? 'inline', p).toMatch(/^\/_astro\//u);
      for (const el of doc.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          expect(name.toLowerCase().startsWith('on'), `${p}: <${el.tagName} ${name}>`).toBe(false);
          if (name === 'href' || name === 'src') expect(value.trim().toLowerCase().startsWith('javascript:'), `${p}: ${name}=${value}`).toBe(false);
        }
      }
      expect(doc.querySelectorAll('img, iframe, object, embed').length, p).toBe(0);
    }
  });

  it.each(['', 'departments/guangzhou-baiyun/', 'reports/guangzhou-baiyun-2021-department/', 'sources/guangzhou-baiyun-2021-department/', 'indicators/', 'compare/?ids=guangzhou-baiyun', 'coverage/', 'en/reports/guangzhou-baiyun-2021-department/'])(
    '/%s shows the payloads as text and runs none of them',
    async (path) => {
      const { page, problems } = await watchedPage(browser, server.origin);
      await page.goto(server.url(path), { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('body').innerText()).toMatch(/<script>window\.__xss=1<\/script>|onerror=/u);
      expect(await page.locator('img[onerror], a[href^="javascript:"]').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('search results show the payloads as text', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url('search/'));
    await page.locator('#search-q').focus();
    await page.locator('#search-q').pressSequentially('script', { delay: 10 });
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await page.locator('[data-search-results]').innerText()).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.context().close();
  });

  it('downloads carry the payloads as data, not markup, and charts escape them', () => {
    const csv = readFileSync(join(SITE, 'data/indicators.csv'), 'utf8');
    expect(csv).toContain('<script>window.__xss=1</script>数量');
    const report = readFileSync(join(SITE, 'reports/guangzhou-baiyun-2021-department/index.html'), 'utf8');
    const svgs = parse(report).querySelectorAll('svg');
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svg.querySelectorAll('script, img, foreignObject, a').length).toBe(0);
    }
    // The hostile department name reaches the chart labels as text.
    expect(svgs.map((s) => s.textContent).join('')).toMatch(/onerror=|<script>/u);
  });
});
