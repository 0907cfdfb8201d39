/**
 * The comparison's rules in Chromium (issue 11 §2, issue 14 §3), both languages: the columns
 * are exactly the selection; one id asks for more and offers the picker; five show the first
 * four and name the fifth; an unknown id is named; highest / lowest only among reports of the
 * same kind; choosing by province and by name; without JavaScript the page leads to the
 * department pages, whose ready-made comparison needs none.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_DIR } from './global-setup.ts';
import { siteAndBrowser, watchedPage } from './harness.ts';

const env = siteAndBrowser(SITE_DIR);

const open = async (path: string) => {
  const w = await watchedPage(env.browser, env.server.origin);
  await w.page.goto(env.server.url(path));
  await w.page.waitForSelector('[data-compare-root][data-compare-done]', { state: 'attached' });
  return w;
};
/** Waits until the page shows the selection `ids` (the script sets data-compare-done). */
const shown = (page: Page, ids: string[]) => page.waitForSelector(`[data-compare-root][data-compare-done="${ids.join(',')}"]`, { state: 'attached' });
const columns = (page: Page) => page.locator('[data-compare-table] thead th[data-col]').evaluateAll((ths) => ths.map((t) => (t as HTMLElement).dataset.col));
const charts = (page: Page) => page.locator('[data-compare-multiples] figure').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.col));
const message = (page: Page) => page.locator('[data-compare-message]').innerText();
const ids = () => (url: string) => new URL(url).searchParams.get('ids');

describe('comparison in Chromium', () => {
  it('shows exactly the chosen departments, in order, with the warnings that years, kinds and levels differ', async () => {
    const { page, problems } = await open('compare/?ids=shenzhen-pingshan,jiangmen');
    expect(await columns(page)).toEqual(['shenzhen-pingshan', 'jiangmen']);
    expect(await charts(page)).toEqual(['shenzhen-pingshan', 'jiangmen']);
    expect(await page.locator('[data-like="years"]').innerText()).toContain('2021、2024');
    expect(await page.locator('[data-like="kinds"]').isVisible()).toBe(true);
    expect(await page.locator('[data-like="levels"]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-nojs]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('one id: says a comparison needs two, shows that one column and the picker', async () => {
    const { page } = await open('compare/?ids=jiangmen');
    expect(await message(page)).toContain('请再选择至少 1 个部门');
    expect(await columns(page)).toEqual(['jiangmen']);
    expect(await page.locator('[data-compare-province]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-search]').isVisible()).toBe(true);
    expect(await page.locator('.extreme').count()).toBe(0);
    await page.context().close();
  });

  it('five ids: the first four, and the fifth named', async () => {
    const { page } = await open('compare/?ids=guangzhou-baiyun,guangzhou-liwan,guangzhou-panyu,jiangmen,shenzhen-pingshan');
    expect(await columns(page)).toEqual(['guangzhou-baiyun', 'guangzhou-liwan', 'guangzhou-panyu', 'jiangmen']);
    expect(await message(page)).toContain('没有显示 shenzhen-pingshan');
    expect(ids()(page.url())).toBe('guangzhou-baiyun,guangzhou-liwan,guangzhou-panyu,jiangmen');
    await page.context().close();
  });

  it('an unknown id is named, not dropped silently, and leaves the address', async () => {
    const { page, problems } = await open('compare/?ids=jiangmen,nowhere,guangzhou-baiyun');
    expect(await columns(page)).toEqual(['jiangmen', 'guangzhou-baiyun']);
    expect(await message(page)).toContain('找不到这些部门，没有显示：nowhere');
    expect(ids()(page.url())).toBe('jiangmen,guangzhou-baiyun');
    // The 404 of the unknown column's file (and Chromium's console line about it) is the answer that names it; nothing else failed.
    expect(problems.filter((p) => !p.includes('/data/compare/nowhere.json') && !/^console: Failed to load resource: .* 404/u.test(p))).toEqual([]);
    expect(problems.some((p) => p.includes('/data/compare/nowhere.json'))).toBe(true);
    await page.context().close();
  });

  it('highest and lowest only among reports of the same kind; problems are not ranked', async () => {
    const { page } = await open('compare/?ids=guangzhou-baiyun,shenzhen-pingshan,guangzhou-panyu');
    // Spent: Baiyun 4,468.73 and Panyu 9,825.88 (department-wide); Pingshan 1,372.97 is a project.
    const spent = page.locator('tr[data-row="spent_wan"]');
    expect(await spent.locator('td[data-col="guangzhou-panyu"] .extreme-max').count()).toBe(1);
    expect(await spent.locator('td[data-col="guangzhou-baiyun"] .extreme-min').count()).toBe(1);
    expect(await spent.locator('td[data-col="shenzhen-pingshan"] .extreme').count()).toBe(0);
    expect(await page.locator('tr[data-row="problems"] .extreme, tr[data-row="budget_adjustment_wan"] .extreme').count()).toBe(0);
    await page.context().close();
  });

  it('columns follow the choice: removing, adding by province and by name, with the keyboard; the address follows', async () => {
    const { page, problems } = await open('compare/?ids=guangzhou-baiyun,guangzhou-panyu,jiangmen');
    await page.locator('button[data-remove="jiangmen"]').focus();
    await page.keyboard.press('Enter');
    await shown(page, ['guangzhou-baiyun', 'guangzhou-panyu']);
    expect(await columns(page)).toEqual(['guangzhou-baiyun', 'guangzhou-panyu']);
    expect(await page.locator('[data-likeness]').isVisible()).toBe(false); // same year, kind and level
    // By province: Guangdong's departments as checkboxes.
    await page.locator('[data-compare-province]').selectOption('44');
    const liwan = page.locator('[data-compare-province-boxes] input[value="guangzhou-liwan"]');
    await liwan.focus();
    await page.keyboard.press('Space');
    await shown(page, ['guangzhou-baiyun', 'guangzhou-panyu', 'guangzhou-liwan']);
    expect(ids()(page.url())).toBe('guangzhou-baiyun,guangzhou-panyu,guangzhou-liwan');
    // By name, through the site's search index.
    await page.locator('[data-compare-search]').focus();
    await page.keyboard.type('江门');
    const add = page.locator('button[data-add="jiangmen"]');
    await add.focus();
    await page.keyboard.press('Enter');
    await shown(page, ['guangzhou-baiyun', 'guangzhou-panyu', 'guangzhou-liwan', 'jiangmen']);
    expect(await columns(page)).toEqual(['guangzhou-baiyun', 'guangzhou-panyu', 'guangzhou-liwan', 'jiangmen']);
    // A fifth is refused with a message; the columns stay four.
    const pingshan = page.locator('[data-compare-province-boxes] input[value="shenzhen-pingshan"]');
    await pingshan.check({ force: true }).catch(() => undefined);
    expect(await pingshan.isChecked()).toBe(false);
    expect(await message(page)).toContain('已经选了 4 个部门');
    expect(await columns(page)).toHaveLength(4);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('in English: English names, English warnings and messages', async () => {
    const { page, problems } = await open('en/compare/?ids=guangzhou-liwan');
    expect(await message(page)).toContain('Choose at least one more department');
    await page.locator('[data-compare-search]').focus();
    await page.keyboard.type('baiyun');
    await page.locator('button[data-add="guangzhou-baiyun"]').click();
    await shown(page, ['guangzhou-liwan', 'guangzhou-baiyun']);
    expect(await page.locator('[data-compare-table] thead').innerText()).toContain('Baiyun District');
    expect(await page.locator('[data-like="years"]').innerText()).toContain('different fiscal years (2021, 2022)');
    expect(await page.locator('tr[data-row="spent_wan"] .extreme-max').innerText()).toBe('highest');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript: the page explains and links to every department page, whose comparison is ready-made', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url('compare/?ids=jiangmen,guangzhou-baiyun'));
    expect(await page.locator('[data-compare-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-chooser]').isVisible()).toBe(false);
    const link = page.locator('[data-compare-nojs] a[href="/departments/guangzhou-baiyun/#compare"]');
    expect(await link.count()).toBe(1);
    await link.click();
    const table = page.locator('[data-testid="peer-comparison"] [data-compare-table]');
    expect(await table.locator('thead th[data-col]').evaluateAll((ths) => ths.map((t) => (t as HTMLElement).dataset.col))).toEqual(['guangzhou-baiyun', 'guangzhou-panyu', 'guangzhou-liwan', 'jiangmen']);
    await context.close();
  });
});
