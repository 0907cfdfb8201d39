/**
 * The comparison's rules (issue 11 §2): the selection read from `?ids=`, the measures and
 * which of them are ranked, highest / lowest only among reports of the same kind, the
 * warnings, and the peers a department page compares with. Expected values are the reports'
 * printed figures (data/sources/*.txt), worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { compareColumn, latestReport, peerColumns, reportValues } from '../../src/lib/compare/model.ts';
import { MEASURES, type CompareColumn } from '../../src/lib/compare/measures.ts';
import { likeness, readSelection, selectionQuery } from '../../src/lib/compare/selection.ts';
import { compareTable } from '../../src/lib/compare/table.ts';
import { extremes, extremesByGroup } from '../../src/lib/compare/extremes.ts';
import type { Report } from '../../src/lib/data/model.ts';
import { makeReport } from '../charts/helpers.ts';

const data = buildSiteData('data');
const reportsOf = (id: string) => data.reports.filter((r) => r.department_id === id);
const column = (id: string): CompareColumn => compareColumn(data.departments.find((d) => d.id === id)!, reportsOf(id));
const words = { kind: { department: 'D', project: 'P' }, grade: {} };

describe('the selection in ?ids=', () => {
  it('keeps well-formed ids once, in order; the first four are shown and the rest named', () => {
    expect(readSelection('a,b,a,c,d,e,f')).toEqual({ ids: ['a', 'b', 'c', 'd'], dropped: ['e', 'f'], invalid: [] });
  });
  it('names what cannot be an id instead of dropping it silently', () => {
    expect(readSelection('<script>,guangzhou-baiyun,../x,')).toEqual({ ids: ['guangzhou-baiyun'], dropped: [], invalid: ['<script>', '../x'] });
  });
  it('with the known ids, an unknown one is named and does not take one of the four places', () => {
    const known = new Set(data.departments.map((d) => d.id));
    expect(readSelection('nowhere,jiangmen,guangzhou-liwan,guangzhou-baiyun,guangzhou-panyu,shenzhen-pingshan', known)).toEqual({
      ids: ['jiangmen', 'guangzhou-liwan', 'guangzhou-baiyun', 'guangzhou-panyu'], dropped: ['shenzhen-pingshan'], invalid: ['nowhere'],
    });
  });
  it('one id is a selection of one (the page asks for more); none is empty', () => {
    expect(readSelection('jiangmen').ids).toEqual(['jiangmen']);
    expect(readSelection(null).ids).toEqual([]);
  });
  it('writes commas readably', () => {
    expect(selectionQuery(['a', 'b-c'])).toBe('ids=a,b-c');
  });
});

describe('the measures of a column', () => {
  it('are the printed figures, missing as null', () => {
    const baiyun = column('guangzhou-baiyun').values;
    expect([baiyun.spent_wan, baiyun.budget_final_wan, baiyun.execution_rate_pct, baiyun.self_score]).toEqual(['4468.73', '4652.48', '96.05', '91.35']);
    const jiangmen = column('jiangmen').values;
    expect([jiangmen.spent_wan, jiangmen.budget_final_wan, jiangmen.execution_rate_pct, jiangmen.self_score]).toEqual(['920.94', null, null, '98.35']);
  });
  it('marks derived values as computed, printed ones not', () => {
    const pingshan = column('shenzhen-pingshan');
    // 1,375.72 − 1,423.71 (Pingshan prints both budgets, not the adjustment)
    expect(pingshan.values.budget_adjustment_wan).toBe('-47.99');
    expect(pingshan.computed).toContain('budget_adjustment_wan');
    const baiyun = column('guangzhou-baiyun');
    expect(baiyun.values.budget_adjustment_wan).toBe('-625.85');
    expect(baiyun.computed).not.toContain('budget_adjustment_wan');
  });
  it('what a report states in its text stands beside what its table shows', () => {
    // Liwan: "6 项重点指标全部完成" with no table; Jiangmen: "16个指标中有14个指标的完成率为100%-150%".
    expect(column('guangzhou-liwan').values.indicators_stated).toBe('6 / 6');
    expect(column('guangzhou-liwan').values.indicators_listed).toBeNull();
    expect(column('jiangmen').values.indicators_stated).toBe('14 / 16');
    expect(column('jiangmen').values.indicators_listed).toBe('16');
  });
  it('met, not met and not assessed add up to the indicators listed', () => {
    for (const r of data.reports) {
      const v = reportValues(r).values;
      if (v.indicators_listed === null) continue;
      expect(Number(v.indicators_met) + Number(v.indicators_not_met) + Number(v.indicators_not_assessed), r.id).toBe(Number(v.indicators_listed));
    }
  });
});

describe('highest and lowest', () => {
  it('are declared per measure: counts, adjustments, year, kind and grade are never ranked', () => {
    const ranked = MEASURES.filter((m) => m.ranked).map((m) => m.key);
    expect(ranked).toEqual(['budget_final_wan', 'spent_wan', 'execution_rate_pct', 'basic_share_pct', 'project_share_pct', 'self_score']);
  });
  it('are marked only among reports of the same kind: a project is never ranked against departments', () => {
    // Spending: Baiyun 4,468.73, Pingshan's project 1,372.97, Panyu 9,825.88.
    const t = compareTable(['guangzhou-baiyun', 'shenzhen-pingshan', 'guangzhou-panyu'].map(column), 'zh', words);
    const spent = t.rows.find((r) => r.key === 'spent_wan')!.cells;
    expect(spent.map((c) => [c.max, c.min])).toEqual([[false, true], [false, false], [true, false]]);
    const problems = t.rows.find((r) => r.key === 'problems')!.cells;
    expect(problems.some((c) => c.max || c.min)).toBe(false);
    const adjustment = t.rows.find((r) => r.key === 'budget_adjustment_wan')!.cells;
    expect(adjustment.some((c) => c.max || c.min)).toBe(false);
  });
  it('extremes: ties share the mark, nothing with fewer than two different values', () => {
    expect(extremes([3, null, 1, 3])).toEqual({ max: [0, 3], min: [2] });
    expect(extremes([5, null])).toEqual({ max: [], min: [] });
    expect(extremes([2, 2])).toEqual({ max: [], min: [] });
    expect(extremesByGroup([1, 9, 5, 7], ['a', 'b', 'a', null])).toEqual({ max: [2], min: [0] });
  });
});

describe('warnings', () => {
  it('say when years, kinds or levels differ and when a report is missing', () => {
    const codes = (ids: string[]) => compareTable(ids.map(column), 'en', words).warnings.map((w) => w.code);
    expect(codes(['shenzhen-pingshan', 'jiangmen'])).toEqual(['years', 'kinds', 'levels']);
    expect(codes(['guangzhou-baiyun', 'guangzhou-panyu'])).toEqual([]);
    expect(compareTable(['guangzhou-liwan', 'guangzhou-baiyun'].map(column), 'en', words).warnings[0]!.years).toEqual([2021, 2022]);
    expect(likeness([{ year: null, kind: null, level: 'city' }, { year: 2021, kind: 'department', level: 'city' }]).map((w) => w.code)).toEqual(['missing']);
  });
});

describe('the report a department is compared by', () => {
  const report = (id: string, fiscal_year: number, kind: Report['kind']): Report => makeReport({ id, department_id: 'x', fiscal_year, kind });
  it('is the department-wide report when a project report of the same year exists, in any order', () => {
    const project = report('a-project-2023', 2023, 'project');
    const whole = report('x-2023-department', 2023, 'department');
    expect(latestReport([project, whole])?.id).toBe('x-2023-department');
    expect(latestReport([whole, project])?.id).toBe('x-2023-department');
  });
  it('is the newest year first, whatever its kind; null without reports', () => {
    expect(latestReport([report('x-2022-department', 2022, 'department'), report('x-2023-project', 2023, 'project')])?.id).toBe('x-2023-project');
    expect(latestReport([])).toBeNull();
  });
});

describe('peers of a department page', () => {
  const peers = (id: string) => peerColumns(data.departments.find((d) => d.id === id)!, data.departments, reportsOf).peers.map((c) => c.department.id);
  it('same kind only; same province and level first, the same year before other years', () => {
    // Baiyun (district, 2021, department-wide): Panyu (district, 2021), Liwan (district, 2022), then Jiangmen (city).
    expect(peers('guangzhou-baiyun')).toEqual(['guangzhou-panyu', 'guangzhou-liwan', 'jiangmen']);
    // Jiangmen (city, 2024): no other city; districts by closest year: Liwan 2022, then Baiyun and Panyu 2021.
    expect(peers('jiangmen')).toEqual(['guangzhou-liwan', 'guangzhou-baiyun', 'guangzhou-panyu']);
  });
  it('a project report has no department-wide peers', () => {
    expect(peers('shenzhen-pingshan')).toEqual([]);
  });
});
