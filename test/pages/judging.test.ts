/**
 * The pages that help a reader judge the reports (issue 11 §1, 3, 4), built from the real data
 * in both languages: the signal panel near the top of each report page and on department
 * pages, the accounting of indicators (three counts, the counts a report states beside them),
 * the peer sentences and why they are left out, the year-over-year section, the filters, and
 * /about/'s rules. Expected sentences are written out from the report texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from '../../src/lib/data/model.ts';
import { readSiteData } from '../../src/lib/data/generated.ts';
import { RULES, THRESHOLDS } from '../../src/lib/signals/rules.ts';
import type { Lang } from '../../src/lib/site/i18n.ts';
import { BuiltSite, buildSite, one, text } from './helpers.ts';
import { outputDir } from '../workspace.ts';

const WORK = outputDir('pages-judging');
let site: BuiltSite;
let data: SiteData;

beforeAll(() => {
  buildSite(join(WORK, 'site'), join(WORK, 'data'));
  site = new BuiltSite(join(WORK, 'site'), '/');
  data = readSiteData(join(WORK, 'data', 'generated'));
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const LANGS: Lang[] = ['zh', 'en'];
const prefix = (lang: Lang) => (lang === 'en' ? 'en/' : '');
const report = (lang: Lang, id: string) => site.page(`${prefix(lang)}reports/${id}/`);

describe.each(LANGS)('the signal panel on report pages (%s)', (lang) => {
  it('stands before the headline figures and shows exactly the published signals, each with its sentence, rule, threshold and source lines', () => {
    for (const r of data.reports) {
      const root = report(lang, r.id);
      const html = site.html(`${prefix(lang)}reports/${r.id}/`);
      expect(html.indexOf('data-testid="signal-panel"'), r.id).toBeLessThan(html.indexOf('data-testid="headline"'));
      const panel = one(root, '[data-testid=signal-panel]');
      const published = data.signals.filter((s) => s.report_id === r.id);
      const items = panel.querySelectorAll('li[data-signal]');
      expect(items.map((li) => li.getAttribute('data-signal')), r.id).toEqual(published.map((s) => s.signal));
      for (const [k, li] of items.entries()) {
        const s = published[k]!;
        expect(text(one(li, '[data-signal-text]'))).toBe(lang === 'zh' ? s.text_zh : s.text_en);
        expect(li.getAttribute('data-level')).toBe(s.level);
        expect(text(li)).toContain(s.threshold);
        expect(li.querySelectorAll('a.source-link').map((a) => a.getAttribute('href'))).toEqual(s.lines.map((l) => `/${prefix(lang)}sources/${r.id}/#L${l}`));
      }
      // Every other rule is accounted for: it found nothing, or could not run (and says why).
      const others = [...panel.querySelectorAll('[data-testid=signals-clear] li[data-rule], [data-testid=signals-unavailable] li[data-rule]')].map((li) => li.getAttribute('data-rule'));
      expect([...items.map((li) => li.getAttribute('data-signal')), ...others].sort()).toEqual(RULES.map((x) => x.id).sort());
    }
  });

  it('Liwan: 78.33 % is a large deviation (line 41), and the year-over-year rule needs an earlier report', () => {
    const panel = one(report(lang, 'guangzhou-liwan-2022-department'), '[data-testid=signal-panel]');
    const exec = one(panel, 'li[data-signal=execution_rate]');
    expect(exec.getAttribute('data-level')).toBe('large');
    expect(text(exec)).toContain(lang === 'zh' ? '预算执行率 78.33%，与 100% 相差 21.67 个百分点' : 'Budget execution rate 78.33%: 21.67 percentage points from 100 %');
    expect(text(one(panel, '[data-testid=signals-unavailable] li[data-rule=target_not_above_last_result]')))
      .toContain(lang === 'zh' ? '需要更早的报告：本站没有该部门 2021 年的部门整体支出报告' : 'Needs an earlier report: the site holds no 2021 department-wide report');
  });

  it('describes, never accuses', () => {
    for (const r of data.reports) {
      const panel = text(one(report(lang, r.id), '[data-testid=signal-panel]'));
      expect(panel).not.toMatch(/虚假|造假|不实|\bfalse\b|\bfake\b|\blie/iu);
    }
  });
});

describe.each(LANGS)('accounting of indicators on report pages (%s)', (lang) => {
  it('Pingshan: 8 listed, 4 met, 0 not met, 4 not assessed for want of a stated result (lines 63–65); each unassessed row says why', () => {
    const root = report(lang, 'shenzhen-pingshan-2021-project');
    expect(text(one(root, '[data-testid=indicator-summary]'))).toBe(lang === 'zh'
      ? '列出 8 项：达成 4 项，未达成 0 项，未评定 4 项（未说明结果 4 项）。'
      : '8 listed: 4 met, 0 not met, 4 not assessed (no result stated: 4).');
    expect(root.querySelectorAll('[data-testid=indicators] [data-reason=no_result]')).toHaveLength(4);
  });

  it('Liwan lists none but states 6, all met, with its line (65)', () => {
    const root = report(lang, 'guangzhou-liwan-2022-department');
    const stated = one(root, '[data-testid=indicators-stated]');
    expect(text(stated)).toContain(lang === 'zh' ? '报告正文称：共 6 项指标，达成 6 项。' : 'The report’s text states 6 indicators, 6 met.');
    expect(one(stated, 'a.source-link').getAttribute('href')).toBe(`/${prefix(lang)}sources/guangzhou-liwan-2022-department/#L65`);
    expect(root.querySelector('[data-testid=indicators-none]')).not.toBeNull();
  });

  it('Jiangmen: 16 listed, 14 met, 2 not met, beside the 16 and 14 its text states (line 35)', () => {
    const root = report(lang, 'jiangmen-2024-department');
    expect(text(one(root, '[data-testid=indicator-summary]'))).toBe(lang === 'zh' ? '列出 16 项：达成 14 项，未达成 2 项，未评定 0 项。' : '16 listed: 14 met, 2 not met, 0 not assessed.');
    expect(text(one(root, '[data-testid=indicators-stated]'))).toContain(lang === 'zh' ? '共 16 项指标，达成 14 项' : '16 indicators, 14 met');
  });

  it('Panyu lists no indicator: its narrative target is among the results stated in the text', () => {
    const root = report(lang, 'guangzhou-panyu-2021-department');
    expect(root.querySelector('[data-testid=indicators]')).toBeNull();
    expect(text(one(root, '[data-testid=outcomes]'))).toContain('重点企业使用数');
  });
});

describe.each(LANGS)('peer sentences (%s)', (lang) => {
  // Groups of the same kind and year: 2021 department-wide Baiyun and Panyu; 2022 Liwan; 2024
  // Jiangmen; 2021 project Pingshan. None reaches five peers, so every sentence says why it is left out.
  it.each([
    ['guangzhou-baiyun-2021-department', ['too-few', 'too-few', 'too-few']],
    ['guangzhou-panyu-2021-department', ['too-few', 'not-stated', 'not-stated']],
    ['guangzhou-liwan-2022-department', ['too-few', 'too-few', 'not-stated']],
    ['jiangmen-2024-department', ['not-stated', 'too-few', 'too-few']],
    ['shenzhen-pingshan-2021-project', ['too-few', 'too-few', 'too-few']],
  ])('%s: %j', (id, states) => {
    const items = one(report(lang, id), '[data-testid=peers]').querySelectorAll('li[data-measure]');
    expect(items.map((li) => li.getAttribute('data-state'))).toEqual(states);
    for (const li of items.filter((x) => x.getAttribute('data-state') === 'too-few')) expect(text(li)).toMatch(lang === 'zh' ? /少于比较所需的 5 份，不作比较/u : /fewer than the 5 a comparison needs/u);
  });

  it('Baiyun\'s execution rate has one peer of its kind and year (Panyu)', () => {
    const li = one(one(report(lang, 'guangzhou-baiyun-2021-department'), '[data-testid=peers]'), 'li[data-measure=execution_rate]');
    expect(text(li)).toContain(lang === 'zh' ? '2021 年部门整体支出报告中另有 1 份印有此项' : 'only 1 other department-wide report of 2021 states it');
  });
});

describe.each(LANGS)('department pages (%s)', (lang) => {
  it('list each report\'s signals, linked to the report\'s panel and the source lines', () => {
    for (const d of data.departments) {
      const section = one(site.page(`${prefix(lang)}departments/${d.id}/`), '[data-testid=department-signals]');
      const published = data.signals.filter((s) => data.reports.find((r) => r.id === s.report_id)?.department_id === d.id);
      expect(section.querySelectorAll('li[data-signal]').map((li) => li.getAttribute('data-signal'))).toEqual(published.map((s) => s.signal));
      if (published.length === 0) expect(section.querySelector('[data-testid=signals-none]')).not.toBeNull();
    }
  });

  it('say a year-over-year comparison needs two years (no department has two)', () => {
    for (const d of data.departments) {
      const root = site.page(`${prefix(lang)}departments/${d.id}/`);
      expect(root.querySelector('[data-testid=years-needs-two]'), d.id).not.toBeNull();
      expect(root.querySelector('[data-testid=years-matched]')).toBeNull();
    }
  });
});

describe.each(LANGS)('filters (%s)', (lang) => {
  it('the overview\'s rows carry their signals; its hidden filter offers every rule with how many reports raise it', () => {
    const root = site.page(prefix(lang));
    for (const r of data.reports) {
      expect(one(root, `tr[data-report="${r.id}"]`).getAttribute('data-signals')).toBe(data.signals.filter((s) => s.report_id === r.id).map((s) => s.signal).join(' '));
    }
    const form = one(root, 'form[data-signal-filter]');
    expect(form.hasAttribute('hidden')).toBe(true);
    // The signal select sits in the reports filter beside year and kind; rows carry their signals for it too.
    for (const r of data.reports) expect(one(root, `tr[data-report="${r.id}"]`).getAttribute('data-f-signal')).toBe(one(root, `tr[data-report="${r.id}"]`).getAttribute('data-signals'));
    const options = one(form, 'select[name=signal]').querySelectorAll('option').slice(1);
    expect(options.map((o) => o.getAttribute('value'))).toEqual(RULES.map((r) => r.id));
    // Three reports raise the arithmetic signal (Liwan, Panyu, Pingshan); none a grade outside its band.
    expect(text(one(form, 'option[value=arithmetic]'))).toMatch(/[（(]3[）)]$/u);
    expect(text(one(form, 'option[value=grade_band]'))).toMatch(/[（(]0[）)]$/u);
  });

  it('the indicator explorer tags the rows a signal rests on: Pingshan\'s four targets without a result', () => {
    const root = site.page(`${prefix(lang)}indicators/`);
    const tagged = root.querySelectorAll('tbody tr').filter((tr) => (tr.getAttribute('data-signals') ?? '').split(' ').includes('no_stated_result'));
    expect(tagged.map((tr) => text(tr.querySelector('th')))).toEqual(['召开市级生物医药产业会议次数', '宣传折页制作', '宣传册制作', '验收通过率'].map((n) => expect.stringContaining(n)));
    expect(one(root, 'select[name=signal]').querySelectorAll('option')).toHaveLength(RULES.length + 1);
  });
});

describe.each(LANGS)('/about/ (%s)', (lang) => {
  it('explains every rule with its source and limits, the thresholds rendered from the data, and today\'s counts', () => {
    const section = one(site.page(`${prefix(lang)}about/`), '#signals').parentNode as unknown as ReturnType<BuiltSite['page']>;
    for (const r of RULES) {
      const block = one(section, `[data-rule=${r.id}]`);
      expect(text(block)).toContain(r.rule[lang]);
      expect(text(block)).toContain(r.source[lang]);
      expect(text(block)).toContain(r.limits[lang]);
      const n = data.signals.filter((s) => s.signal === r.id).length;
      expect(text(one(block, '[data-count]'))).toContain(String(n));
    }
    const exec = text(one(section, '[data-rule=execution_rate]'));
    expect(exec).toContain(lang === 'zh' ? `超过 ${THRESHOLDS.execution.large} 个百分点为偏离较大` : `more than ${THRESHOLDS.execution.large} points away is large`);
  });
});
