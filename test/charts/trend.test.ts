import { describe, expect, it } from 'vitest';
import { prepareTrend, trendChart } from '../../src/lib/charts/index.ts';
import type { Report } from '../../src/lib/data/model.ts';
import { checkChart, dept, fig, HOSTILE, makeReport, missingMarks, site } from './helpers.ts';

const SIZE = { width: 560, height: 360 };
const year = (fiscal_year: number, figures: Record<string, string>, over: Partial<Report> = {}) =>
  makeReport({ id: `test-dept-${fiscal_year}-department`, fiscal_year, figures: fig(figures), ...over });

const FOUR_YEARS = [
  year(2024, { spent_wan: '3900', execution_rate_pct: '96.05' }),
  year(2021, { spent_wan: '4468.73', execution_rate_pct: '96.05' }),
  year(2022, { spent_wan: '5100.2' }, { execution_rate_computed_pct: '91.50' }),
  year(2023, {}),
];

describe('prepareTrend', () => {
  it('gives every real department a single year', () => {
    for (const d of site.departments) {
      const t = prepareTrend(site.reports.filter((r) => r.department_id === d.id), site.departments);
      expect(t.points).toHaveLength(1);
      expect(t.singleYear).toBe(true);
    }
  });

  it('reads Baiyun 2021', () => {
    const t = prepareTrend(site.reports.filter((r) => r.department_id === 'guangzhou-baiyun'), site.departments);
    expect(t).toEqual({
      departmentId: 'guangzhou-baiyun', label: { zh: '白云区投促局', en: 'Baiyun District' }, singleYear: true, skipped: [],
      points: [{ reportId: 'guangzhou-baiyun-2021-department', fiscalYear: 2021, spent: '4468.73', rate: { value: '96.05', basis: 'printed' } }],
    });
  });

  it('sorts years, keeps missing values null and marks computed rates', () => {
    const t = prepareTrend(FOUR_YEARS, [dept()]);
    expect(t.points.map((p) => [p.fiscalYear, p.spent, p.rate])).toEqual([
      [2021, '4468.73', { value: '96.05', basis: 'printed' }],
      [2022, '5100.2', { value: '91.50', basis: 'computed' }],
      [2023, null, null],
      [2024, '3900', { value: '96.05', basis: 'printed' }],
    ]);
    expect(t.singleYear).toBe(false);
  });

  it('prefers department reports over project reports, and one report per year', () => {
    const t = prepareTrend([
      year(2021, { spent_wan: '1' }, { id: 'p', kind: 'project', project_name: 'x' }),
      year(2021, { spent_wan: '2' }, { id: 'b' }),
      year(2021, { spent_wan: '3' }, { id: 'a' }),
    ]);
    expect(t.points.map((p) => p.reportId)).toEqual(['a']);
    expect(t.skipped).toEqual(['b', 'p']);
  });

  it('uses project reports when the department has nothing else (Pingshan)', () => {
    const t = prepareTrend(site.reports.filter((r) => r.department_id === 'shenzhen-pingshan'), site.departments);
    expect(t.points.map((p) => p.reportId)).toEqual(['shenzhen-pingshan-2021-project']);
  });

  it('throws on no reports or on reports of two departments', () => {
    expect(() => prepareTrend([])).toThrow(/no reports/u);
    expect(() => prepareTrend([makeReport(), makeReport({ department_id: 'other' })])).toThrow(/mixed/u);
  });
});

describe('trendChart', () => {
  const baiyun = prepareTrend(site.reports.filter((r) => r.department_id === 'guangzhou-baiyun'), site.departments);

  it('draws a single year (zh, en) as in the snapshots', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = trendChart(baiyun, SIZE, lang);
      checkChart(out);
      await expect(out.svg).toMatchFileSnapshot(`__snapshots__/trend.single.${lang}.svg`);
    }
  });

  it('draws one labelled point per panel and no line for a single year, and says so', () => {
    for (const [lang, note] of [['zh', '只有一个年度的数据'], ['en', 'One year of data only']] as const) {
      const out = trendChart(baiyun, SIZE, lang);
      const svg = checkChart(out);
      expect(svg.querySelectorAll('circle')).toHaveLength(2);
      expect(svg.querySelectorAll('.chart-panel > path')).toHaveLength(0);
      expect(out.svg).not.toMatch(/<path d="M[^"]*L/u);
      expect(out.description.startsWith(note)).toBe(true);
      expect(svg.querySelector('.chart-note')?.text.toLowerCase()).toBe(note.toLowerCase());
      expect(svg.querySelectorAll('.chart-point text').map((t) => t.text)).toEqual(['4,468.73', '96.05%']);
    }
  });

  it('draws several years (zh) as in the snapshot', async () => {
    const out = trendChart(prepareTrend(FOUR_YEARS, [dept()]), SIZE, 'zh');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/trend.four-years.zh.svg');
  });

  it('joins only consecutive years with values; a missing year breaks the line and says 未报告', () => {
    const out = trendChart(prepareTrend(FOUR_YEARS, [dept()]), SIZE, 'zh');
    const svg = checkChart(out);
    const lines = svg.querySelectorAll('.chart-panel > path');
    // 2021–2022 in each panel; 2024 stands alone after the gap.
    expect(lines).toHaveLength(2);
    for (const l of lines) expect((l.getAttribute('d') ?? '').match(/[ML]/gu)).toHaveLength(2);
    expect(missingMarks(svg)).toEqual(['未报告', '未报告']);
    expect(out.table.rows[2]).toEqual(['2023', '未报告', '未报告']);
    expect(out.table.rows[1]).toEqual(['2022', '5,100.2 万元', '91.50%（计算值）']);
    expect(svg.querySelector('.chart-note')?.text).toBe('* 计算值：实际支出 ÷ 调整后预算');
  });

  it('does not draw a line across a gap in the years', () => {
    const t = prepareTrend([year(2019, { spent_wan: '1' }), year(2021, { spent_wan: '2' })], [dept()]);
    const svg = checkChart(trendChart(t, SIZE, 'en'));
    expect(svg.querySelectorAll('.chart-panel > path')).toHaveLength(0);
    expect(svg.querySelectorAll('.chart-panel-spent circle')).toHaveLength(2);
  });

  it("labels the spending axis up to at least the largest value (Pingshan's 1,372.97 under a 1,500 tick)", () => {
    const pingshan = site.reports.filter((r) => r.department_id === 'shenzhen-pingshan');
    const svg = trendChart(prepareTrend(pingshan, site.departments), { width: 640, height: 360 }, 'zh').svg;
    const ticks = [...svg.matchAll(/>([\d,]+)<\/text>/gu)].map((m) => Number(m[1]!.replace(/,/gu, '')));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(1372.97);
  });

  it('keeps a hostile department name as text', () => {
    const t = prepareTrend([year(2021, { spent_wan: '1' })], [dept({ short_name_zh: HOSTILE.script })]);
    const out = trendChart(t, SIZE, 'zh');
    expect(checkChart(out).querySelector('title')?.text).toBe(`${HOSTILE.script} 历年实际支出与预算执行率`);
  });
});
