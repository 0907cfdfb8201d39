/**
 * getStaticPaths for the page routes, shared by the Chinese and the English route files.
 */
import { allDepartments, allReports, siteData } from './data.ts';
import { INDICATOR_PAGE_SIZE, REPORT_LIST_PAGE_SIZE, listsAllDepartments, pageCount, showsAllReports } from './scale.ts';

export function departmentPaths(): { params: { id: string } }[] {
  return allDepartments().map((d) => ({ params: { id: d.id } }));
}

export function reportPaths(): { params: { id: string } }[] {
  return allReports().map((r) => ({ params: { id: r.id } }));
}

/** Pages of the full report list: only for a large data set (the overview lists every report otherwise). */
export function reportListPaths(): { params: { page: string } }[] {
  if (showsAllReports(siteData)) return [];
  const pages = pageCount(siteData.reports.length, REPORT_LIST_PAGE_SIZE);
  return Array.from({ length: pages }, (_, i) => ({ params: { page: String(i + 1) } }));
}

/** A page per province: only when departments are too many to list on the overview. */
export function provincePaths(): { params: { code: string } }[] {
  if (listsAllDepartments(siteData)) return [];
  return [...new Set(siteData.departments.map((d) => d.admin_code.slice(0, 2)))].sort().map((code) => ({ params: { code } }));
}

/** Pages 2… of the indicator explorer (page 1 is /indicators/). */
export function indicatorPagePaths(): { params: { page: string } }[] {
  const pages = pageCount(siteData.indicators.length, INDICATOR_PAGE_SIZE);
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { page: String(i + 2) } }));
}
