/**
 * A department over the years: for each series of its reports (department-wide, or one
 * project) that spans two or more fiscal years, the budget, spending, execution rate, score
 * and indicator counts per year, and its indicators matched across consecutive years by name
 * (src/lib/signals/match.ts): this year's target against last year's result, and last year's
 * misses that are gone this year.
 */
import type { Indicator, Report, SiteData } from '../data/model.ts';
import { assessIndicator } from '../data/status.ts';
import { matchYears, seriesKey, targetNotAboveLastResult } from '../signals/match.ts';
import { indicatorsOf, siteData } from './data.ts';

export interface YearPair {
  previous: Report;
  current: Report;
  /** Indicators of the same name in both years */
  matched: { previous: Indicator; current: Indicator; notAbove: boolean | null }[];
  /** Last year's indicators not met whose name is not in this year's report */
  droppedAfterMiss: Indicator[];
  /** Last year's other indicators not in this year's report */
  droppedOther: Indicator[];
}

export interface YearSeries {
  kind: Report['kind'];
  project: string | null;
  /** Ascending fiscal years */
  reports: Report[];
  /** Consecutive years only: a gap year breaks the pair */
  pairs: YearPair[];
}

/** The department's series that span two or more years; empty when none does. */
export function yearSeries(reports: readonly Report[], data: SiteData = siteData): YearSeries[] {
  const groups = new Map<string, Report[]>();
  for (const r of reports) {
    const k = seriesKey(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const out: YearSeries[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => a.fiscal_year - b.fiscal_year);
    if (new Set(sorted.map((r) => r.fiscal_year)).size < 2) continue;
    const pairs: YearPair[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const current = sorted[i]!;
      if (current.fiscal_year !== previous.fiscal_year + 1) continue;
      const m = matchYears(indicatorsOf(previous.id, data), indicatorsOf(current.id, data));
      const missed = (x: Indicator) => assessIndicator(x).status === 'not_met';
      pairs.push({
        previous,
        current,
        matched: m.matched.map((x) => ({ ...x, notAbove: targetNotAboveLastResult(x) })),
        droppedAfterMiss: m.dropped.filter(missed),
        droppedOther: m.dropped.filter((x) => !missed(x)),
      });
    }
    out.push({ kind: sorted[0]!.kind, project: sorted[0]!.project_name, reports: sorted, pairs });
  }
  return out.sort((a, b) => (a.kind === b.kind ? (a.project ?? '').localeCompare(b.project ?? '') : a.kind === 'department' ? -1 : 1));
}
