/**
 * Pages that hold on any screen, measured in Chromium at a phone's width (360 px) and a
 * desktop's (1280 px): indicator names are not broken every one or two characters; the
 * overview's key figures are on screen without scrolling sideways; long unbroken strings wrap;
 * the comparison's small multiples have text of at least 12 px; the language switch keeps the
 * query (search words, filters, the comparison's selection) and the fragment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITE_DIR } from './global-setup.ts';
import { launch, serve, watchedPage, type SiteServer } from './harness.ts';

let server: SiteServer;
let browser: Browser;
beforeAll(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const WIDTHS = [360, 1280] as const;

async function open(path: string, width: number): Promise<{ page: Page; problems: string[] }> {
  const w = await watchedPage(browser, server.origin, { width, height: 800 });
  await w.page.goto(server.url(path), { waitUntil: 'networkidle' });
  return w;
}

/** For each element, its text length and the number of lines it is laid out on. */
function lineCounts(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
      const text = (el.textContent ?? '').replace(/\s+/gu, '');
      return { text, chars: [...text].length, lines };
    }),
  );
}

describe.each(WIDTHS)('at %i px', (width) => {
  it.each([
    ['reports/guangzhou-baiyun-2021-department/', 'tr[data-indicator] > th bdi'],
    ['en/reports/jiangmen-2024-department/', 'tr[data-indicator] > th bdi'],
    ['indicators/', 'tbody th a bdi'],
    ['en/indicators/', 'tbody th a bdi'],
    ['compare/?ids=guangzhou-baiyun,jiangmen,guangzhou-liwan', '[data-compare-table] tbody th'],
  ])('%s lays out indicator and measure names in lines of four characters or more', async (path, selector) => {
    const { page } = await open(path, width);
    // The comparison draws its table from the chosen columns' files once they have arrived.
    await page.locator(selector).first().waitFor();
    const names = await lineCounts(page, selector);
    expect(names.length).toBeGreaterThan(5);
    // A name of n characters needs at most ⌈n / 4⌉ lines when each line holds four or more.
    const broken = names.filter((n) => n.lines > Math.max(1, Math.ceil(n.chars / 4))).map((n) => `${n.text}: ${n.chars} characters on ${n.lines} lines`);
    expect(broken).toEqual([]);
    await page.context().close();
  });

  it.each(['', 'en/'])('the overview /%s shows every report’s department, spending, execution rate and self-score without scrolling sideways', async (path) => {
    const { page } = await open(path, width);
    await page.locator('[data-testid="reports-table"]').scrollIntoViewIfNeeded();
    const offscreen = await page.locator('[data-testid="reports-table"] tbody tr').evaluateAll((rows, vw) =>
      rows.flatMap((row) =>
        ['th', 'td[data-col="spent"]', 'td[data-col="rate"]', 'td[data-col="score"]'].flatMap((sel) => {
          const cell = row.querySelector(sel);
          const r = cell?.getBoundingClientRect();
          return !r || r.width === 0 || r.left < 0 || r.right > vw ? [`${(row as HTMLElement).dataset.report} ${sel}`] : [];
        }),
      ), width);
    expect(await page.locator('[data-testid="reports-table"] tbody tr').count()).toBe(5);
    expect(offscreen).toEqual([]);
    await page.context().close();
  });

  it.each(['reports/guangzhou-baiyun-2021-department/', 'en/reports/guangzhou-panyu-2021-department/', 'indicators/', 'data/'])('%s: long unbroken strings in report text, and in paragraphs and code outside tables, wrap', async (path) => {
    const { page } = await open(path, width);
    const overflowing = await page.evaluate(() => {
      const long = `${'W'.repeat(80)}https://example.org/${'a-very-long-path-segment-'.repeat(6)}`;
      // Report text (bdi) everywhere; paragraphs, definitions, list items and code outside tables
      // and outside code samples (<pre> keeps its lines and scrolls in its own box).
      const targets = [...document.querySelectorAll('main bdi, main p, main code, main dd, main li')].filter((el) => el.tagName === 'BDI' || !el.closest('table, pre')).slice(0, 80);
      const tables = [...document.querySelectorAll('main table')];
      const before = tables.map((t) => t.getBoundingClientRect().width);
      for (const el of targets) el.append(document.createTextNode(long));
      const main = document.querySelector('main')!.getBoundingClientRect();
      // Outside tables, each grown element stays inside the page's main column; a table (which may
      // be wider than the screen and scroll in its own box) does not grow.
      const wide = targets.flatMap((el) => {
        const r = el.getBoundingClientRect();
        return !el.closest('table') && r.right > main.right + 1 ? [`<${el.tagName.toLowerCase()}> reaches ${Math.round(r.right)} px, the page's column ends at ${Math.round(main.right)} px`] : [];
      });
      const grown = tables.flatMap((t, i) => (t.getBoundingClientRect().width > before[i]! + 1 ? [`table “${t.querySelector('caption')?.textContent ?? ''}” grew from ${Math.round(before[i]!)} to ${Math.round(t.getBoundingClientRect().width)} px`] : []));
      return [...wide, ...grown];
    });
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.context().close();
  });

  it.each(['compare/?ids=guangzhou-baiyun,jiangmen', 'en/compare/?ids=guangzhou-liwan,shenzhen-pingshan,guangzhou-panyu'])('%s: the small multiples’ text is at least 12 px', async (path) => {
    const { page } = await open(path, width);
    await page.locator('.multiples svg text').first().waitFor();
    const sizes = await page.locator('.multiples svg text').evaluateAll((texts) =>
      texts
        .filter((t) => (t as SVGGraphicsElement).getBoundingClientRect().width > 0)
        .map((t) => {
          const ctm = (t as SVGGraphicsElement).getScreenCTM()!;
          return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
        }),
    );
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.context().close();
  });

  it('the language switch keeps the search words, the filters, the comparison’s selection and the fragment', async () => {
    const follow = async (page: Page) => {
      await page.locator('a[data-lang-switch]').click();
      await page.waitForLoadState('networkidle');
      const u = new URL(page.url());
      return u.pathname + u.search + u.hash;
    };
    let { page, problems } = await open('search/?q=白云', width);
    expect(decodeURIComponent(await follow(page))).toBe('/en/search/?q=白云');
    await page.locator('[data-search-results] a').first().waitFor();
    expect(problems).toEqual([]);
    await page.context().close();

    ({ page, problems } = await open('en/compare/?ids=guangzhou-baiyun,jiangmen', width));
    // Changed on the page after it loaded: the switch follows the address.
    await page.locator('[data-compare-province]').selectOption('44');
    await page.locator('[data-compare-province-boxes] input[value="guangzhou-liwan"]').check();
    // A department chosen later joins the end of the selection.
    await page.waitForURL(/ids=guangzhou-baiyun,jiangmen,guangzhou-liwan/u);
    expect(await follow(page)).toBe('/compare/?ids=guangzhou-baiyun,jiangmen,guangzhou-liwan');
    await page.locator('[data-compare-table] thead th[data-col]').first().waitFor();
    expect(await page.locator('[data-compare-table] thead th[data-col]:not([hidden])').evaluateAll((ths) => ths.map((t) => (t as HTMLElement).dataset.col))).toEqual(['guangzhou-baiyun', 'jiangmen', 'guangzhou-liwan']);
    expect(problems).toEqual([]);
    await page.context().close();

    ({ page } = await open('indicators/?met=false&year=2021', width));
    expect(await follow(page)).toBe('/en/indicators/?met=false&year=2021');
    expect(await page.locator('select[name="met"]').inputValue()).toBe('false');
    expect(await page.locator('tbody tr:not([hidden])[data-met="true"]').count()).toBe(0);
    await page.context().close();

    ({ page } = await open('en/indicators/?dept=jiangmen#main', width));
    expect(await follow(page)).toBe('/indicators/?dept=jiangmen#main');
    await page.context().close();
  });
});

describe('pages whose address holds no state', () => {
  it('keep needing no JavaScript: the switch is a plain link to the other language’s page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url('en/reports/guangzhou-baiyun-2021-department/?from=x#indicator-20'));
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('a[data-lang-switch]').getAttribute('href')).toBe('/reports/guangzhou-baiyun-2021-department/');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the language switch is a plain link to the other language’s page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('compare/?ids=jiangmen,guangzhou-baiyun'));
    expect(await page.locator('a[data-lang-switch]').getAttribute('href')).toBe('/en/compare/');
    await page.locator('a[data-lang-switch]').click();
    expect(new URL(page.url()).pathname).toBe('/en/compare/');
    await context.close();
  });
});
