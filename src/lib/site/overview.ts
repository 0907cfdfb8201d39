/**
 * The overview's key figures, computed exactly from the reports (big.js via `sum`).
 */
import type { Report } from '../data/model.ts';
import { sum } from '../data/numbers.ts';

export interface KeyFigures {
  departments: number;
  reports: number;
  years: number[];
  /** Sum of `spent_wan` over the reports that state it, as an exact decimal string */
  spentTotal: string;
  /** Reports that state no spending figure (left out of the sum) */
  reportsWithoutSpent: number;
  projectReports: number;
}

export function keyFigures(reports: readonly Report[], departmentCount: number): KeyFigures {
  const spent = reports.map((r) => r.figures.spent_wan?.value).filter((v): v is string => v != null);
  return {
    departments: departmentCount,
    reports: reports.length,
    years: [...new Set(reports.map((r) => r.fiscal_year))].sort((a, b) => a - b),
    spentTotal: sum(spent),
    reportsWithoutSpent: reports.length - spent.length,
    projectReports: reports.filter((r) => r.kind === 'project').length,
  };
}
