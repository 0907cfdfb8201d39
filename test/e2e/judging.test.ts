/**
 * Judging a report in Chromium, in both languages: the signal panel (near the top, folded
 * rules opened by keyboard, source links that land on their line), the overview's signal
 * filter and the indicator explorer's, each kept in the URL, and the pages without
 * JavaScript. Expected signals are read from the published signals.json of the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITE_DIR } from './global-setup.ts';
import { launch, serve, watchedPage, type SiteServer } from './harness.ts';

let server: SiteServer;
let browser: Browser;
let published: { report_id: string; signal: string; text_zh: string; text_en: string; lines: string }[];
beforeAll(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
  published = JSON.parse(readFileSync(join(SITE_DIR, 'data', 'signals.json'), 'utf8')) as typeof published;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LANGS = [['zh', ''], ['en', 'en/']] as const;
const shown = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden && (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.report ?? ''));

describe.each(LANGS)('the signal panel in Chromium (%s)', (lang, prefix) => {
  it('sits above the headline figures and shows each published signal with its sentence', async () => {
    const { page, problems } = await watchedPage(browser, server.origin);
    for (const id of ['guangzhou-baiyun-2021-department', 'guangzhou-liwan-2022-department', 'shenzhen-pingshan-2021-project']) {
      await page.goto(server.url(`${prefix}reports/${id}/`));
      const panel = page.locator('[data-testid="signal-panel"]');
      expect(await panel.isVisible()).toBe(true);
      const panelTop = (await panel.boundingBox())!.y;
      const headlineTop = (await page.locator('[data-testid="headline"]').boundingBox())!.y;
      expect(panelTop).toBeLessThan(headlineTop);
      const mine = published.filter((s) => s.report_id === id);
      expect(await panel.locator('li[data-signal]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.signal))).toEqual(mine.map((s) => s.signal));
      expect(await panel.locator('[data-signal-text]').allTextContents()).toEqual(mine.map((s) => (lang === 'zh' ? s.text_zh : s.text_en)));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens the rules that cannot run with the keyboard: the year-over-year rule needs an earlier report', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`${prefix}reports/jiangmen-2024-department/`));
    const details = page.locator('[data-testid="signals-unavailable"]');
    const why = details.locator('li[data-rule="target_not_above_last_result"]');
    expect(await why.isVisible()).toBe(false);
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain(lang === 'zh' ? '需要更早的报告：本站没有该部门 2023 年' : 'Needs an earlier report: the site holds no 2023');
    await page.context().close();
  });

  it('a source link of a signal lands on its line of the text', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`${prefix}reports/guangzhou-liwan-2022-department/`));
    await page.locator('li[data-signal="execution_rate"] a.source-link').first().click();
    await page.waitForURL(/\/sources\/guangzhou-liwan-2022-department\/#L41$/u);
    expect(await page.locator('[id="L41"]').textContent()).toContain('78.33%');
    await page.context().close();
  });
});

describe.each(LANGS)('the overview\'s signal filter in Chromium (%s)', (lang, prefix) => {
  const rows = '[data-testid="reports-table"] tbody tr';

  it('shows only the reports with the chosen signal, says how many, keeps it in the URL, and clears', async () => {
    const { page, problems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(prefix));
    expect(await shown(page, rows)).toHaveLength(5);
    const arithmetic = [...new Set(published.filter((s) => s.signal === 'arithmetic').map((s) => s.report_id))].sort();
    await page.selectOption('select[name="signal"]', 'arithmetic');
    await page.waitForURL(/[?&]signal=arithmetic/u);
    expect((await shown(page, rows)).sort()).toEqual(arithmetic);
    expect(await page.locator('[data-signal-count]').textContent()).toBe(lang === 'zh' ? `显示 ${arithmetic.length} / 5 份报告` : `Showing ${arithmetic.length} of 5 reports`);
    await page.selectOption('select[name="signal"]', '');
    await page.waitForURL((u) => !u.searchParams.has('signal'));
    expect(await shown(page, rows)).toHaveLength(5);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a shared URL opens filtered, and the select is reachable by keyboard', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`${prefix}?signal=execution_rate`));
    expect(await shown(page, rows)).toEqual(['guangzhou-liwan-2022-department']);
    expect(await page.locator('select[name="signal"]').inputValue()).toBe('execution_rate');
    await page.locator('select[name="signal"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((u) => u.searchParams.get('signal') !== 'execution_rate');
    await page.context().close();
  });
});

describe.each(LANGS)('the indicator explorer\'s signal filter in Chromium (%s)', (lang, prefix) => {
  it('?signal=no_stated_result shows Pingshan\'s four targets without a result', async () => {
    const { page, problems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`${prefix}indicators/?signal=no_stated_result`));
    // The indicator's name as printed: the link's text on Chinese pages, its original beside the translation on English ones.
    const names = await page.locator(lang === 'zh' ? 'tbody tr:not([hidden]) th > a > bdi' : 'tbody tr:not([hidden]) th > a > .zh-original > bdi').allTextContents();
    expect(names).toEqual(['召开市级生物医药产业会议次数', '宣传折页制作', '宣传册制作', '验收通过率']);
    await page.selectOption('select[name="signal"]', 'high_score_with_gaps');
    await page.waitForURL(/signal=high_score_with_gaps/u);
    // Baiyun's 3 missed, Jiangmen's 2 missed, Pingshan's 4 not assessed.
    expect(await page.locator('tbody tr:not([hidden])').count()).toBe(9);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the overview lists every report and hides the filter it cannot run; the panel is there in full', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('?signal=arithmetic'));
    expect(await page.locator('[data-testid="reports-table"] tbody tr').count()).toBe(5);
    expect(await page.locator('form[data-signal-filter]').isVisible()).toBe(false);
    await page.goto(server.url('en/reports/guangzhou-baiyun-2021-department/'));
    expect(await page.locator('[data-testid="signal-panel"] li[data-signal]').count()).toBe(published.filter((s) => s.report_id === 'guangzhou-baiyun-2021-department').length);
    await context.close();
  });
});
