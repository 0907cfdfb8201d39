import { describe, expect, it } from 'vitest';
import { budgetVsRateChart, prepareBudgetVsRate } from '../../src/lib/charts/index.ts';
import { checkChart, dept, fig, HOSTILE, makeReport, site } from './helpers.ts';

const SIZE = { width: 640, height: 360 };

describe('prepareBudgetVsRate', () => {
  it('plots four real reports and lists Jiangmen, which has neither final budget nor rate', () => {
    const p = prepareBudgetVsRate(site.reports, site.departments);
    expect(p.rows.map((r) => [r.reportId, r.finalBudget, r.rate?.value ?? null, r.missing, r.plotted])).toEqual([
      ['guangzhou-baiyun-2021-department', '4652.48', '96.05', [], true],
      ['guangzhou-liwan-2022-department', '11206.52', '78.33', [], true],
      ['guangzhou-panyu-2021-department', '9904.52', '99.21', [], true],
      ['jiangmen-2024-department', null, null, ['final_budget', 'execution_rate'], false],
      ['shenzhen-pingshan-2021-project', '1375.72', '99.80', [], true],
    ]);
  });

  it('names each missing value separately', () => {
    const p = prepareBudgetVsRate(
      [makeReport({ id: 'a', figures: fig({ budget_final_wan: '100' }) }), makeReport({ id: 'b', figures: fig({ execution_rate_pct: '90' }) })],
      [dept()],
    );
    expect(p.rows.map((r) => r.missing)).toEqual([['execution_rate'], ['final_budget']]);
  });

  it('does not plot a zero final budget on the log axis', () => {
    const p = prepareBudgetVsRate([makeReport({ figures: fig({ budget_final_wan: '0', execution_rate_pct: '0' }) })], [dept()]);
    expect(p.rows[0]).toMatchObject({ missing: [], plotted: false });
  });
});

describe('budgetVsRateChart', () => {
  const prepared = prepareBudgetVsRate(site.reports, site.departments);

  it('draws the real reports (zh) as in the snapshot', async () => {
    const out = budgetVsRateChart(prepared, SIZE, 'zh');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/budget-vs-rate.zh.svg');
  });

  it('draws the real reports (en) as in the snapshot', async () => {
    const out = budgetVsRateChart(prepared, SIZE, 'en');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/budget-vs-rate.en.svg');
  });

  it('labels every point with its department and names the missing report instead of plotting it at 0', () => {
    const out = budgetVsRateChart(prepared, SIZE, 'zh');
    const svg = checkChart(out);
    const points = svg.querySelectorAll('.chart-point');
    expect(points.map((p) => p.querySelector('text')?.text)).toEqual(['白云区投促局 2021', '荔湾区商务投促局 2022', '番禺区投促中心 2021', '坪山区投推署 2021 · 招商引资']);
    expect(svg.querySelectorAll('text.chart-missing').map((t) => t.text)).toEqual(['未绘出：江门市投促局 2024（调整后预算、执行率未报告）']);
    expect(out.description).toContain('未绘出：江门市投促局 2024（调整后预算、执行率未报告）');
    expect(out.table.rows[3]).toEqual(['江门市投促局 2024', '未报告', '未报告', '否：调整后预算、执行率未报告']);
  });

  it('says the x axis is logarithmic, and spaces budgets by ratio', () => {
    const out = budgetVsRateChart(prepared, SIZE, 'en');
    const svg = checkChart(out);
    expect(out.description).toContain('log scale');
    const x = (label: string) => Number(svg.querySelectorAll('.chart-axis-x text').find((t) => t.text === label)?.getAttribute('x'));
    // Equal ratios, equal distances: 1,000→2,000 spans as much as 5,000→10,000.
    expect(x('2,000') - x('1,000')).toBeCloseTo(x('10,000') - x('5,000'), 1);
  });

  it('puts higher rates higher: Pingshan (99.80%) above Liwan (78.33%)', () => {
    const svg = checkChart(budgetVsRateChart(prepared, SIZE, 'zh'));
    const cy = (i: number) => Number(svg.querySelectorAll('.chart-point circle')[i]?.getAttribute('cy'));
    expect(cy(3)).toBeLessThan(cy(1));
  });

  it('draws a computed rate as a hollow diamond', () => {
    const p = prepareBudgetVsRate([makeReport({ figures: fig({ budget_final_wan: '500' }), execution_rate_computed_pct: '91.20' })], [dept()]);
    const svg = checkChart(budgetVsRateChart(p, SIZE, 'en'));
    expect(svg.querySelector('.chart-point-computed path')?.getAttribute('fill')).toBe('none');
    expect(svg.querySelector('.chart-point-computed circle')).toBeNull();
  });

  it('still renders when nothing can be plotted', () => {
    const out = budgetVsRateChart(prepareBudgetVsRate([makeReport()], [dept()]), SIZE, 'zh');
    const svg = checkChart(out);
    expect(svg.querySelectorAll('.chart-point')).toHaveLength(0);
    expect(out.description).toContain('未绘出');
  });

  it('keeps hostile names as text', () => {
    const p = prepareBudgetVsRate([makeReport({ figures: fig({ budget_final_wan: '500', execution_rate_pct: '90' }) })], [dept({ name_en: `Bureau of ${HOSTILE.attr}` })]);
    const out = budgetVsRateChart(p, SIZE, 'en');
    checkChart(out);
    expect(out.svg).not.toContain('<img');
  });
});
