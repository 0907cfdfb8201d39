import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { reportSummary } from '../../src/lib/site/report-view.ts';

const data = buildSiteData('data');
const summary = (id: string, lang: 'zh' | 'en') => {
  const r = data.reports.find((x) => x.id === id)!;
  return reportSummary(r, data.departments.find((d) => d.id === r.department_id)!, lang);
};

describe('reportSummary', () => {
  it('states the headline figures exactly as the data holds them', () => {
    expect(summary('guangzhou-baiyun-2021-department', 'zh')).toBe('白云区投促局 2021 年部门整体支出绩效自评：调整后预算 4,652.48 万元，支出 4,468.73 万元，执行率 96.05%，自评 91.35 分（优）。');
  });
  it('leaves out what the report does not state, and gives the grade where there is no score', () => {
    expect(summary('jiangmen-2024-department', 'zh')).toBe('江门市投促局 2024 年部门整体支出绩效自评：支出 920.94 万元，自评 98.35 分（优）。');
    expect(summary('guangzhou-panyu-2021-department', 'en')).toContain('self-grade');
  });
});
