/**
 * Formatting for the pages. Numbers are written by the site-wide formatter
 * (src/lib/format/number.ts, re-exported here so the pages have one place to import from);
 * this module adds what only pages need: a figure's kind read off its key, grades, year ranges.
 */
import type { Grade } from '../data/grade.ts';
import { formatAmount, formatNumber, formatPercent, formatPoints, NOT_REPORTED } from '../format/number.ts';
import { t, type Lang } from './i18n.ts';

export { formatAmount, formatNumber, formatPercent, formatPoints, groupThousands } from '../format/number.ts';

/** The value kinds a figure key can have, read off its suffix. */
export type ValueKind = 'amount' | 'percent' | 'points' | 'count';

export function kindOfField(field: string): ValueKind {
  if (field.endsWith('_wan')) return 'amount';
  if (field.endsWith('_pct')) return 'percent';
  if (field === 'self_score' || field.endsWith('.score') || field.endsWith('.weight')) return 'points';
  return 'count';
}

/** Formats a value by the kind of figure it is. */
export function formatValue(d: string | null | undefined, kind: ValueKind, lang: Lang): string {
  switch (kind) {
    case 'amount':
      return formatAmount(d, lang);
    case 'percent':
      return formatPercent(d, lang);
    case 'points':
      return formatPoints(d, lang);
    case 'count':
      return formatNumber(d, lang);
  }
}

/** "优" on Chinese pages, "优 Excellent" on English ones; null is "未报告". */
export function formatGrade(g: Grade | null | undefined, lang: Lang): string {
  if (g == null) return NOT_REPORTED[lang];
  return t(lang).gradeName[g];
}

/** Years as a range where they are one: [2021, 2022, 2024] is "2021–2022, 2024". */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const y of [...sorted, Number.NaN]) {
    if (start !== undefined && prev !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(', ');
}
