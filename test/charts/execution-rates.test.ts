import { describe, expect, it } from 'vitest';
import { executionRateChart, prepareExecutionRates } from '../../src/lib/charts/index.ts';
import { checkChart, dept, fig, HOSTILE, makeReport, missingMarks, site, zeroRects } from './helpers.ts';

const SIZE = { width: 640, height: 260 };

describe('prepareExecutionRates', () => {
  it('reads the printed rate of each real report, and null for Jiangmen, which gives none', () => {
    const p = prepareExecutionRates(site.reports, site.departments);
    expect(p.rows.map((r) => [r.reportId, r.rate?.value ?? null, r.rate?.basis ?? null])).toEqual([
      ['guangzhou-baiyun-2021-department', '96.05', 'printed'],
      ['guangzhou-liwan-2022-department', '78.33', 'printed'],
      ['guangzhou-panyu-2021-department', '99.21', 'printed'],
      ['jiangmen-2024-department', null, null],
      ['shenzhen-pingshan-2021-project', '99.80', 'printed'],
    ]);
    expect(p.rows[0]?.label).toEqual({ zh: '白云区投促局 2021', en: 'Baiyun District 2021' });
  });

  it('falls back to the computed rate and marks it as computed', () => {
    const p = prepareExecutionRates([makeReport({ execution_rate_computed_pct: '88.10' })], [dept()]);
    expect(p.rows[0]?.rate).toEqual({ value: '88.10', basis: 'computed' });
  });

  it('gives null, not 0, when neither rate exists', () => {
    const p = prepareExecutionRates([makeReport({ figures: fig({ spent_wan: '10' }) })], [dept()]);
    expect(p.rows[0]?.rate).toBeNull();
  });
});

describe('executionRateChart', () => {
  const prepared = prepareExecutionRates(site.reports, site.departments);

  it('draws the real reports (zh) as in the snapshot', async () => {
    const out = executionRateChart(prepared, SIZE, 'zh');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/execution-rates.zh.svg');
  });

  it('draws the real reports (en) as in the snapshot', async () => {
    const out = executionRateChart(prepared, SIZE, 'en');
    checkChart(out);
    expect(out.title).toBe('Budget execution rate');
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/execution-rates.en.svg');
  });

  it('shows Jiangmen as a labelled empty row: 未报告, no bar', () => {
    const out = executionRateChart(prepared, SIZE, 'zh');
    const svg = checkChart(out);
    expect(missingMarks(svg)).toEqual(['未报告']);
    expect(zeroRects(svg)).toEqual([]);
    const missingRow = svg.querySelector('.chart-row-missing');
    expect(missingRow?.text).toContain('江门市投促局 2024');
    expect(missingRow?.querySelector('rect')).toBeNull();
    expect(svg.querySelectorAll('.chart-row rect')).toHaveLength(4);
    expect(out.table.rows[3]).toEqual(['江门市投促局 2024', '未报告', '未报告']);
    expect(out.description).toContain('未报告执行率：江门市投促局 2024');
  });

  it('draws a 100% reference line', () => {
    const svg = checkChart(executionRateChart(prepared, SIZE, 'zh'));
    const line = svg.querySelector('line.chart-reference');
    expect(line?.getAttribute('stroke-dasharray')).toBeTruthy();
    // x(100) on a 0–100 axis is the right end of the plot: all bars end at or before it.
    const x100 = Number(line?.getAttribute('x1'));
    for (const r of svg.querySelectorAll('.chart-row rect')) expect(Number(r.getAttribute('x')) + Number(r.getAttribute('width'))).toBeLessThanOrEqual(x100);
  });

  it('draws a computed rate hatched and says so', () => {
    const p = prepareExecutionRates([makeReport({ execution_rate_computed_pct: '88.10' })], [dept()]);
    const out = executionRateChart(p, SIZE, 'zh');
    const svg = checkChart(out);
    expect(svg.querySelector('.chart-row-computed rect')?.getAttribute('fill')).toBe('url(#execution-rates-zh-computed)');
    expect(svg.querySelector('.chart-row-computed')?.text).toContain('88.10%（计算值）');
    expect(out.table.rows[0]).toEqual(['测试区投促局 2021', '88.10%（计算值）', '计算：实际支出 ÷ 调整后预算']);
  });

  it('extends the axis past 100% for an over-spent budget', () => {
    const p = prepareExecutionRates([makeReport({ figures: fig({ execution_rate_pct: '112.5' }) })], [dept()]);
    const svg = checkChart(executionRateChart(p, SIZE, 'en'));
    expect(svg.querySelectorAll('.chart-axis-x text').map((t) => t.text)).toContain('120%');
  });

  it('keeps hostile department names as text', () => {
    const d = dept({ short_name_zh: HOSTILE.script, name_en: HOSTILE.attr });
    const p = prepareExecutionRates([makeReport({ figures: fig({ execution_rate_pct: '90' }) })], [d]);
    for (const lang of ['zh', 'en'] as const) {
      const out = executionRateChart(p, SIZE, lang);
      const svg = checkChart(out);
      expect(out.svg).not.toContain('<script');
      expect(out.svg).not.toContain('<img');
      expect(out.description).toContain(lang === 'zh' ? HOSTILE.script : HOSTILE.attr);
      expect(svg.querySelector('desc')?.text).toBe(out.description);
    }
  });

  it('uses the caller id prefix for every id', () => {
    const svg = checkChart(executionRateChart(prepared, SIZE, 'zh', { id: 'home-rates' }));
    expect(svg.getAttribute('id')).toBe('home-rates');
    expect(svg.querySelectorAll('[id]').map((n) => n.getAttribute('id'))).toEqual(['home-rates-title', 'home-rates-desc', 'home-rates-computed']);
    expect(svg.getAttribute('aria-labelledby')).toBe('home-rates-title home-rates-desc');
  });

  it('puts whole names above the bars when the chart is phone-narrow', () => {
    const out = executionRateChart(prepared, { width: 320, height: 330 }, 'en');
    const svg = checkChart(out);
    const labels = svg.querySelectorAll('.chart-row-label');
    expect(labels.map((l) => l.text)).toContain('Baiyun District 2021');
    // The English project name is longer than the Chinese: at 320 px it is cut short above its
    // bar, and stands whole in the chart's description and data table.
    expect(labels.map((l) => l.text)).toContain('Pingshan District 2021 · Investment attrac…');
    expect(out.description).toContain('Pingshan District 2021 · Investment attraction');
    expect(out.table.rows.map((r) => r[0])).toContain('Pingshan District 2021 · Investment attraction');
    for (const l of labels) expect(l.getAttribute('text-anchor')).toBeUndefined();
    // Bars start at the left margin instead of after a label column.
    expect(Number(svg.querySelector('.chart-row rect')?.getAttribute('x'))).toBeLessThan(20);
  });

  it('is deterministic', () => {
    expect(executionRateChart(prepared, SIZE, 'zh').svg).toBe(executionRateChart(prepareExecutionRates(site.reports, site.departments), SIZE, 'zh').svg);
  });

  it('refuses a size that cannot make a viewBox', () => {
    expect(() => executionRateChart(prepared, { width: 0, height: 100 }, 'zh')).toThrow(/positive/u);
  });
});
