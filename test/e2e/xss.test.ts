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
import Papa from 'papaparse';
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

/** Every value of the fixture holding an RTL override, from the override to the value's end. */
const RTL_TAILS: string[] = (() => {
  const tails = new Set<string>();
  const add = (v: string) => {
    const at = v.indexOf('\u202e');
    if (at >= 0) tails.add(v.slice(at));
  };
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.csv')) for (const row of Papa.parse<string[]>(readFileSync(p, 'utf8')).data) row.forEach(add);
      else if (f.endsWith('.json')) JSON.stringify(JSON.parse(readFileSync(p, 'utf8')), (_k, v: unknown) => (typeof v === 'string' && add(v), v));
      else readFileSync(p, 'utf8').split('\n').forEach(add);
    }
  };
  walk('test/fixtures/xss');
  return [...tails];
})();

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

  // An RTL override (U+202E) in report or department text reverses everything after it up to
  // the end of its paragraph, unless the text is isolated: in a <bdi> or an element with dir,
  // or closed inside its own string (PDF, PDI). The fixture puts one in an indicator name, a
  // note, a source line and the department's English name, which pages interpolate into
  // sentences and table cells. What may follow an override is the rest of its own data value.
  it.each([360, 1280])('at %i px, an RTL override in report text reverses nothing that follows it', async (width) => {
    const leaks: string[] = [];
    let seen = 0;
    for (const path of ['reports/guangzhou-baiyun-2021-department/', 'en/reports/guangzhou-baiyun-2021-department/', 'en/departments/guangzhou-baiyun/', 'indicators/', 'en/indicators/', 'en/', 'en/compare/', 'sources/guangzhou-baiyun-2021-department/', 'en/search/?q=gnp']) {
      const { page } = await watchedPage(browser, server.origin, { width, height: 800 });
      await page.goto(server.url(path), { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await page.locator('[data-search-results] a').first().waitFor();
      const found = await page.evaluate((tails) => {
        const out: { count: number; leaks: string[] } = { count: 0, leaks: [] };
        const isolates = (el: Element) => el.tagName === 'BDI' || el.hasAttribute('dir') || /isolate|plaintext/u.test(getComputedStyle(el).unicodeBidi);
        const blocks = (el: Element) => !/^inline/u.test(getComputedStyle(el).display);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          const at = text.indexOf('\u202e');
          // Not drawn as text: a chart's <desc> and <title> are its accessible name and description.
          // Charts (their SVG, caption, description and data table) are drawn by the chart library
          // from its own label strings: isolating those is the chart code's, and not checked here.
          if (at < 0 || n.parentElement?.closest('script, style, template, title, desc, [data-chart]')) continue;
          out.count += 1;
          // Closed inside its own string: nothing to leak.
          if (/[\u202c\u2069]/u.test(text.slice(at))) continue;
          // The paragraph the override can reach: up to the nearest isolating or block element.
          let scope: Element = n.parentElement!;
          while (!isolates(scope) && !blocks(scope) && scope.parentElement) scope = scope.parentElement;
          const after = document.createRange();
          after.setStart(n, text.length);
          after.setEnd(scope, scope.childNodes.length);
          const rest = text.slice(at) + after.toString();
          const own = tails.filter((t) => rest.startsWith(t)).sort((a, b) => b.length - a.length)[0] ?? '\u202e';
          const following = rest.slice(own.length).trim();
          if (following !== '') out.leaks.push(`<${n.parentElement!.tagName.toLowerCase()}> in <${scope.tagName.toLowerCase()}> reverses “${following.slice(0, 40)}”`);
        }
        return out;
      }, RTL_TAILS);
      seen += found.count;
      leaks.push(...found.leaks.map((l) => `${path}: ${l}`));
      await page.context().close();
    }
    expect(seen).toBeGreaterThan(8);
    expect(leaks).toEqual([]);
  });

  it('search results show names as printed, not in their lower-cased, half-width search form', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url('search/?q=gdp growth'));
    await page.locator('[data-search-results] a').first().waitFor();
    const titles = await page.locator('[data-search-results] .search-title').allTextContents();
    expect(titles).toContain('ＧＤＰ Growth 指标数量');
    const marks = await page.locator('[data-search-results] .search-title mark').allTextContents();
    expect(marks.join('')).toMatch(/ＧＤＰ|Growth/u);
    await page.context().close();
  });

  it('English pages show a translated payload as text and count the texts left in Chinese', () => {
    const root = parse(readFileSync(join(SITE, 'en/reports/guangzhou-baiyun-2021-department/index.html'), 'utf8'));
    // The fixture translates two indicator names (one of them a payload) and nothing else.
    expect(root.querySelector('[data-indicator="1"] th')?.textContent).toContain('<script>window.__xss=1</script> count');
    const marked = new Set(root.querySelectorAll('[data-untranslated]').map((e) => e.textContent));
    expect(marked.size).toBeGreaterThan(3);
    expect(root.querySelector('[data-testid="translation-note"]')?.getAttribute('data-untranslated-count')).toBe(String(marked.size));
    for (const e of root.querySelectorAll('[data-untranslated]')) expect(e.getAttribute('lang')).toBe('zh-CN');
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
