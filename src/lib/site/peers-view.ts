/**
 * Peer context for a report's key measures, in plain sentences: among the other reports of the
 * same kind and fiscal year (narrowed to the same province and level, the same province, or the
 * same level when enough of them state the measure), how many stand higher, the same, lower.
 * With fewer than MIN_PEERS peers the sentence is omitted, and the page says why.
 *
 * Groups and their sorted values are built once per data set, so a page costs a few binary
 * searches whatever the number of reports.
 */
import type { Department, Report, SiteData } from '../data/model.ts';
import { percentOf } from '../data/numbers.ts';
import { allReports, getDepartment, siteData } from './data.ts';

/** The fewest other reports a comparison is made with. */
export const MIN_PEERS = 5;

export const PEER_MEASURES = ['execution_rate', 'self_score', 'indicators_met_share'] as const;
export type PeerMeasure = (typeof PEER_MEASURES)[number];

/** A measure's value for a report, as a decimal string; null when the report does not state it. */
export function measureOf(r: Report, m: PeerMeasure): string | null {
  switch (m) {
    case 'execution_rate':
      return r.figures.execution_rate_pct?.value ?? r.execution_rate_computed_pct;
    case 'self_score':
      return r.figures.self_score?.value ?? null;
    case 'indicators_met_share': {
      const assessed = r.indicators_met + r.indicators_not_met;
      return assessed > 0 ? percentOf(String(r.indicators_met), String(assessed)) : null;
    }
  }
}

/** Which reports a report is set against. */
export interface PeerGroup {
  year: number;
  kind: Report['kind'];
  /** Set when the group is narrowed to the report's province */
  province: string | null;
  /** Set when the group is narrowed to the report's level */
  level: Department['level'] | null;
}

export type PeerSentence =
  | { measure: PeerMeasure; state: 'shown'; value: string; group: PeerGroup; peers: number; higher: number; same: number; lower: number }
  /** Fewer than MIN_PEERS other reports of the same kind and year state the measure */
  | { measure: PeerMeasure; state: 'too-few'; group: PeerGroup; peers: number }
  /** The report itself does not state the measure */
  | { measure: PeerMeasure; state: 'not-stated' };

interface Indexed {
  /** Sorted values of every report in a group, by group key and measure */
  sorted: Map<string, number[]>;
}
const cache = new WeakMap<SiteData, Indexed>();

const keyOf = (m: PeerMeasure, r: Report, d: Department, narrow: { province: boolean; level: boolean }) =>
  [m, r.kind, r.fiscal_year, narrow.province ? d.province_zh : '*', narrow.level ? d.level : '*'].join('\u0000');

const NARROWINGS = [
  { province: true, level: true },
  { province: true, level: false },
  { province: false, level: true },
  { province: false, level: false },
] as const;

function indexed(data: SiteData): Indexed {
  let ix = cache.get(data);
  if (!ix) {
    const sorted = new Map<string, number[]>();
    for (const r of allReports(data)) {
      const d = getDepartment(r.department_id, data);
      for (const m of PEER_MEASURES) {
        const v = measureOf(r, m);
        if (v === null) continue;
        for (const n of NARROWINGS) {
          const k = keyOf(m, r, d, n);
          const list = sorted.get(k);
          if (list) list.push(Number(v));
          else sorted.set(k, [Number(v)]);
        }
      }
    }
    for (const list of sorted.values()) list.sort((a, b) => a - b);
    ix = { sorted };
    cache.set(data, ix);
  }
  return ix;
}

/** Index of the first element ≥ x (or > x with `after`) in an ascending list. */
function bound(list: readonly number[], x: number, after: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? list[mid]! <= x : list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The peer sentence of each key measure for a report. */
export function peerSentences(report: Report, data: SiteData = siteData): PeerSentence[] {
  const { sorted } = indexed(data);
  const d = getDepartment(report.department_id, data);
  return PEER_MEASURES.map((measure): PeerSentence => {
    const own = measureOf(report, measure);
    if (own === null) return { measure, state: 'not-stated' };
    const x = Number(own);
    // The narrowest group with enough peers; the report itself is in every group and not a peer of itself.
    for (const n of NARROWINGS) {
      const list = sorted.get(keyOf(measure, report, d, n)) ?? [];
      const peers = list.length - 1;
      if (peers < MIN_PEERS) continue;
      const below = bound(list, x, false);
      const atOrBelow = bound(list, x, true);
      return {
        measure, state: 'shown', value: own,
        group: { year: report.fiscal_year, kind: report.kind, province: n.province ? d.province_zh : null, level: n.level ? d.level : null },
        peers, higher: list.length - atOrBelow, same: atOrBelow - below - 1, lower: below,
      };
    }
    const all = sorted.get(keyOf(measure, report, d, { province: false, level: false })) ?? [];
    return { measure, state: 'too-few', group: { year: report.fiscal_year, kind: report.kind, province: null, level: null }, peers: Math.max(0, all.length - 1) };
  });
}
