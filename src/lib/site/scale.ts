/**
 * How the site stays small per page when the data set is large (15,000 reports, 3,000
 * departments): above these sizes, lists that would name every record are summarised or
 * split into pages. Below them — the real data set today — every page lists everything, as
 * it always has.
 */
import type { Department, Report, SiteData } from '../data/model.ts';

/** Reports above which the overview shows the latest ones and links to the paginated list. */
const OVERVIEW_ALL_REPORTS_LIMIT = 100;
/** Reports the overview shows when it does not show all. */
export const OVERVIEW_LATEST = 50;
/** Rows per page of the full report list. */
export const REPORT_LIST_PAGE_SIZE = 500;
/** Departments above which lists of departments are grouped by province. */
const DEPARTMENT_LIST_LIMIT = 100;
/** Rows per page of the indicator explorer. */
export const INDICATOR_PAGE_SIZE = 1000;
/** Report files above which the /data/ page states their number instead of listing them. */
export const DATA_PAGE_FILE_LIMIT = 200;
/** URLs per sitemap file (the protocol allows 50,000). */
export const SITEMAP_URL_LIMIT = 40_000;

export const showsAllReports = (data: Pick<SiteData, 'reports'>): boolean => data.reports.length <= OVERVIEW_ALL_REPORTS_LIMIT;
export const listsAllDepartments = (data: Pick<SiteData, 'departments'>): boolean => data.departments.length <= DEPARTMENT_LIST_LIMIT;

/** Number of pages of `n` items, `size` per page (at least one). */
export function pageCount(n: number, size: number): number {
  return Math.max(1, Math.ceil(n / size));
}

/** The items of page `page` (1-based). */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The `n` latest reports: latest fiscal year first, then by department and id. */
export function latestReports(reports: readonly Report[], n: number): Report[] {
  return [...reports].sort((a, b) => b.fiscal_year - a.fiscal_year || a.department_id.localeCompare(b.department_id) || a.id.localeCompare(b.id)).slice(0, n);
}

export interface ProvinceSummary {
  province: string;
  /** First two digits of the GB/T 2260 codes: the province's own code, used in its URL */
  code: string;
  departments: number;
  reports: number;
  latestYear: number | null;
  /** Of the reports, project reports (a sum of money across years and kinds would mean nothing) */
  projectReports: number;
}

/** One row per province, in code order. */
export function provinceSummaries(departments: readonly Department[], reports: readonly Report[]): ProvinceSummary[] {
  const province = new Map(departments.map((d) => [d.id, d.province_zh]));
  const rows = new Map<string, { code: string; departments: number; reports: Report[] }>();
  for (const d of departments) {
    const row = rows.get(d.province_zh) ?? { code: d.admin_code.slice(0, 2), departments: 0, reports: [] };
    row.departments++;
    rows.set(d.province_zh, row);
  }
  for (const r of reports) rows.get(province.get(r.department_id) ?? '')?.reports.push(r);
  return [...rows]
    .map(([name, row]) => ({
      province: name,
      code: row.code,
      departments: row.departments,
      reports: row.reports.length,
      latestYear: row.reports.length ? Math.max(...row.reports.map((r) => r.fiscal_year)) : null,
      projectReports: row.reports.filter((r) => r.kind === 'project').length,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Page numbers to show in a pager: the first, the last, and a few around the current one. */
export function pagerPages(page: number, pages: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= around) out.push(p);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
