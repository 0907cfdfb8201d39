/**
 * The indicator explorer's filters, kept in the URL: `?category=产出&sub=数量&met=false&dept=…&year=2021&signal=…`.
 * Shared by the page (option lists, row attributes) and the browser script (matching).
 */
export interface IndicatorFilter { category: string; sub: string; met: string; dept: string; year: string; signal: string }
export const FILTER_KEYS = ['category', 'sub', 'met', 'dept', 'year', 'signal'] as const satisfies readonly (keyof IndicatorFilter)[];

/**
 * Attributes a row carries, as strings (`met` is "true", "false" or "null"; `signal` the
 * credibility signals it is part of, space-separated).
 */
export type RowFacts = IndicatorFilter;

export function readFilter(params: URLSearchParams): IndicatorFilter {
  const get = (k: keyof IndicatorFilter) => params.get(k) ?? '';
  return { category: get('category'), sub: get('sub'), met: get('met'), dept: get('dept'), year: get('year'), signal: get('signal') };
}

export function writeFilter(f: IndicatorFilter): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) p.set(k, f[k]);
  return p;
}

/** Whether a space-separated list of signal ids (a row's `data-signals`) holds `wanted`; an empty `wanted` matches all. */
export function hasSignal(list: string, wanted: string): boolean {
  return wanted === '' || list.split(' ').includes(wanted);
}

/** An empty filter value matches everything. */
export function matches(row: RowFacts, f: IndicatorFilter): boolean {
  return FILTER_KEYS.every((k) => (k === 'signal' ? hasSignal(row.signal, f.signal) : f[k] === '' || row[k] === f[k]));
}
