/**
 * What the site holds (/coverage/): by province (and by city for a small data set), which
 * departments, fiscal years and kinds of report; per report, which parts it contains; and
 * what is missing: the parts a report lacks, and the years within the data's range for which
 * a department has no report. A large data set gets the summary on /coverage/ and the
 * per-report rows on pages of COVERAGE_PAGE_SIZE (/coverage/page/<n>/).
 */
import type { Department, Report, SiteData } from '../data/model.ts';
import { pageCount } from './scale.ts';

/** The parts of a report the coverage page looks for, in its column order. */
export const CONTENTS = ['budget', 'spending', 'score', 'indicators', 'problems', 'measures', 'filed'] as const;
export type Content = (typeof CONTENTS)[number];

/** Whether a report contains each part: a budget (initial or final), spending, a self-score, listed indicators, problems, measures, a filing date. */
export function contentsOf(r: Report): Record<Content, boolean> {
  return {
    budget: Boolean(r.figures.budget_final_wan ?? r.figures.budget_initial_wan),
    spending: Boolean(r.figures.spent_wan),
    score: Boolean(r.figures.self_score),
    indicators: r.indicator_count > 0,
    problems: r.problems.length > 0,
    measures: r.measures.length > 0,
    filed: r.filed_on !== null,
  };
}

/** Rows per page of the per-report coverage (a large data set only). */
export const COVERAGE_PAGE_SIZE = 500;

export interface CoverageRow {
  report: Report;
  department: Department;
  provinceCode: string;
  has: Record<Content, boolean>;
  missing: Content[];
}

const code = (d: Department) => d.admin_code.slice(0, 2);

const zhOrder = new Intl.Collator('zh').compare;
const cache = new WeakMap<object, CoverageRow[]>();

/** Every report as a coverage row: by province code, city, department, year, kind (computed once per data set). */
export function coverageRows(data: Pick<SiteData, 'departments' | 'reports'>): CoverageRow[] {
  let rows = cache.get(data);
  if (!rows) {
    rows = sortedRows(data);
    cache.set(data, rows);
  }
  return rows;
}

function sortedRows(data: Pick<SiteData, 'departments' | 'reports'>): CoverageRow[] {
  const byId = new Map(data.departments.map((d) => [d.id, d]));
  return data.reports
    .map((report) => {
      const department = byId.get(report.department_id)!;
      const has = contentsOf(report);
      return { report, department, provinceCode: code(department), has, missing: CONTENTS.filter((c) => !has[c]) };
    })
    .sort((a, b) =>
      a.provinceCode.localeCompare(b.provinceCode) || zhOrder(a.department.city_zh, b.department.city_zh) ||
      a.department.id.localeCompare(b.department.id) || a.report.fiscal_year - b.report.fiscal_year || a.report.kind.localeCompare(b.report.kind));
}

/** Whether the per-report rows are split into pages (a large data set). */
export const coverageIsPaged = (data: Pick<SiteData, 'reports'>): boolean => data.reports.length > COVERAGE_PAGE_SIZE;
export const coveragePages = (data: Pick<SiteData, 'reports'>): number => pageCount(data.reports.length, COVERAGE_PAGE_SIZE);

export interface CoverageGroup {
  /** Province code (first two digits of GB/T 2260) or the city's name */
  key: string;
  name: string;
  /** The province, for a city's row */
  province: string;
  departments: number;
  /** Departments with no report at all */
  departmentsWithout: number;
  reports: number;
  departmentReports: number;
  projectReports: number;
  firstYear: number | null;
  lastYear: number | null;
  /** The fiscal years its reports cover, ascending */
  years: number[];
  /** Reports containing each part */
  has: Record<Content, number>;
  /** (department, year) pairs within the data's years with no report of the department */
  missingYears: number;
  /** The coverage page (1-based) its first report is on */
  firstPage: number;
}

function group(data: Pick<SiteData, 'departments' | 'reports'>, keyOf: (d: Department) => { key: string; name: string; province: string }): CoverageGroup[] {
  const rows = coverageRows(data);
  const years = data.reports.map((r) => r.fiscal_year);
  const span = years.length ? Math.max(...years) - Math.min(...years) + 1 : 0;
  const out = new Map<string, CoverageGroup & { yearsOf: Map<string, Set<number>>; held: Set<number> }>();
  const at = (d: Department) => {
    const k = keyOf(d);
    let g = out.get(k.key);
    if (!g) {
      g = { ...k, departments: 0, departmentsWithout: 0, reports: 0, departmentReports: 0, projectReports: 0, firstYear: null, lastYear: null, years: [], held: new Set(),
        has: Object.fromEntries(CONTENTS.map((c) => [c, 0])) as Record<Content, number>, missingYears: 0, firstPage: 0, yearsOf: new Map() };
      out.set(k.key, g);
    }
    return g;
  };
  for (const d of data.departments) {
    const g = at(d);
    g.departments++;
    g.yearsOf.set(d.id, new Set());
  }
  rows.forEach((row, i) => {
    const g = at(row.department);
    const r = row.report;
    g.reports++;
    if (r.kind === 'project') g.projectReports++;
    else g.departmentReports++;
    g.firstYear = g.firstYear === null ? r.fiscal_year : Math.min(g.firstYear, r.fiscal_year);
    g.lastYear = g.lastYear === null ? r.fiscal_year : Math.max(g.lastYear, r.fiscal_year);
    for (const c of CONTENTS) if (row.has[c]) g.has[c]++;
    g.yearsOf.get(row.department.id)?.add(r.fiscal_year);
    g.held.add(r.fiscal_year);
    if (g.firstPage === 0) g.firstPage = Math.floor(i / COVERAGE_PAGE_SIZE) + 1;
  });
  return [...out.values()].map(({ yearsOf, held, ...g }) => {
    const perDepartment = [...yearsOf.values()];
    return {
      ...g, years: [...held].sort((a, b) => a - b), departmentsWithout: perDepartment.filter((y) => y.size === 0).length,
      missingYears: perDepartment.reduce((n, y) => n + span - y.size, 0), firstPage: g.firstPage || 1,
    };
  });
}

/** One row per province, in code order. */
export function provinceCoverage(data: Pick<SiteData, 'departments' | 'reports'>): CoverageGroup[] {
  return group(data, (d) => ({ key: code(d), name: d.province_zh, province: d.province_zh })).sort((a, b) => a.key.localeCompare(b.key));
}

/** One row per city (prefecture), by province code then city. */
export function cityCoverage(data: Pick<SiteData, 'departments' | 'reports'>): CoverageGroup[] {
  return group(data, (d) => ({ key: `${code(d)}|${d.city_zh}`, name: d.city_zh, province: d.province_zh })).sort((a, b) => zhOrder(a.key, b.key));
}

/** The fiscal years the data spans (first to last), for the "missing years" count. */
export function dataYears(data: Pick<SiteData, 'reports'>): { first: number; last: number } | null {
  const years = data.reports.map((r) => r.fiscal_year);
  return years.length ? { first: Math.min(...years), last: Math.max(...years) } : null;
}
