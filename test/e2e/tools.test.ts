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

describe('indicator explorer in Chromium', () => {
  const shownRows = (page: Page) => page.locator('tbody tr:not([hidden])').count();

  it('filters by met / not met and keeps the filter in the URL', async () => {
    const { page, problems } = await watchedPage(browser, server.origin);
    await page.goto(server.url('indicators/'));
    const all = await shownRows(page);
    await page.selectOption('select[name="met"]', 'false');
    await page.waitForURL(/met=false/u);
    const missed = await shownRows(page);
    expect(missed).toBeGreaterThan(0);
    expect(missed).toBeLessThan(all);
    expect(await page.locator('tbody tr:not([hidden])[data-met="true"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a shared filter URL opens filtered (satisfaction indicators of 2024)', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url('indicators/?category=满意度&year=2024'));
    expect(await shownRows(page)).toBe(1);
    expect(await page.locator('tbody tr:not([hidden]) th').first().textContent()).toContain('企业服务满意度');
    await page.context().close();
  });

  it('works with the keyboard alone', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url('indicators/'));
    await page.locator('select[name="dept"]').focus();
    await page.keyboard.press('ArrowDown'); // first department in the list
    await page.waitForURL(/dept=/u);
    const dept = new URL(page.url()).searchParams.get('dept');
    expect(await page.locator(`tbody tr:not([hidden]):not([data-dept="${dept}"])`).count()).toBe(0);
    await page.context().close();
  });
});

describe('overview table sorting in Chromium', () => {
  const order = (page: Page) => page.locator('[data-testid="reports-table"] tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.report));

  it('sorts by a column with the keyboard, missing values last, and reverses', async () => {
    const { page, problems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(''));
    const spent = page.locator('[data-testid="reports-table"] thead th').nth(4);
    await spent.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await spent.getAttribute('aria-sort')).toBe('ascending');
    expect((await order(page))[0]).toBe('jiangmen-2024-department'); // 920.94, the smallest
    await page.keyboard.press('Enter');
    expect(await spent.getAttribute('aria-sort')).toBe('descending');
    expect((await order(page))[0]).toBe('guangzhou-panyu-2021-department'); // 9,825.88
    const rate = page.locator('[data-testid="reports-table"] thead th').nth(5);
    await rate.locator('button').click();
    expect((await order(page)).at(-1)).toBe('jiangmen-2024-department'); // rate not reported: last
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
