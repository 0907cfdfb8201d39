import { describe, expect, it } from 'vitest';
import { budgetExecutionChart, prepareBudgetExecution } from '../../src/lib/charts/index.ts';
import { checkChart, dept, fig, HOSTILE, makeReport, missingMarks, realReport, site, zeroRects } from './helpers.ts';

const SIZE = { width: 560, height: 320 };
const prep = (id: string) => prepareBudgetExecution(realReport(id), site.departments);

describe('prepareBudgetExecution', () => {
  it('reads Baiyun 2021: 5,278.33 − 625.85 = 4,652.48 budget, 4,468.73 spent, 96.05%', () => {
    expect(prep('guangzhou-baiyun-2021-department')).toEqual({
      reportId: 'guangzhou-baiyun-2021-department',
      label: { zh: '白云区投促局 2021', en: 'Baiyun District 2021' },
      initial: '5278.33', adjustment: '-625.85', final: '4652.48', spent: '4468.73',
      adjustmentDifference: null, rate: { value: '96.05', basis: 'printed' },
    });
  });

  it('computes the difference for Pingshan, which states initial and final budget but no adjustment', () => {
    expect(prep('shenzhen-pingshan-2021-project')).toMatchObject({ initial: '1423.71', adjustment: null, final: '1375.72', adjustmentDifference: '-47.99' });
  });

  it('leaves missing steps null (Jiangmen gives only its spending)', () => {
    expect(prep('jiangmen-2024-department')).toMatchObject({ initial: null, adjustment: null, final: null, spent: '920.94', adjustmentDifference: null, rate: null });
  });

  it('works without a department registry', () => {
    expect(prepareBudgetExecution(makeReport()).label).toEqual({ zh: 'test-dept 2021', en: 'test-dept 2021' });
  });
});

describe('budgetExecutionChart', () => {
  it('draws Baiyun (zh) as in the snapshot', async () => {
    const out = budgetExecutionChart(prep('guangzhou-baiyun-2021-department'), SIZE, 'zh');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/budget-execution.baiyun.zh.svg');
  });

  it('draws Baiyun (en) as in the snapshot', async () => {
    const out = budgetExecutionChart(prep('guangzhou-baiyun-2021-department'), SIZE, 'en');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/budget-execution.baiyun.en.svg');
  });

  it('draws Pingshan and Jiangmen (zh) as in the snapshots', async () => {
    for (const [id, name] of [['shenzhen-pingshan-2021-project', 'pingshan'], ['jiangmen-2024-department', 'jiangmen']] as const) {
      const out = budgetExecutionChart(prep(id), SIZE, 'zh');
      checkChart(out);
      await expect(out.svg).toMatchFileSnapshot(`__snapshots__/budget-execution.${name}.zh.svg`);
    }
  });

  it('draws the decrease going down, from the initial budget to the final budget', () => {
    const svg = checkChart(budgetExecutionChart(prep('guangzhou-baiyun-2021-department'), SIZE, 'zh'));
    const top = (step: string) => Number(svg.querySelector(`.chart-step-${step} rect`)?.getAttribute('y'));
    const adj = svg.querySelector('.chart-step-adjustment');
    expect(adj?.classList.contains('chart-decrease')).toBe(true);
    const rect = adj?.querySelector('rect');
    expect(Number(rect?.getAttribute('y'))).toBeCloseTo(top('initial'), 1);
    expect(Number(rect?.getAttribute('y')) + Number(rect?.getAttribute('height'))).toBeCloseTo(top('final'), 1);
    expect(adj?.text).toContain('▼ −625.85');
    expect(rect?.getAttribute('fill')).toBe('url(#budget-execution-guangzhou-baiyun-2021-department-zh-decrease)');
  });

  it('draws an increase going up', () => {
    const d = prepareBudgetExecution(makeReport({ figures: fig({ budget_initial_wan: '100', budget_adjustment_wan: '50', budget_final_wan: '150', spent_wan: '120' }) }));
    const svg = checkChart(budgetExecutionChart(d, SIZE, 'en'));
    const adj = svg.querySelector('.chart-step-adjustment');
    expect(adj?.classList.contains('chart-increase')).toBe(true);
    expect(adj?.text).toContain('▲ 50');
    const rect = adj?.querySelector('rect');
    const finalTop = Number(svg.querySelector('.chart-step-final rect')?.getAttribute('y'));
    expect(Number(rect?.getAttribute('y'))).toBeCloseTo(finalTop, 1);
  });

  it('annotates the execution rate', () => {
    expect(checkChart(budgetExecutionChart(prep('guangzhou-baiyun-2021-department'), SIZE, 'zh')).querySelector('.chart-rate text')?.text).toBe('执行率 96.05%');
  });

  it('shows the missing steps of Liwan as 未报告 gaps, not zero bars', () => {
    const out = budgetExecutionChart(prep('guangzhou-liwan-2022-department'), SIZE, 'zh');
    const svg = checkChart(out);
    expect(missingMarks(svg)).toEqual(['未报告', '未报告']);
    expect(svg.querySelector('.chart-step-initial')).toBeNull();
    expect(svg.querySelectorAll('.chart-step rect')).toHaveLength(2);
    expect(zeroRects(svg)).toEqual([]);
    expect(out.table.rows.slice(0, 2)).toEqual([['年初预算', '未报告'], ['预算调整', '未报告']]);
    expect(out.description).toContain('年初预算、预算调整未报告');
  });

  it('shows Jiangmen with one bar, three gaps and the rate not reported', () => {
    const out = budgetExecutionChart(prep('jiangmen-2024-department'), SIZE, 'en');
    const svg = checkChart(out);
    expect(missingMarks(svg)).toEqual(['not reported', 'not reported', 'not reported']);
    expect(svg.querySelectorAll('.chart-step rect')).toHaveLength(1);
    expect(svg.querySelector('.chart-rate text')?.text).toBe('Execution rate not reported');
    expect(out.table.rows[4]).toEqual(['Execution rate', 'not reported']);
  });

  it('wraps the gap labels in narrow columns instead of overlapping them', () => {
    const svg = checkChart(budgetExecutionChart(prep('guangzhou-liwan-2022-department'), { width: 320, height: 300 }, 'en'));
    expect(missingMarks(svg)).toEqual(['not reported', 'not reported']);
    expect(svg.querySelectorAll('text.chart-missing tspan')).toHaveLength(4);
  });

  it('labels the Pingshan adjustment 未报告 and gives the computed difference beside it', () => {
    const out = budgetExecutionChart(prep('shenzhen-pingshan-2021-project'), SIZE, 'zh');
    const svg = checkChart(out);
    expect(missingMarks(svg)).toEqual(['未报告']);
    expect(svg.querySelector('.chart-step-adjustment')?.text).toContain('−47.99（计算）');
    expect(svg.querySelector('.chart-step-adjustment rect')).toBeNull();
    expect(out.table.rows[1]).toEqual(['预算调整', '未报告；调整后预算 − 年初预算 = −47.99 万元']);
  });

  it('floats an adjustment whose initial budget is missing from the final budget down', () => {
    const d = prepareBudgetExecution(makeReport({ figures: fig({ budget_adjustment_wan: '-20', budget_final_wan: '80' }) }));
    const svg = checkChart(budgetExecutionChart(d, SIZE, 'zh'));
    const rect = svg.querySelector('.chart-step-adjustment rect');
    const finalTop = Number(svg.querySelector('.chart-step-final rect')?.getAttribute('y'));
    expect(Number(rect?.getAttribute('y')) + Number(rect?.getAttribute('height'))).toBeCloseTo(finalTop, 1);
    expect(missingMarks(svg)).toEqual(['未报告', '未报告']);
  });

  it('keeps a hostile project name as text in the title', () => {
    const d = prepareBudgetExecution(makeReport({ kind: 'project', project_name: HOSTILE.script, figures: fig({ spent_wan: '1' }) }), [dept()]);
    const out = budgetExecutionChart(d, SIZE, 'zh');
    expect(checkChart(out).querySelector('title')?.text).toBe(`测试区投促局 2021 · ${HOSTILE.script} 预算执行情况`);
  });
});
