/**
 * "Download these rows (CSV)" in Chromium, both languages: with a filter applied (from the
 * address), the file holds the header and exactly the rows on screen, in their order; the
 * expected rows come from the published tables, not from the page's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_DIR } from './global-setup.ts';
import { siteAndBrowser, watchedPage } from './harness.ts';

const env = siteAndBrowser(SITE_DIR);

const published = (table: string) => Papa.parse<Record<string, string>>(readFileSync(join(SITE_DIR, 'data', `${table}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Clicks the page's CSV button and returns the file's name and rows. */
async function download(page: Page): Promise<{ name: string; rows: string[][]; raw: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-csv-download]').click()]);
  const raw = readFileSync((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), rows: Papa.parse<string[]>(raw.trimEnd()).data, raw };
}

/** The visible rows' cell texts as a reader sees them (first cell of each row), in order. */
const shownFirstCells = (page: Page, table: string) =>
  page.locator(`${table} tbody tr:not([hidden])`).evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[0]!.innerText.replace(/\s+/gu, ' ').trim()));

describe('CSV of the rows shown', () => {
  it('indicator explorer, not met only: the file is the header and exactly the missed indicators', async () => {
    const { page, problems } = await watchedPage(env.browser, env.server.origin);
    await page.goto(env.server.url('indicators/?met=false'));
    const expected = published('indicators').filter((r) => r.met === 'false').map((r) => r.name!);
    expect(expected.length).toBeGreaterThan(0);
    const { name, rows, raw } = await download(page);
    expect(name).toBe('indicators-shown.csv');
    expect(raw.startsWith('\uFEFF')).toBe(false);
    expect(rows[0]).toEqual(['指标', '类别', '目标值', '完成值', '达标', '报告']);
    expect(rows).toHaveLength(expected.length + 1);
    rows.slice(1).forEach((row, i) => expect(row[0]!.startsWith(expected[i]!), `${row[0]} / ${expected[i]}`).toBe(true));
    expect(rows.slice(1).map((r) => r[0])).toEqual(await shownFirstCells(page, '#indicator-table'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('overview in English, 2021 department-wide reports: Baiyun and Panyu, as sorted on screen', async () => {
    const { page, problems } = await watchedPage(env.browser, env.server.origin);
    await page.goto(env.server.url('en/?year=2021&kind=department'));
    const expected = published('reports').filter((r) => r.fiscal_year === '2021' && r.kind === 'department').map((r) => r.id);
    expect(expected).toEqual(['guangzhou-baiyun-2021-department', 'guangzhou-panyu-2021-department']);
    // Sort by spending, descending: Panyu (9,825.88) before Baiyun (4,468.73).
    const spent = page.locator('[data-testid="reports-table"] thead th').nth(4).locator('button');
    await spent.click();
    await spent.click();
    const { rows } = await download(page);
    expect(rows[0]![0]).toBe('Department');
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([['Panyu District', '2021', '9,825.88'], ['Baiyun District', '2021', '4,468.73']]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(await shownFirstCells(page, '[data-testid="reports-table"]'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('coverage, reports without a filing date: every report but Jiangmen’s, the filter in the address', async () => {
    const { page, problems } = await watchedPage(env.browser, env.server.origin);
    await page.goto(env.server.url('coverage/'));
    await page.selectOption('form[data-row-filter] select[name="missing"]', 'filed');
    await page.waitForURL(/missing=filed/u);
    const expected = published('reports').filter((r) => r.filed_on === '').map((r) => r.id);
    expect(await page.locator('#coverage-reports tbody tr:not([hidden])').evaluateAll((trs) => trs.map((t) => (t as HTMLElement).dataset.report))).toEqual(expected);
    const { rows } = await download(page);
    const filed = rows[0]!.indexOf('填报日期');
    expect(rows.slice(1).map((r) => r[filed])).toEqual(expected.map(() => '无'));
    expect(rows.slice(1).map((r) => r[0])).toEqual(await shownFirstCells(page, '#coverage-reports'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('coverage links', () => {
  it('a city in the summary opens the per-report rows of that city, filtered', async () => {
    const { page, problems } = await watchedPage(env.browser, env.server.origin);
    await page.goto(env.server.url('en/coverage/'));
    await page.locator('[data-testid="coverage-cities"] a', { hasText: '广州市' }).click();
    await page.waitForURL(/city=/u);
    const expected = published('departments').filter((d) => d.city_zh === '广州市').map((d) => d.id);
    const shown = await page.locator('#coverage-reports tbody tr:not([hidden])').evaluateAll((trs) => trs.map((t) => (t as HTMLElement).dataset.report ?? ''));
    expect(shown.map((id) => id.replace(/-\d{4}-(department|project)$/u, '')).sort()).toEqual(expected.sort());
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('Atom feed', () => {
  it('is linked from the pages and parses as Atom in the browser', async () => {
    const { page, problems } = await watchedPage(env.browser, env.server.origin);
    await page.goto(env.server.url('en/'));
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(href).toBe('/en/feed.xml');
    const response = await page.request.get(env.server.url('en/feed.xml'));
    expect(response.headers()['content-type']).toMatch(/xml/u);
    const xml = await response.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.namespaceURI, entries: doc.getElementsByTagName('entry').length };
    }, xml);
    expect(parsed).toEqual({ error: false, root: 'http://www.w3.org/2005/Atom', entries: published('reports').length });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
