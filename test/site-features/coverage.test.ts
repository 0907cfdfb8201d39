/**
 * The coverage page's model: what each report contains and what the site lacks. Expected
 * values are read off the five source texts by hand: only Jiangmen prints a filing date
 * (2025-04-18) and it prints no budget; Panyu prints no self-score; Liwan lists no indicator
 * table; all five have problems and measures sections.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { COVERAGE_PAGE_SIZE, cityCoverage, contentsOf, coverageIsPaged, coveragePages, coverageRows, provinceCoverage } from '../../src/lib/site/coverage.ts';
import type { Report, SiteData } from '../../src/lib/data/model.ts';

const data = buildSiteData('data');

describe('what each report contains', () => {
  const missing = Object.fromEntries(coverageRows(data).map((r) => [r.report.id, r.missing]));
  it('names the parts each of the five lacks', () => {
    expect(missing).toEqual({
      'guangzhou-baiyun-2021-department': ['filed'],
      'guangzhou-liwan-2022-department': ['indicators', 'filed'],
      // Panyu's self-evaluation table is an attachment its text does not hold; its one target is stated in prose (an outcome).
      'guangzhou-panyu-2021-department': ['score', 'indicators', 'filed'],
      'jiangmen-2024-department': ['budget'],
      'shenzhen-pingshan-2021-project': ['filed'],
    });
  });
  it('a budget is the initial or the final one', () => {
    const r = data.reports.find((x) => x.id === 'guangzhou-baiyun-2021-department')!;
    const onlyInitial: Report = { ...r, figures: { budget_initial_wan: r.figures.budget_initial_wan } };
    expect(contentsOf(onlyInitial).budget).toBe(true);
    expect(contentsOf({ ...r, figures: {} }).budget).toBe(false);
  });
});

describe('coverage by province and city', () => {
  it('Guangdong: 5 departments, 4 department-wide reports and 1 project, 2021–2024, 15 department-years missing', () => {
    const [gd, ...rest] = provinceCoverage(data);
    expect(rest).toEqual([]);
    expect(gd).toMatchObject({ key: '44', name: '广东省', departments: 5, departmentsWithout: 0, reports: 5, departmentReports: 4, projectReports: 1, firstYear: 2021, lastYear: 2024, years: [2021, 2022, 2024] });
    // 2021–2024 is 4 years × 5 departments = 20 department-years; each department has one report.
    expect(gd!.missingYears).toBe(15);
    expect(gd!.has).toEqual({ budget: 4, spending: 5, score: 4, indicators: 3, problems: 5, measures: 5, filed: 1 });
  });
  it('by city: Guangzhou 3 departments, Jiangmen 1, Shenzhen 1', () => {
    expect(cityCoverage(data).map((c) => [c.name, c.departments, c.reports])).toEqual([['广州市', 3, 3], ['江门市', 1, 1], ['深圳市', 1, 1]]);
  });
  it('a department without any report is counted as such', () => {
    const extra = { ...data.departments[0]!, id: 'nowhere', admin_code: '440199' };
    const [gd] = provinceCoverage({ departments: [...data.departments, extra], reports: data.reports });
    expect(gd).toMatchObject({ departments: 6, departmentsWithout: 1, missingYears: 19 });
  });
});

describe('paging', () => {
  it('pages the per-report rows above COVERAGE_PAGE_SIZE reports only, and says where each province starts', () => {
    expect(coverageIsPaged(data)).toBe(false);
    const r = data.reports[0]!;
    const many: Pick<SiteData, 'departments' | 'reports'> = {
      departments: data.departments,
      reports: Array.from({ length: COVERAGE_PAGE_SIZE * 2 + 1 }, (_, i) => ({ ...r, id: `x-${i}`, fiscal_year: 2000 + (i % 20) })),
    };
    expect(coverageIsPaged(many)).toBe(true);
    expect(coveragePages(many)).toBe(3);
    expect(provinceCoverage(many)[0]!.firstPage).toBe(1);
  });
});
