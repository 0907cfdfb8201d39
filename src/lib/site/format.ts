/**
 * Formatting of exact decimals for display. Values arrive as canonical decimal strings
 * ("4652.48", "-625.85", "80.00") and are formatted as strings: no conversion to a binary
 * float, so no `toFixed` drift, and the decimals the report printed are kept.
 */
import type { Grade } from '../data/grade.ts';
import { t, type Lang } from './i18n.ts';

const DECIMAL = /^-?\d+(?:\.\d+)?$/u;

/** Thrown when a value that should be a decimal string is not one. */
export class NotADecimalError extends Error {}

/** `groupThousands("4652.48")` is "4,652.48"; the decimals are kept as given. */
export function groupThousands(d: string): string {
  if (!DECIMAL.test(d)) throw new NotADecimalError(`"${d}" is not a decimal number`);
  const negative = d.startsWith('-');
  const [int = '', frac] = (negative ? d.slice(1) : d).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** Amount in 万元: "4,652.48 万元" (zh), "4,652.48 (10,000 CNY)" (en); null is "未报告". */
export function formatAmount(d: string | null | undefined, lang: Lang): string {
  if (d == null) return t(lang).notReported;
  return lang === 'zh' ? `${groupThousands(d)} 万元` : `${groupThousands(d)} (10,000 CNY)`;
}

/** Amount without its unit, for tables whose caption names the unit. */
export function formatNumber(d: string | null | undefined, lang: Lang): string {
  if (d == null) return t(lang).notReported;
  return groupThousands(d);
}

/** Percent as given: "96.05" is "96.05%". */
export function formatPercent(d: string | null | undefined, lang: Lang): string {
  if (d == null) return t(lang).notReported;
  return `${groupThousands(d)}%`;
}

/** Points of a score: "91.35 分" (zh), "91.35 points" (en). */
export function formatPoints(d: string | null | undefined, lang: Lang): string {
  if (d == null) return t(lang).notReported;
  return lang === 'zh' ? `${groupThousands(d)} 分` : `${groupThousands(d)} points`;
}

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
  if (g == null) return t(lang).notReported;
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
