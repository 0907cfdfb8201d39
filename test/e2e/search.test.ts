import Papa from 'papaparse';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  // The results of the query as typed (not of a prefix still on screen).
  await page.waitForFunction((typed) => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.searchDone === typed.trim(), q);
  const groups = await page.locator('[data-search-results] section').evaluateAll((sections) =>
    sections.map((s) => ({
      label: s.getAttribute('aria-label'),
      links: [...s.querySelectorAll('a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
    })),
  );
  return { page, problems, groups };
}

/** Reports whose source text or curated files contain a string (whitespace ignored): read from data/, not from the search. */
function reportsContaining(q: string): string[] {
  const squash = (t: string) => t.replace(/\s+/gu, '');
  const records = readdirSync('data/reports');
  return readdirSync('data/sources')
    .map((f) => f.replace(/\.txt$/u, ''))
    .filter((id) => [readFileSync(join('data/sources', `${id}.txt`), 'utf8'), ...records.filter((f) => f.startsWith(`${id}.`)).map((f) => readFileSync(join('data/reports', f), 'utf8'))].some((t) => squash(t).includes(q)))
    .sort();
}

/** The reports in the full-text group, the sentences shown (their marks and links). */
async function textGroup(page: Awaited<ReturnType<typeof searchFor>>['page'], label: string) {
  return page.locator(`[data-search-results] section[aria-label="${label}"] li`).evaluateAll((lis) =>
    lis.map((li) => {
      const [title, ...snippets] = [...li.querySelectorAll('a')];
      return {
        report: new URL(title!.href).pathname,
        title: title!.querySelector('.search-title')?.textContent ?? '',
        sub: title!.querySelector('.search-sub')?.textContent ?? '',
        snippets: snippets.map((a) => ({ href: new URL(a.href).pathname + new URL(a.href).hash, marks: [...a.querySelectorAll('mark')].map((m) => m.textContent), text: a.querySelector('q')?.textContent ?? '' })),
      };
    }),
  );
}

describe('full-text search in Chromium, on the five reports', () => {
  it.each(['疫情', '华为', '上下九', '执行率', '绩效', '招商'])('%s lists every report whose texts contain it, with the sentence marked', async (q) => {
    const { page, problems } = await searchFor(q);
    const expected = reportsContaining(q);
    expect(expected.length).toBeGreaterThan(0);
    const hits = await textGroup(page, '报告正文');
    expect(hits.map((h) => h.report.replace(/^\/reports\/|\/$/gu, '')).sort()).toEqual(expected);
    for (const h of hits) {
      expect(h.title).toMatch(/绩效自评报告/u);
      // The sentence that holds it, unless what the result shows of the report (its title, or
      // the department and year under it) does.
      if (!`${h.title} ${h.sub}`.includes(q)) expect(h.snippets.length, h.report).toBeGreaterThan(0);
      for (const s of h.snippets) {
        expect(s.marks).toContain(q);
        // A sentence of the source leads to its line; a field of the record to its row.
        expect(s.href).toMatch(/^\/(sources\/[a-z0-9-]+\/#L\d+|reports\/[a-z0-9-]+\/#[a-z-]+-\d+|reports\/[a-z0-9-]+\/)$/u);
      }
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a sentence link opens the source at the line that holds it', async () => {
    const { page } = await searchFor('上下九');
    const [hit] = await textGroup(page, '报告正文');
    const link = hit!.snippets.find((s) => s.href.includes('#L'))!;
    await page.locator(`[data-search-results] a[href="${link.href}"]`).first().click();
    await page.waitForURL(/#L\d+$/u);
    expect(await page.locator(':target').textContent()).toContain('上下九');
    await page.context().close();
  });

  it('a sentence from the record opens the report page at its row', async () => {
    // Jiangmen states no execution rate: its curator's note says so, and is found.
    const { page } = await searchFor('执行率');
    const hits = await textGroup(page, '报告正文');
    const note = hits.flatMap((h) => h.snippets).find((s) => /#note-\d+$/u.test(s.href));
    expect(note?.href).toMatch(/^\/reports\/jiangmen-2024-department\/#note-\d+$/u);
    await page.locator(`[data-search-results] a[href="${note!.href}"]`).first().click();
    await page.waitForURL(/#note-\d+$/u);
    expect(await page.locator(':target').textContent()).toContain('执行率');
    await page.context().close();
  });

  it.each([
    ['panyu 2021', 'guangzhou-panyu-2021-department'],
    ['guangzhou baiyun', 'guangzhou-baiyun-2021-department'],
  ])('English: %s finds %s', async (q, id) => {
    const { page } = await searchFor(q, 'en');
    const hits = await textGroup(page, 'In the report texts');
    expect(hits.map((h) => h.report)).toEqual([`/en/reports/${id}/`]);
    await page.context().close();
  });

  it('English words are looked up in the English translations the records carry', async () => {
    // Whatever the records translate: the reports whose files hold the words, none when none do.
    for (const q of ['satisfaction', 'execution rate']) {
      const words = q.split(' ');
      // The record's string values (not its field names), each word at the start of a word.
      const values = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(values) : []);
      // Every text of a report's files, one value at a time (a phrase is found, its words in order, within one field):
      // its JSON record's strings and its CSV tables' cells (indicator and budget-line translations).
      const texts = new Map<string, string[]>();
      for (const f of readdirSync('data/reports')) {
        const id = f.replace(/\.(json|indicators\.csv|budget-lines\.csv)$/u, '');
        const raw = readFileSync(join('data/reports', f), 'utf8');
        const cells = f.endsWith('.json') ? values(JSON.parse(raw)) : Papa.parse<string[]>(raw.trim()).data.flat();
        texts.set(id, [...(texts.get(id) ?? []), ...cells.map((c) => c.toLowerCase())]);
      }
      const expected = [...texts].filter(([, ts]) => ts.some((t) => new RegExp(`(^|[^a-z])${words.join('\\s+')}`, 'u').test(t))).map(([id]) => `/en/reports/${id}/`).sort();
      const { page } = await searchFor(q, 'en');
      const hits = await textGroup(page, 'In the report texts');
      expect(hits.map((h) => h.report).sort(), q).toEqual(expected);
      await page.context().close();
    }
  });

  it('lists the texts first when no name holds the query', async () => {
    const { page, groups } = await searchFor('上下九');
    expect(groups[0]?.label).toBe('报告正文');
    await page.context().close();
  });

  it('shows names as printed (full-width brackets kept), though matched in a normalised form', async () => {
    const printed = '招商活动促成签约项目投资金额（亿元）';
    expect(readFileSync('data/reports/guangzhou-baiyun-2021-department.indicators.csv', 'utf8')).toContain(printed);
    const { page } = await searchFor('签约项目投资金额');
    const titles = await page.locator('[data-search-results] section[aria-label="指标"] .search-title').allTextContents();
    expect(titles).toContain(printed);
    await page.context().close();
  });
});

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
