/**
 * Builds the site once (at the root and under a sub-path) and checks the built pages against
 * the data they were built from (site-data.json in the build's own work folder): every figure formatted and linked to its source line, the
 * indicator marks, the source anchors, the layout's contracts, and the strict-CSP rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { Report, SiteData } from '../../src/lib/data/model.ts';
import { readSiteData } from '../../src/lib/data/generated.ts';
import { formatGrade, formatValue, kindOfField } from '../../src/lib/site/format.ts';
import type { Lang } from '../../src/lib/site/i18n.ts';
import { BuiltSite, ROOT, buildSite, one, text } from './helpers.ts';
import { outputDir } from '../workspace.ts';

const WORK = outputDir('pages');
const OUT = join(WORK, 'site');
const OUT_SUB = join(WORK, 'site-sub');
const SUB = '/sub/path/';

let site: BuiltSite;
let sub: BuiltSite;
let data: SiteData;

beforeAll(() => {
  buildSite(OUT, join(WORK, 'data'));
  buildSite(OUT_SUB, join(WORK, 'data-sub'), SUB);
  site = new BuiltSite(OUT, '/');
  sub = new BuiltSite(OUT_SUB, SUB);
  // The data these pages were built from.
  data = readSiteData(join(WORK, 'data', 'generated'));
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const LANGS: Lang[] = ['zh', 'en'];
const prefix = (lang: Lang): string => (lang === 'en' ? 'en/' : '');

/** The pages this suite owns: overview, departments, reports, sources, in both languages. */
function ownPages(s: BuiltSite, d: SiteData): string[] {
  const paths = ['', ...d.departments.map((x) => `departments/${x.id}/`), ...d.reports.flatMap((r) => [`reports/${r.id}/`, `sources/${r.id}/`])];
  return LANGS.flatMap((lang) => paths.map((p) => prefix(lang) + p)).filter((p) => s.pages().includes(p));
}

/** Report ids from the curated inputs, known before the build runs (test names need them). */
const reportIds = (): string[] =>
  readdirSync(join(ROOT, 'data/reports'))
    .filter((f) => /^[a-z0-9-]+\.json$/u.test(f))
    .map((f) => f.replace(/\.json$/u, ''))
    .sort();

function sourceLineCount(r: Report): number {
  const lines = readFileSync(join(ROOT, 'data/sources', r.source_file), 'utf8').split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines.length;
}

function sourceHref(s: BuiltSite, lang: Lang, id: string, line: number): string {
  return s.href(`${prefix(lang)}sources/${id}/#L${line}`);
}

describe('every page of this suite is built, in both languages', () => {
  it('has an overview, a page per department, and a report and source page per report', () => {
    const pages = site.pages();
    for (const lang of LANGS) {
      expect(pages).toContain(prefix(lang));
      for (const d of data.departments) expect(pages).toContain(`${prefix(lang)}departments/${d.id}/`);
      for (const r of data.reports) {
        expect(pages).toContain(`${prefix(lang)}reports/${r.id}/`);
        expect(pages).toContain(`${prefix(lang)}sources/${r.id}/`);
      }
    }
    expect(ownPages(site, data)).toHaveLength(2 * (1 + data.departments.length + 2 * data.reports.length));
  });
});

describe('strict CSP and no client JavaScript', () => {
  it('no page has a style attribute, an inline event handler or an inline <script>', () => {
    for (const p of ownPages(site, data)) {
      const html = site.html(p);
      expect(html, p).not.toMatch(/\sstyle\s*=/iu);
      expect(html, p).not.toMatch(/\son[a-z]+\s*=/iu);
      for (const tag of html.match(/<script[^>]*>/giu) ?? []) expect(tag, p).toMatch(/\ssrc="[^"]*\/_astro\//u);
    }
  });
  it('department, report and source pages need no JavaScript at all', () => {
    for (const p of ownPages(site, data).filter((x) => /(departments|reports|sources)\//u.test(x))) {
      expect(site.html(p), p).not.toMatch(/<script/iu);
    }
  });
  it('the overview loads one script: sorting, the reports filter and the CSV of the rows shown', () => {
    const scripts = site.html('').match(/<script[^>]*>/giu) ?? [];
    expect(scripts).toHaveLength(1);
  });
  it('no page requests anything from another origin', () => {
    for (const p of ownPages(site, data)) {
      const root = site.page(p);
      for (const el of root.querySelectorAll('link[href], img[src], source[src], iframe, object, embed')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (el.getAttribute('rel') === 'canonical' || el.getAttribute('rel') === 'alternate') continue;
        expect(url.startsWith('/') || url.startsWith('data:'), `${p}: ${url}`).toBe(true);
      }
    }
  });
});

describe.each(LANGS)('layout (%s)', (lang) => {
  const htmlLang = lang === 'zh' ? 'zh-CN' : 'en';
  it('sets <html lang>, canonical and hreflang alternates on every page', () => {
    for (const p of ownPages(site, data).filter((x) => (lang === 'en') === x.startsWith('en/'))) {
      const root = site.page(p);
      expect(one(root, 'html').getAttribute('lang'), p).toBe(htmlLang);
      const neutral = lang === 'en' ? p.slice(3) : p;
      expect(one(root, 'link[rel=canonical]').getAttribute('href'), p).toBe(`https://example.org/${p}`);
      const alt = Object.fromEntries(root.querySelectorAll('link[rel=alternate]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      expect(alt['zh-CN'], p).toBe(`https://example.org/${neutral}`);
      expect(alt.en, p).toBe(`https://example.org/en/${neutral}`);
    }
  });
  it('has a skip link, a labelled GET search form with q, the navigation, a language switch and the footer', () => {
    const m = lang === 'zh' ? { nav: ['概览', '部门', '指标', '比较', '收录范围', '数据', '关于'], switch: 'English', updated: '数据最后更新' } : { nav: ['Overview', 'Departments', 'Indicators', 'Compare', 'Coverage', 'Data', 'About'], switch: '中文', updated: 'Data last changed' };
    const path = `${prefix(lang)}reports/${data.reports[0]?.id}/`;
    const root = site.page(path);
    const skip = one(root, 'a[href="#main"]');
    expect(one(root, '#main').tagName).toBe('MAIN');
    expect(text(skip).length).toBeGreaterThan(0);

    const form = one(root, 'header form[role=search]');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(`/${prefix(lang)}search/`);
    const input = one(form, 'input[name=q]');
    expect(one(form, `label[for=${input.getAttribute('id')}]`)).toBeTruthy();

    const nav = root.querySelectorAll('header nav a');
    expect(nav.map(text)).toEqual(m.nav);
    expect(nav.map((a) => a.getAttribute('href'))).toEqual(['', '#departments', 'indicators/', 'compare/', 'coverage/', 'data/', 'about/'].map((x) => `/${prefix(lang)}${x}`));

    const other = lang === 'zh' ? `/en/${path}` : `/${path.slice(3)}`;
    expect(text(one(root, `header a[href="${other}"]`))).toBe(m.switch);

    const footer = text(one(root, 'body > footer'));
    expect(footer).toContain(m.updated);
    expect(footer).toContain(data.dataVersion);
    expect(one(root, `body > footer a[href="/${prefix(lang)}about/"]`)).toBeTruthy();
  });
});

describe.each(LANGS)('report pages (%s)', (lang) => {
  const page = (r: Report): HTMLElement => site.page(`${prefix(lang)}reports/${r.id}/`);

  it.each(reportIds())('%s: every stated figure is shown formatted and linked to its source line', (id) => {
    const r = data.reports.find((x) => x.id === id) as Report;
    const root = page(r);
    const figures = Object.entries(r.figures);
    expect(figures.length).toBeGreaterThan(0);
    for (const [field, f] of figures) {
      if (!f) continue;
      const el = one(root, `[data-field="${field}"]`);
      expect(text(one(el, '[data-value]')), field).toBe(formatValue(f.value, kindOfField(field), lang));
      const links = el.querySelectorAll('a.source-link').map((a) => a.getAttribute('href'));
      expect(links, field).toContain(sourceHref(site, lang, r.id, f.line));
    }
    const grade = one(root, '[data-field="grade"]');
    if (r.grade) {
      expect(text(one(grade, '[data-value]'))).toBe(formatGrade(r.grade.value, lang));
      expect(text(grade)).toContain(r.grade.printed);
      expect(grade.querySelectorAll('a.source-link').map((a) => a.getAttribute('href'))).toContain(sourceHref(site, lang, r.id, r.grade.line));
    }
  });

  it('formats amounts exactly: Baiyun final budget', () => {
    const r = data.reports.find((x) => x.id === 'guangzhou-baiyun-2021-department') as Report;
    const el = one(page(r), '[data-field="budget_final_wan"]');
    expect(text(one(el, '[data-value]'))).toBe(lang === 'zh' ? '4,652.48 万元' : '4,652.48 (10,000 CNY)');
    expect(one(el, 'a.source-link').getAttribute('href')).toBe(`/${prefix(lang)}sources/guangzhou-baiyun-2021-department/#L87`);
  });

  it('Panyu shows its score as not reported, never 0 or "-"', () => {
    const r = data.reports.find((x) => x.id === 'guangzhou-panyu-2021-department') as Report;
    const el = one(page(r), '[data-field="self_score"]');
    expect(text(one(el, '[data-value]'))).toBe(lang === 'zh' ? '未报告' : 'not reported');
    expect(el.querySelector('a.source-link')).toBeNull();
  });

  it('headline figures a report does not state are "not reported"', () => {
    const r = data.reports.find((x) => x.id === 'jiangmen-2024-department') as Report;
    const root = page(r);
    for (const field of ['budget_initial_wan', 'budget_final_wan', 'execution_rate_pct']) {
      expect(text(one(one(root, `[data-field="${field}"]`), '[data-value]'))).toBe(lang === 'zh' ? '未报告' : 'not reported');
    }
  });

  it.each(reportIds())('%s: indicator rows and met marks match the data', (id) => {
    const r = data.reports.find((x) => x.id === id) as Report;
    const rows = data.indicators.filter((i) => i.report_id === id && i.weight === null && i.score === null);
    const root = page(r);
    const table = root.querySelector('[data-testid=indicators]');
    if (rows.length === 0) {
      expect(table).toBeNull();
      return;
    }
    const trs = (table as HTMLElement).querySelectorAll('tr[data-indicator]');
    expect(trs).toHaveLength(r.indicator_count);
    expect(trs.map((tr) => Number(tr.getAttribute('data-indicator')))).toEqual(rows.map((i) => i.index));
    for (const [k, tr] of trs.entries()) {
      const ind = rows[k];
      if (!ind) throw new Error('row without indicator');
      const mark = one(tr, '[data-met]');
      const expected = ind.met === true ? 'met' : ind.met === false ? 'not-met' : 'not-assessed';
      expect(mark.getAttribute('data-met'), `indicator ${ind.index}`).toBe(expected);
      // A symbol and a word, not colour alone
      expect(text(mark)).toMatch(lang === 'zh' ? /^[✓✗○] (达成|未达成|未判定)$/u : /^[✓✗○] (met|not met|not assessed)$/u);
      expect(text(tr)).toContain(ind.name.replace(/\s+/gu, ' ').trim());
      expect(tr.querySelectorAll('a.source-link').map((a) => a.getAttribute('href'))).toContain(sourceHref(site, lang, id, ind.line));
      expect(tr.querySelector('[data-illegible]') !== null, `indicator ${ind.index} illegible badge`).toBe(!ind.legible);
    }
    expect((table as HTMLElement).querySelectorAll('[data-met=met]')).toHaveLength(r.indicators_met);
    expect((table as HTMLElement).querySelectorAll('[data-met=not-met]')).toHaveLength(r.indicators_not_met);
  });

  it('Jiangmen marks its garbled rows illegible', () => {
    const root = page(data.reports.find((x) => x.id === 'jiangmen-2024-department') as Report);
    const badges = root.querySelectorAll('[data-illegible]');
    expect(badges).toHaveLength(data.indicators.filter((i) => i.report_id === 'jiangmen-2024-department' && !i.legible).length);
    expect(badges.length).toBeGreaterThan(0);
    expect(text(badges[0])).toBe(lang === 'zh' ? '无法辨认' : 'illegible in source');
  });

  it('Pingshan shows its scoring table with the sums checked', () => {
    const id = 'shenzhen-pingshan-2021-project';
    const root = page(data.reports.find((x) => x.id === id) as Report);
    const table = one(root, '[data-testid=scoring]');
    const scoring = data.indicators.filter((i) => i.report_id === id && i.weight !== null);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(scoring.length);
    expect(text(one(table, '[data-total=weight]'))).toBe('100');
    expect(text(one(table, '[data-total=score]'))).toBe('98');
    expect(text(root.querySelector('[data-caveat=project]'))).toContain(lang === 'zh' ? '项目支出报告' : 'project report');
  });

  it.each(reportIds())('%s: the build-check panel lists every check with both sides', (id) => {
    const r = data.reports.find((x) => x.id === id) as Report;
    const root = page(r);
    // A result the text states beside the indicator table's (field outcomes[…]) compares two printed
    // values: it sits in a table of its own whose columns say so, never under "Computed".
    const twice = r.checks.filter((c) => c.field.startsWith('outcomes['));
    const arithmetic = r.checks.filter((c) => !c.field.startsWith('outcomes['));
    const twiceTable = root.querySelector('[data-testid=checks-twice]');
    if (twice.length === 0) expect(twiceTable).toBeNull();
    else expect(one(root, '[data-testid=checks-twice] thead').querySelectorAll('th').map(text)).toEqual(lang === 'zh' ? ['检查内容', '指标表所写', '正文所写', '结果', '出处'] : ['Check', 'Indicator table', 'Text', 'Result', 'Source']);
    const rows = [...one(root, '[data-testid=checks]').querySelectorAll('tbody tr'), ...(twiceTable?.querySelectorAll('tbody tr') ?? [])];
    const ordered = [...arithmetic, ...twice];
    expect(rows).toHaveLength(ordered.length);
    for (const [k, tr] of rows.entries()) {
      const c = ordered[k];
      if (!c) throw new Error('row without check');
      expect(tr.getAttribute('data-ok')).toBe(String(c.ok));
      // Each language's own words: an English page says "Excellent (91.35)" where a Chinese one says "优 (91.35)".
      expect(text(tr)).toContain(lang === 'zh' ? c.stated : c.stated_en ?? c.stated);
      expect(text(tr)).toContain(lang === 'zh' ? c.computed : c.computed_en ?? c.computed);
      expect(text(tr)).toContain(lang === 'zh' ? (c.ok ? '一致' : '不一致') : c.ok ? 'ok' : 'disagrees');
    }
  });

  it('Panyu: the share disagreement and the title-year caveat are shown', () => {
    const root = page(data.reports.find((x) => x.id === 'guangzhou-panyu-2021-department') as Report);
    const bad = one(root, '[data-testid=checks] tr[data-ok=false]');
    expect(text(bad)).toContain('99.78%');
    expect(text(bad)).toContain('99.80%');
    expect(text(one(root, '[data-caveat=title-year]'))).toMatch(/2022.*2021/u);
  });

  it('report content stays Chinese: marked lang="zh-CN" on English pages, unmarked on Chinese ones (the page is Chinese)', () => {
    const r = data.reports[0] as Report;
    const root = page(r);
    const main = one(root, 'main');
    const body = text(main);
    // The report's own words are on the page in both languages, as printed.
    expect(body).toContain(r.title.replace(/\s+/gu, ' ').trim());
    const headings = {
      zh: ['主要数字', '构建检查', '绩效指标', '查看数据表'],
      en: ['Headline figures', 'What the build checked', 'Performance indicators', 'Show data table'],
    };
    for (const s of headings[lang]) expect(body).toContain(s);
    // Interface strings of the other language never appear (report content may say 绩效指标).
    expect(body).not.toContain(lang === 'zh' ? 'Headline figures' : '主要数字');
    // Charts declare their own language on the <svg>; count the marks on page content. Chinese
    // quoted inside English marked as such (a commit's reason in the record of corrections) is
    // marked back, as it must be.
    const marked = main.querySelectorAll('[lang="zh-CN"]').filter((el) => el.tagName !== 'svg' && el.tagName !== 'SVG');
    if (lang === 'en') expect(marked.length).toBeGreaterThan(5);
    else expect(marked.filter((el) => !el.parentNode?.closest('[lang="en"]')).map((el) => el.toString().slice(0, 80))).toEqual([]);
  });
});

describe.each(LANGS)('source pages (%s)', (lang) => {
  it.each(reportIds())('%s: one anchor per line, each linking to itself, cited lines marked', (id) => {
    const r = data.reports.find((x) => x.id === id) as Report;
    const root = site.page(`${prefix(lang)}sources/${id}/`);
    const lines = one(root, '[data-testid=source-text]').querySelectorAll('.source-line');
    expect(lines).toHaveLength(sourceLineCount(r));
    lines.forEach((line, i) => {
      expect(line.getAttribute('id')).toBe(`L${i + 1}`);
      expect(one(line, 'a.ln').getAttribute('href')).toBe(`#L${i + 1}`);
    });
    // The first and an arbitrary line carry the verbatim text.
    const src = readFileSync(join(ROOT, 'data/sources', r.source_file), 'utf8').split(/\r?\n/u);
    expect(one(lines[0] as HTMLElement, '.tx').textContent).toBe(src[0]);

    // Every line the report page links to is marked as cited here.
    const cited = new Set(lines.filter((l) => l.hasAttribute('data-cited')).map((l) => l.getAttribute('id')));
    const report = site.page(`${prefix(lang)}reports/${id}/`);
    const targets = report.querySelectorAll('a.source-link').map((a) => a.getAttribute('href') ?? '');
    expect(targets.length).toBeGreaterThan(0);
    for (const href of targets) {
      const m = /\/sources\/([^/]+)\/#(L\d+)$/u.exec(href);
      expect(m?.[1], href).toBe(id);
      expect(cited.has(m?.[2] ?? ''), href).toBe(true);
    }
    for (const p of data.provenance.filter((x) => x.report_id === id)) expect(cited.has(`L${p.line}`), p.field).toBe(true);

    // Download of the raw text and the way back.
    expect(root.querySelector(`a[href="/data/sources/${r.source_file}"]`)).toBeTruthy();
    expect(root.querySelector(`a[href="/${prefix(lang)}reports/${id}/"]`)).toBeTruthy();
  });
});

describe.each(LANGS)('overview (%s)', (lang) => {
  it('shows key figures that mean something: counts, a median score, money per fiscal year and kind only', () => {
    const root = site.page(prefix(lang));
    expect(text(one(root, '[data-kf=departments]'))).toBe(String(data.departments.length));
    expect(text(one(root, '[data-kf=reports]'))).toBe(String(data.reports.length));
    // Department-wide self-scores 91.35, 97.57, 98.35 (Panyu prints none): the median is 97.57.
    expect(text(one(root, '[data-kf=department-score]'))).toBe(lang === 'zh' ? '97.57 分' : '97.57 points');
    // No sum across years or kinds anywhere: 4,468.73 + 8,778.17 + 9,825.88 + 920.94 + 1,372.97 = 25,366.69.
    expect(root.textContent).not.toContain('25,366.69');
    const rows = one(root, '[data-testid=by-year-kind]').querySelectorAll('tbody tr');
    expect(rows.map((r) => `${r.getAttribute('data-year')} ${r.getAttribute('data-kind')}`)).toEqual(['2024 department', '2022 department', '2021 department', '2021 project']);
    const y2021 = one(root, '[data-testid=by-year-kind] tr[data-year="2021"][data-kind="department"]');
    expect(text(one(y2021, '[data-cell=spent-total]'))).toMatch(/^14,294\.61 /u); // Baiyun 4,468.73 + Panyu 9,825.88
    expect(text(one(y2021, '[data-cell=spent-median]'))).toBe('7,147.305');
  });
  it('lists every report in the table with its figures and links', () => {
    const root = site.page(prefix(lang));
    const rows = one(root, '[data-testid=reports-table]').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(data.reports.length);
    for (const r of data.reports) {
      const tr = one(root, `tr[data-report="${r.id}"]`);
      expect(one(tr, 'th a').getAttribute('href')).toBe(`/${prefix(lang)}reports/${r.id}/`);
      const score = text(one(tr, '[data-col=score]'));
      expect(score).toBe(r.figures.self_score ? r.figures.self_score.value : lang === 'zh' ? '未报告' : 'not reported');
      // All three counts, in words, never "met / total".
      const counts = text(one(tr, '[data-col=indicators]'));
      if (r.indicator_count > 0) {
        expect(counts).toContain(lang === 'zh' ? `达成 ${r.indicators_met} · 未达成 ${r.indicators_not_met} · 未评定 ${r.indicators_not_assessed}` : `${r.indicators_met} met · ${r.indicators_not_met} not met · ${r.indicators_not_assessed} not assessed`);
      }
      expect(counts).not.toMatch(/\d+ \/ \d+/u);
    }
  });
  it('lists every department under #departments', () => {
    const root = site.page(prefix(lang));
    const section = one(root, '#departments');
    for (const d of data.departments) expect(section.querySelector(`a[href="/${prefix(lang)}departments/${d.id}/"]`), d.id).toBeTruthy();
  });
});

describe.each(LANGS)('department pages (%s)', (lang) => {
  it('show names, region, code, every report, a ready-made comparison and a compare link of the same 1–4 ids', () => {
    for (const d of data.departments) {
      const root = site.page(`${prefix(lang)}departments/${d.id}/`);
      const facts = text(one(root, '[data-testid=department-facts]'));
      for (const s of [d.name_zh, d.name_en, d.admin_code, d.city_zh, d.province_zh]) expect(facts, d.id).toContain(s);
      const reports = data.reports.filter((r) => r.department_id === d.id);
      for (const r of reports) expect(root.querySelector(`a[href="/${prefix(lang)}reports/${r.id}/"]`), r.id).toBeTruthy();
      const compare = one(root, '[data-testid=compare-link]').getAttribute('href') ?? '';
      const m = /^\/(?:en\/)?compare\/\?ids=(.+)$/u.exec(compare);
      const ids = m?.[1]?.split(',') ?? [];
      expect(ids[0]).toBe(d.id);
      expect(ids.length).toBeLessThanOrEqual(4);
      const table = root.querySelector('[data-testid=peer-comparison] [data-compare-table]');
      if (ids.length === 1) expect(root.querySelector('[data-testid=no-peers]'), d.id).toBeTruthy();
      else expect(table?.querySelectorAll('thead th[data-col]').map((th) => th.getAttribute('data-col'))).toEqual(ids);
    }
  });
  it('Panyu lists its staff with source links', () => {
    const root = site.page(`${prefix(lang)}departments/guangzhou-panyu/`);
    const staff = one(root, '[data-testid=staff]');
    const r = data.reports.find((x) => x.id === 'guangzhou-panyu-2021-department') as Report;
    expect(text(staff)).toContain(r.figures.staff_actual?.value ?? 'missing');
    expect(staff.querySelector(`a[href="/${prefix(lang)}sources/${r.id}/#L${r.figures.staff_actual?.line}"]`)).toBeTruthy();
  });
});

/** A chart as the Chart component renders it: SVG, caption, description and a data table. */
function expectChart(fig: HTMLElement, lang: Lang): void {
  expect(text(one(fig, 'figcaption')).length).toBeGreaterThan(0);
  const svgs = fig.querySelectorAll('.chart-svg > svg');
  expect(svgs.length).toBeGreaterThanOrEqual(1);
  for (const svg of svgs) expect(svg.getAttribute('role')).toBe('img');
  expect(text(one(fig, 'p')).length).toBeGreaterThan(10);
  expect(text(one(fig, 'details > summary'))).toBe(lang === 'zh' ? '查看数据表' : 'Show data table');
  const table = one(fig, 'details table');
  expect(text(one(table, 'caption')).length).toBeGreaterThan(0);
  expect(table.querySelectorAll('thead th[scope=col]').length).toBeGreaterThan(1);
  expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
}

describe.each(LANGS)('charts (%s)', (lang) => {
  it('the overview shows execution rates, scores and budget against rate', () => {
    const figs = site.page(prefix(lang)).querySelectorAll('figure[data-chart]');
    expect(figs).toHaveLength(3);
    for (const f of figs) expectChart(f, lang);
    // The execution-rate table names every report
    expect(figs[0]?.querySelectorAll('details tbody tr')).toHaveLength(data.reports.length);
  });
  it('every report page has its budget execution chart; every department page its trend', () => {
    for (const r of data.reports) {
      const figs = site.page(`${prefix(lang)}reports/${r.id}/`).querySelectorAll('figure[data-chart]');
      expect(figs.length, r.id).toBeGreaterThanOrEqual(1);
      for (const f of figs) expectChart(f, lang);
    }
    for (const d of data.departments) {
      const figs = site.page(`${prefix(lang)}departments/${d.id}/`).querySelectorAll('figure[data-chart]');
      expect(figs, d.id).toHaveLength(1);
      expectChart(figs[0] as HTMLElement, lang);
    }
  });
  it('ids are unique on every page (two drawings of a chart do not collide)', () => {
    for (const p of ownPages(site, data)) {
      const ids = site.page(p).querySelectorAll('[id]').map((e) => e.getAttribute('id'));
      expect(new Set(ids).size, p).toBe(ids.length);
    }
  });
});

describe('under a sub-path (BASE_PATH=/sub/path/)', () => {
  it('every internal link, form and asset starts with the base', () => {
    let checked = 0;
    for (const p of ownPages(sub, data)) {
      const root = sub.page(p);
      for (const el of root.querySelectorAll('[href], [src], form[action]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
        if (url.startsWith('#') || url.startsWith('data:')) continue;
        if (/^https?:/u.test(url)) {
          expect(new URL(url).pathname.startsWith(SUB), `${p}: ${url}`).toBe(true);
        } else {
          expect(url.startsWith(SUB), `${p}: ${url}`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
  it('the Atom feeds link every page under the base, with the absolute SITE origin', () => {
    for (const lang of LANGS) {
      const xml = readFileSync(join(OUT_SUB, prefix(lang), 'feed.xml'), 'utf8');
      const urls = [...xml.matchAll(/(?:href="|<id>)([^"<]+)/gu)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(data.reports.length);
      for (const u of urls) expect(new URL(u).pathname.startsWith(`${SUB}${prefix(lang)}`), u).toBe(true);
      expect(sub.html(prefix(lang))).toContain(`href="${SUB}${prefix(lang)}feed.xml"`);
    }
  });
});
