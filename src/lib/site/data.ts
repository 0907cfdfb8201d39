/**
 * Thin, typed access to the build's output (site-data.json in the generated folder: src/generated/,
 * or the work folder of `DATA_DIR=<dir>`, see src/lib/data/locations.ts) for the pages.
 * Nothing here computes figures; it only finds and orders records.
 *
 * The data is read from disk when the build starts rather than imported: a bundler would turn
 * a corpus of 15,000 reports into one enormous module. Lookups go through indexes built once
 * per data set, so a page costs the same whatever the number of reports.
 */
import { dataLocations } from '../data/locations.ts';
import { readSiteData } from '../data/generated.ts';
import type { BudgetLine, Department, Indicator, Outcome, ProvenanceRow, Report, SiteData } from '../data/model.ts';

export const siteData: SiteData = readSiteData(dataLocations().generatedDir);

interface Indexes {
  reports: Report[];
  departments: Department[];
  reportById: Map<string, Report>;
  departmentById: Map<string, Department>;
  reportsByDepartment: Map<string, Report[]>;
  indicatorsByReport: Map<string, Indicator[]>;
  budgetLinesByReport: Map<string, BudgetLine[]>;
  outcomesByReport: Map<string, Outcome[]>;
  provenanceByReport?: Map<string, ProvenanceRow[]>;
}
const cache = new WeakMap<SiteData, Indexes>();

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function indexes(data: SiteData): Indexes {
  let ix = cache.get(data);
  if (!ix) {
    const reports = [...data.reports].sort((a, b) => a.department_id.localeCompare(b.department_id) || a.fiscal_year - b.fiscal_year || a.id.localeCompare(b.id));
    const indicatorsByReport = group(data.indicators, (i) => i.report_id);
    for (const list of indicatorsByReport.values()) list.sort((a, b) => a.index - b.index);
    ix = {
      reports,
      departments: [...data.departments].sort((a, b) => a.id.localeCompare(b.id)),
      reportById: new Map(data.reports.map((r) => [r.id, r])),
      departmentById: new Map(data.departments.map((d) => [d.id, d])),
      reportsByDepartment: group(reports, (r) => r.department_id),
      indicatorsByReport,
      budgetLinesByReport: group(data.budgetLines, (b) => b.report_id),
      // Data built before outcomes existed has none.
      outcomesByReport: group(data.outcomes ?? [], (o) => o.report_id),
    };
    cache.set(data, ix);
  }
  return ix;
}

/**
 * Reports in a stable order: department, then fiscal year. The one shared list, not a copy:
 * pages call this tens of thousands of times, and charts index it once per list (by identity).
 */
export function allReports(data: SiteData = siteData): readonly Report[] {
  return indexes(data).reports;
}

export function allDepartments(data: SiteData = siteData): readonly Department[] {
  return indexes(data).departments;
}

/** Thrown when a page asks for a record the data does not have (a broken route, not bad data). */
class NotFoundError extends Error {}

export function getReport(id: string, data: SiteData = siteData): Report {
  const r = indexes(data).reportById.get(id);
  if (!r) throw new NotFoundError(`no report "${id}" in site-data.json`);
  return r;
}

export function getDepartment(id: string, data: SiteData = siteData): Department {
  const d = indexes(data).departmentById.get(id);
  if (!d) throw new NotFoundError(`no department "${id}" in site-data.json`);
  return d;
}

export function reportsOf(departmentId: string, data: SiteData = siteData): Report[] {
  return [...(indexes(data).reportsByDepartment.get(departmentId) ?? [])];
}

export function indicatorsOf(reportId: string, data: SiteData = siteData): Indicator[] {
  return [...(indexes(data).indicatorsByReport.get(reportId) ?? [])];
}

export function budgetLinesOf(reportId: string, data: SiteData = siteData): BudgetLine[] {
  return [...(indexes(data).budgetLinesByReport.get(reportId) ?? [])];
}

/** The results a report states in prose, in the record's order. */
export function outcomesOf(reportId: string, data: SiteData = siteData): Outcome[] {
  return [...(indexes(data).outcomesByReport.get(reportId) ?? [])];
}

/** The traced values of a report (reads provenance.json on first use). */
export function provenanceOf(reportId: string, data: SiteData = siteData): ProvenanceRow[] {
  const ix = indexes(data);
  ix.provenanceByReport ??= group(data.provenance, (p) => p.report_id);
  return [...(ix.provenanceByReport.get(reportId) ?? [])];
}
