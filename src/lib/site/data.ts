/**
 * Thin, typed access to the build's output (src/generated/site-data.json) for the pages.
 * Nothing here computes figures; it only finds and orders records.
 */
import raw from '../../generated/site-data.json';
import type { BudgetLine, Department, Indicator, ProvenanceRow, Report, SiteData } from '../data/model.ts';

/** The JSON's inferred type widens unions to string; the build wrote it from `SiteData`. */
export const siteData: SiteData = raw as unknown as SiteData;

/** Reports in a stable order: department, then fiscal year. */
export function allReports(data: SiteData = siteData): Report[] {
  return [...data.reports].sort((a, b) => a.department_id.localeCompare(b.department_id) || a.fiscal_year - b.fiscal_year || a.id.localeCompare(b.id));
}

export function allDepartments(data: SiteData = siteData): Department[] {
  return [...data.departments].sort((a, b) => a.id.localeCompare(b.id));
}

/** Thrown when a page asks for a record the data does not have (a broken route, not bad data). */
export class NotFoundError extends Error {}

export function getReport(id: string, data: SiteData = siteData): Report {
  const r = data.reports.find((x) => x.id === id);
  if (!r) throw new NotFoundError(`no report "${id}" in site-data.json`);
  return r;
}

export function getDepartment(id: string, data: SiteData = siteData): Department {
  const d = data.departments.find((x) => x.id === id);
  if (!d) throw new NotFoundError(`no department "${id}" in site-data.json`);
  return d;
}

export function reportsOf(departmentId: string, data: SiteData = siteData): Report[] {
  return allReports(data).filter((r) => r.department_id === departmentId);
}

export function indicatorsOf(reportId: string, data: SiteData = siteData): Indicator[] {
  return data.indicators.filter((i) => i.report_id === reportId).sort((a, b) => a.index - b.index);
}

export function budgetLinesOf(reportId: string, data: SiteData = siteData): BudgetLine[] {
  return data.budgetLines.filter((b) => b.report_id === reportId);
}

export function provenanceOf(reportId: string, data: SiteData = siteData): ProvenanceRow[] {
  return data.provenance.filter((p) => p.report_id === reportId);
}
