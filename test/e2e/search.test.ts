import { DEPARTMENT_QUERIES } from '../fixtures/search-queries.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

/** Types a query into the search page and returns the result groups' links (path, text). */
async function searchFor(q: string, lang: 'zh' | 'en' = 'zh') {
  const { page, problems } = await watchedPage(browser, server.origin);
  await page.goto(server.url(lang === 'en' ? 'en/search/' : 'search/'));
  const box = page.locator('#search-q');
  await box.focus();
  await box.pressSequentially(q, { delay: 10 });
  await page.locator('[data-search-status]').filter({ hasText: /\S/u }).waitFor();
  const groups = await page.locator('[data-search-results] section').evaluateAll((sections) =>
    sections.map((s) => ({
      label: s.getAttribute('aria-label'),
      links: [...s.querySelectorAll('a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
    })),
  );
  return { page, problems, groups };
}

describe('search in Chromium', () => {
  it.each(DEPARTMENT_QUERIES)('typing %s lists %s as the only department, first', async (q, id) => {
    const { page, problems, groups } = await searchFor(q);
    expect(groups[0]?.label).toBe('部门');
    expect(groups[0]?.links).toEqual([`/departments/${id}/`]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(q);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('满意度 lists the satisfaction indicators of Jiangmen and Pingshan', async () => {
    const { page, groups } = await searchFor('满意度');
    const indicators = groups.find((g) => g.label === '指标')?.links ?? [];
    expect(new Set(indicators.map((l) => l.split('#')[0]))).toEqual(new Set(['/reports/jiangmen-2024-department/', '/reports/shenzhen-pingshan-2021-project/']));
    // Every indicator result marks the query in its name, as DOM <mark> nodes.
    const names = await page.locator('[data-search-results] section[aria-label="指标"] a').evaluateAll((as) =>
      as.map((a) => ({ marks: [...a.querySelectorAll('mark')].map((m) => m.textContent), text: a.textContent ?? '' })),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(n.text).toContain('满意度');
      expect(n.marks, n.text).toContain('满意度');
    }
    await page.context().close();
  });

  it('外出考察 leads to Baiyun’s indicator on its report page', async () => {
    const { page, groups } = await searchFor('外出考察');
    const link = groups.find((g) => g.label === '指标')?.links[0] ?? '';
    expect(link).toMatch(/^\/reports\/guangzhou-baiyun-2021-department\/#indicator-\d+$/u);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/guangzhou-baiyun-2021-department\/#indicator-\d+$/u);
    // The anchor exists and is the indicator's row.
    expect(await page.locator(':target').textContent()).toContain('外出考察数量');
    await page.context().close();
  });

  it('highlights matches with <mark> elements built as DOM nodes', async () => {
    const { page } = await searchFor('外出考察');
    expect(await page.locator('[data-search-results] mark').first().textContent()).toBe('外出考察');
    await page.context().close();
  });

  it('a shared link /search/?q= shows the results at once', async () => {
    const { page, problems } = await watchedPage(browser, server.origin);
    await page.goto(server.url('search/?q=liwan'));
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toBe('/departments/guangzhou-liwan/');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('/ focuses the search box from anywhere on the page', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url('search/'));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.context().close();
  });

  it('the English search page links to English pages', async () => {
    const { page, groups } = await searchFor('baiyun', 'en');
    expect(groups[0]?.label).toBe('Departments');
    expect(groups[0]?.links).toEqual(['/en/departments/guangzhou-baiyun/']);
    await page.context().close();
  });

  it('without JavaScript the search page lists every department and report', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('search/?q=baiyun'));
    const links = await page.locator('[data-search-fallback] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.filter((l) => l.startsWith('/departments/'))).toHaveLength(5);
    expect(links.filter((l) => l.startsWith('/reports/'))).toHaveLength(5);
    await context.close();
  });
});
