import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { compareColumns, compareRows, latestReport, likeness, parseIds } from '../../src/lib/compare/model.ts';
import type { Report, SiteData } from '../../src/lib/data/model.ts';
import { makeReport } from '../charts/helpers.ts';

const data = buildSiteData('data');
const ids = data.departments.map((d) => d.id);

describe('compare model', () => {
  it('parseIds keeps known ids once, in order, at most four', () => {
    expect(parseIds('guangzhou-liwan,nowhere,guangzhou-liwan,jiangmen', ids)).toEqual(['guangzhou-liwan', 'jiangmen']);
    expect(parseIds('<script>,guangzhou-baiyun', ids)).toEqual(['guangzhou-baiyun']);
    expect(parseIds(ids.join(','), ids)).toHaveLength(4);
    expect(parseIds(null, ids)).toEqual([]);
  });

  it('aligns the same measures for each department, missing as null', () => {
    const rows = compareRows(compareColumns(data, ['guangzhou-baiyun', 'jiangmen']));
    const row = (k: string) => rows.find((r) => r.key === k)!;
    expect(row('spent_wan').values).toEqual(['4468.73', '920.94']);
    expect(row('budget_final_wan').values).toEqual(['4652.48', null]);
    expect(row('execution_rate_pct').values).toEqual(['96.05', null]);
    expect(row('self_score').values).toEqual(['91.35', '98.35']);
    expect(row('indicators_met').values).toEqual(['24 / 3 / 0', '14 / 2 / 0']);
  });

  it('marks derived values as computed, printed ones not', () => {
    const rows = compareRows(compareColumns(data, ['shenzhen-pingshan', 'guangzhou-baiyun']));
    const adj = rows.find((r) => r.key === 'budget_adjustment_wan')!;
    expect(adj.values).toEqual(['-47.99', '-625.85']);
    expect(adj.computed).toEqual([true, false]);
  });

  it('warns that years and report kinds differ', () => {
    const codes = likeness(compareColumns(data, ['shenzhen-pingshan', 'jiangmen'])).map((l) => l.code);
    expect(codes).toEqual(['years', 'kinds']);
    expect(likeness(compareColumns(data, ['guangzhou-baiyun', 'guangzhou-panyu']))).toEqual([]);
  });
});

describe('the report a department is compared by', () => {
  const report = (id: string, fiscal_year: number, kind: Report['kind']): Report => makeReport({ id, department_id: 'x', fiscal_year, kind });
  const of = (...reports: Report[]): Report | null => latestReport({ ...data, reports } as SiteData, 'x');

  it('is the department-wide report when a project report of the same year exists, in any order', () => {
    // The project id sorts first ("a…" < "x…"), so an id or input order cannot be what decides.
    const project = report('a-project-2023', 2023, 'project');
    const whole = report('x-2023-department', 2023, 'department');
    expect(of(project, whole)?.id).toBe('x-2023-department');
    expect(of(whole, project)?.id).toBe('x-2023-department');
  });

  it('is the newest year first, whatever its kind', () => {
    expect(of(report('x-2022-department', 2022, 'department'), report('x-2023-project', 2023, 'project'))?.id).toBe('x-2023-project');
  });

  it('is null for a department without a report', () => {
    expect(of()).toBeNull();
  });
});
