/**
 * The overview's key figures. Money is never added up across fiscal years or report kinds (a
 * sum of 2021, 2022 and 2024 spending, or of a project and whole departments, means nothing):
 * the figures are counts, and per fiscal year and kind the reports' spending, with medians of
 * spending, execution rate and self-score. Exact decimals (big.js).
 */
import Big from 'big.js';
import type { Report } from '../data/model.ts';
import { sum, type Decimal } from '../data/numbers.ts';

/** The median of exact decimals (the mean of the middle two for an even count); null for none. */
export function median(values: readonly Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => new Big(a).cmp(b));
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return new Big(sorted[mid - 1]!).plus(sorted[mid]!).div(2).toString();
}

export interface Stat {
  /** Reports of the group that state the value */
  n: number;
  median: Decimal | null;
}

export interface YearKindFigures {
  year: number;
  kind: Report['kind'];
  reports: number;
  /** Sum of the spending stated, within this one year and kind; null when none states it */
  spentTotal: Decimal | null;
  spent: Stat;
  /** The rate as printed, else computed (spent ÷ final budget) */
  rate: Stat;
  score: Stat;
}

export interface KeyFigures {
  departments: number;
  reports: number;
  years: number[];
  projectReports: number;
  /** Median self-score of the department-wide reports (all years: the scale is points of 100) */
  departmentScore: Stat;
  /** Newest year first; within a year, department-wide before project reports */
  byYearKind: YearKindFigures[];
}

const stat = (values: readonly (Decimal | null | undefined)[]): Stat => {
  const present = values.filter((v): v is Decimal => v != null);
  return { n: present.length, median: median(present) };
};

const reportRate = (r: Report): Decimal | null => r.figures.execution_rate_pct?.value ?? r.execution_rate_computed_pct;

export function keyFigures(reports: readonly Report[], departmentCount: number): KeyFigures {
  const groups = new Map<string, Report[]>();
  for (const r of reports) {
    const key = `${r.fiscal_year}|${r.kind}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const byYearKind = [...groups.values()]
    .map((rs) => {
      const spent = rs.map((r) => r.figures.spent_wan?.value).filter((v): v is Decimal => v != null);
      return {
        year: rs[0]!.fiscal_year,
        kind: rs[0]!.kind,
        reports: rs.length,
        spentTotal: spent.length ? sum(spent) : null,
        spent: stat(spent),
        rate: stat(rs.map(reportRate)),
        score: stat(rs.map((r) => r.figures.self_score?.value)),
      };
    })
    .sort((a, b) => b.year - a.year || (a.kind === b.kind ? 0 : a.kind === 'department' ? -1 : 1));
  return {
    departments: departmentCount,
    reports: reports.length,
    years: [...new Set(reports.map((r) => r.fiscal_year))].sort((a, b) => a - b),
    projectReports: reports.filter((r) => r.kind === 'project').length,
    departmentScore: stat(reports.filter((r) => r.kind === 'department').map((r) => r.figures.self_score?.value)),
    byYearKind,
  };
}
