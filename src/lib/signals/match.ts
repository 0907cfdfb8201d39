/**
 * Indicators matched across a department's years by name: the key both the year-over-year
 * signal and the department page's year-over-year section use.
 */
import Big from 'big.js';
import type { Indicator, Report } from '../data/model.ts';
import { compact, toHalfWidth } from '../data/text.ts';
import { isScoringRow } from '../data/status.ts';

/** The name an indicator is matched by: identical but for whitespace and full-width forms. */
function indicatorKey(name: string): string {
  return compact(toHalfWidth(name));
}

/** Which reports follow one another: the same department, kind and (for a project report) project. */
export function seriesKey(r: Pick<Report, 'department_id' | 'kind' | 'project_name'>): string {
  return `${r.department_id}\u0000${r.kind}\u0000${r.kind === 'project' ? (r.project_name ?? '') : ''}`;
}

export interface MatchedIndicator {
  previous: Indicator;
  current: Indicator;
}

export interface YearMatch {
  matched: MatchedIndicator[];
  /** Last year's indicators with no indicator of the same name this year */
  dropped: Indicator[];
  /** This year's indicators with no indicator of the same name last year */
  added: Indicator[];
}

/**
 * Pairs the performance indicators of two consecutive reports by name. A name listed twice in
 * one report (a report may repeat one under two tasks) pairs its first occurrence.
 */
export function matchYears(previous: readonly Indicator[], current: readonly Indicator[]): YearMatch {
  const perf = (list: readonly Indicator[]) => list.filter((i) => !isScoringRow(i));
  const prev = new Map<string, Indicator>();
  for (const i of perf(previous)) if (!prev.has(indicatorKey(i.name))) prev.set(indicatorKey(i.name), i);
  const seen = new Set<string>();
  const matched: MatchedIndicator[] = [];
  const added: Indicator[] = [];
  for (const i of perf(current)) {
    const key = indicatorKey(i.name);
    const p = prev.get(key);
    if (p && !seen.has(key)) {
      matched.push({ previous: p, current: i });
      seen.add(key);
    } else if (!p) added.push(i);
  }
  const dropped = [...prev.entries()].filter(([k]) => !seen.has(k)).map(([, i]) => i);
  return { matched, dropped, added };
}

/**
 * Whether this year's target asks no more than last year's result: at or below it for a
 * target that is a minimum (≥, >), at or above it for a maximum (≤, <). null when the two
 * cannot be set against each other (a number missing, an exact target (=), units that differ
 * or are illegible) and for a target of 100 %, which cannot be raised.
 */
export function targetNotAboveLastResult(m: MatchedIndicator): boolean | null {
  const { previous: p, current: c } = m;
  if (c.target_value === null || p.actual_value === null || c.comparator === null || c.comparator === '=') return null;
  if (!c.unit_legible || !p.unit_legible) return null;
  const lastUnit = p.actual_unit ?? p.unit;
  if ((c.unit ?? '') !== (lastUnit ?? '')) return null;
  // A rate's target of 100 % cannot be set any higher: not an easier target.
  if (c.unit === '%' && new Big(c.target_value).gte(100) && (c.comparator === '>=' || c.comparator === '>')) return null;
  const t = new Big(c.target_value);
  return c.comparator === '>=' || c.comparator === '>' ? t.lte(p.actual_value) : t.gte(p.actual_value);
}
