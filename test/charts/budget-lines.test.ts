import { describe, expect, it } from 'vitest';
import { budgetLinesChart, prepareBudgetLines } from '../../src/lib/charts/index.ts';
import type { BudgetLine } from '../../src/lib/data/model.ts';
import { checkChart, HOSTILE, makeReport, missingMarks, realReport, site, zeroRects } from './helpers.ts';

const SIZE = { width: 600, height: 360 };
const prep = (id: string) => prepareBudgetLines(realReport(id), site.budgetLines, site.departments);
const line = (over: Partial<BudgetLine>): BudgetLine => ({
  report_id: 'test-dept-2021-department', name: 'x', kind: 'project', initial_wan: null, adjustment_wan: null, final_wan: null, spent_wan: null, funds_wan: null,
  execution_rate_pct: null, adjustment_rate_pct: null, score: null, quote: '', line: 1, ...over,
});

describe('prepareBudgetLines', () => {
  it("reads Liwan's four budget lines in source order, with missing amounts null", () => {
    const p = prep('guangzhou-liwan-2022-department');
    expect(p.source).toBe('budget-lines');
    expect(p.measures).toEqual(['initial', 'final', 'spent']);
    expect(p.rows.map((r) => [r.name, r.values.initial, r.adjustment, r.values.final, r.values.spent, r.rate])).toEqual([
      ['招商引资经费', '100', '-41.36', '58.64', '46.91', '80.00'],
      ['产业扶持资金项目', '1588.4', '1919.36', '3507.76', '3504.7', '99.91'],
      ['上下九步行街品质提升工程项目', '2000', null, '0', '0', null],
      ['区政府合作经费', null, '-80', null, null, null],
    ]);
    expect(p.hasValues).toBe(true);
  });

  it("uses Baiyun's four tasks and the funds each involves", () => {
    const p = prep('guangzhou-baiyun-2021-department');
    expect(p.source).toBe('tasks');
    expect(p.measures).toEqual(['funds']);
    expect(p.rows.map((r) => r.values.funds)).toEqual(['132', '118.97', '321.09', '30.65']);
  });

  it('lists Jiangmen tasks without funds, and Panyu as none', () => {
    const jiangmen = prep('jiangmen-2024-department');
    expect(jiangmen).toMatchObject({ source: 'tasks', hasValues: false });
    expect(jiangmen.rows.map((r) => r.values.funds)).toEqual([null, null, null]);
    expect(prep('guangzhou-panyu-2021-department')).toMatchObject({ source: 'none', rows: [], hasValues: false });
  });

  it('ignores budget lines of other reports and sorts by line', () => {
    const p = prepareBudgetLines(makeReport(), [line({ name: 'b', line: 9 }), line({ name: 'other', report_id: 'other' }), line({ name: 'a', line: 3 })]);
    expect(p.rows.map((r) => r.name)).toEqual(['a', 'b']);
    expect(p.hasValues).toBe(false);
  });
});

describe('budgetLinesChart', () => {
  it('draws Liwan (zh, en) and Baiyun (zh) as in the snapshots', async () => {
    for (const [id, name, lang] of [['guangzhou-liwan-2022-department', 'liwan', 'zh'], ['guangzhou-liwan-2022-department', 'liwan', 'en'], ['guangzhou-baiyun-2021-department', 'baiyun', 'zh']] as const) {
      const out = budgetLinesChart(prep(id), SIZE, lang);
      checkChart(out);
      await expect(out.svg).toMatchFileSnapshot(`__snapshots__/budget-lines.${name}.${lang}.svg`);
    }
  });

  it('draws the stated amounts and labels each missing one 未报告', () => {
    const out = budgetLinesChart(prep('guangzhou-liwan-2022-department'), SIZE, 'zh');
    const svg = checkChart(out);
    // 12 slots: 9 amounts stated (上下九's final budget and spending are a stated 0: 全部调减, 无法支出), 3 missing.
    expect(svg.querySelectorAll('.chart-bar rect')).toHaveLength(9);
    expect(missingMarks(svg)).toEqual(['年初预算 未报告', '调整后预算 未报告', '实际支出 未报告']);
    expect(zeroRects(svg)).toHaveLength(2);
    expect(out.table.rows[2]).toEqual(['上下九步行街品质提升工程项目', '2,000 万元', '未报告', '0 万元', '0 万元', '未报告']);
    expect(svg.text).toContain('调整 −41.36 万元，执行率 80.00%');
    expect(out.table.columns).toEqual(['项目', '年初预算', '调整', '调整后预算', '实际支出', '执行率']);
    expect(out.table.rows[3]).toEqual(['区政府合作经费', '未报告', '−80 万元', '未报告', '未报告', '未报告']);
  });

  it('scales bars to the amounts: 3,507.76 is about 35 times 100', () => {
    const svg = checkChart(budgetLinesChart(prep('guangzhou-liwan-2022-department'), SIZE, 'en'));
    const w = svg.querySelectorAll('.chart-bar-final rect').map((r) => Number(r.getAttribute('width')));
    const i = svg.querySelectorAll('.chart-bar-initial rect').map((r) => Number(r.getAttribute('width')));
    expect((w[1] ?? 0) / (i[0] ?? 1)).toBeCloseTo(35.08, 0);
  });

  it('draws Baiyun tasks with one bar each', () => {
    const out = budgetLinesChart(prep('guangzhou-baiyun-2021-department'), SIZE, 'en');
    const svg = checkChart(out);
    expect(svg.querySelectorAll('.chart-bar-funds rect')).toHaveLength(4);
    expect(out.title).toBe('Baiyun District 2021: funds by task');
    // English charts name each task in English (its name_en); Chinese ones as printed.
    expect(out.table.rows[0]).toEqual(['Complete the planning proposals', '132 (10,000 CNY)']);
    expect(budgetLinesChart(prep('guangzhou-baiyun-2021-department'), SIZE, 'zh').table.rows[0]).toEqual(['完成策划方案', '132 万元']);
  });

  it('says so when the report lists nothing (Panyu)', () => {
    const out = budgetLinesChart(prep('guangzhou-panyu-2021-department'), SIZE, 'zh');
    const svg = checkChart(out);
    expect(missingMarks(svg)).toEqual(['报告未列出项目或任务的资金']);
    expect(out.table.rows).toEqual([]);
  });

  it('keeps hostile project names as text', () => {
    const p = prepareBudgetLines(makeReport(), [line({ name: HOSTILE.script, final_wan: '5' }), line({ name: HOSTILE.attr, line: 2, spent_wan: '3' })]);
    const out = budgetLinesChart(p, SIZE, 'zh');
    const svg = checkChart(out);
    expect(svg.querySelectorAll('.chart-line-group tspan').map((t) => t.text)).toEqual([HOSTILE.script, HOSTILE.attr]);
    expect(out.table.rows.map((r) => r[0])).toEqual([HOSTILE.script, HOSTILE.attr]);
  });
});
