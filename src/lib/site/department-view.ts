/**
 * What a department page shows, prepared from the data.
 */
import type { Report, TracedText, TracedValue } from '../data/model.ts';

export const STAFF_FIELDS = ['staff_authorized', 'staff_actual', 'staff_retired', 'staff_other'] as const;
export type StaffField = (typeof STAFF_FIELDS)[number];

export interface StaffFigures {
  report: Report;
  figures: { field: StaffField; value: TracedValue }[];
}

/** Staff numbers per report, for the reports that state any. */
export function staffFigures(reports: readonly Report[]): StaffFigures[] {
  return reports
    .map((report) => ({
      report,
      figures: STAFF_FIELDS.flatMap((field) => {
        const value = report.figures[field];
        return value ? [{ field, value }] : [];
      }),
    }))
    .filter((s) => s.figures.length > 0);
}

/** Duties as each report lists them (newest report first); reports without duties are skipped. */
export function dutiesByReport(reports: readonly Report[]): { report: Report; duties: TracedText[] }[] {
  return [...reports]
    .sort((a, b) => b.fiscal_year - a.fiscal_year)
    .filter((r) => r.duties.length > 0)
    .map((report) => ({ report, duties: report.duties }));
}
