/**
 * Ordering of table rows by a column, for the sortable tables: numbers numerically, text by
 * locale, and missing values always last (they are not reported, not smallest).
 */
export type SortDirection = 'ascending' | 'descending';

export function compareSortValues(a: string | null, b: string | null, direction: SortDirection, locale: string): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  const na = Number(a);
  const nb = Number(b);
  const sign = direction === 'ascending' ? 1 : -1;
  const c = Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a.localeCompare(b, locale);
  return c === 0 ? 0 : sign * c;
}

/** Indices of `values` in sorted order; stable, missing last in both directions. */
export function sortOrder(values: readonly (string | null)[], direction: SortDirection, locale: string): number[] {
  return values
    .map((v, i) => ({ v, i }))
    .sort((x, y) => compareSortValues(x.v, y.v, direction, locale) || x.i - y.i)
    .map((x) => x.i);
}
