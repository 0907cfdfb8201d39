/**
 * The one formatter of numbers for readers: tables, charts, page text and search results all
 * write amounts, percentages and points through it, in the same words.
 *
 * Values arrive as canonical decimal strings ("4652.48", "-625.85", "80.00") and are formatted
 * as strings: never converted to a binary float, so there is no rounding drift and the number of
 * decimals the report printed is kept ("80.00" stays "80.00", "1588.4" stays "1,588.4").
 * Negative values carry a true minus sign (U+2212), which screen readers read as "minus".
 */
import type { Lang } from './lang.ts';

/** A canonical decimal string (src/lib/data/numbers.ts). */
type Decimal = string;

/** The label of a missing value in every table cell, chart and sentence: never 0 or "-". */
export const NOT_REPORTED: Readonly<Record<Lang, string>> = { zh: '未报告', en: 'not reported' };

/** The unit of money in the reports, 万元 (10,000 yuan), as every page and chart names it. */
export const MONEY_UNIT: Readonly<Record<Lang, string>> = { zh: '万元', en: '10,000 CNY' };

/** The unit of a self-evaluation score. */
const POINTS_UNIT: Readonly<Record<Lang, string>> = { zh: '分', en: 'points' };

const DECIMAL = /^-?\d+(?:\.\d+)?$/u;
const MINUS = '\u2212';

/** Thrown when a value that should be a decimal string is not one. */
export class NotADecimalError extends Error {}

/** `groupThousands("4652.48")` is "4,652.48", `groupThousands("-625.85")` is "−625.85"; decimals kept as given. */
export function groupThousands(d: Decimal): string {
  if (!DECIMAL.test(d)) throw new NotADecimalError(`"${d}" is not a decimal number`);
  const negative = d.startsWith('-');
  const [int = '', frac] = (negative ? d.slice(1) : d).split('.');
  // Grouped by hand from the right: the look-ahead regex did the same thing several times
  // slower, and a large build formats millions of numbers.
  let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = grouped.length; i < int.length; i += 3) grouped += `,${int.slice(i, i + 3)}`;
  return `${negative ? MINUS : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** A number without unit, for tables whose caption names the unit; null is "未报告" / "not reported". */
export function formatNumber(d: Decimal | null | undefined, lang: Lang): string {
  return d == null ? NOT_REPORTED[lang] : groupThousands(d);
}

/** An amount in 万元: "4,652.48 万元" (zh), "4,652.48 (10,000 CNY)" (en). */
export function formatAmount(d: Decimal | null | undefined, lang: Lang): string {
  if (d == null) return NOT_REPORTED[lang];
  return withMoneyUnit(groupThousands(d), lang);
}

/** An amount with an explicit sign, for changes: "+1,919.36 万元", "−625.85 万元", "0 万元". */
export function formatSignedAmount(d: Decimal | null | undefined, lang: Lang): string {
  if (d == null) return NOT_REPORTED[lang];
  const positive = !d.startsWith('-') && /[1-9]/u.test(d);
  return withMoneyUnit(`${positive ? '+' : ''}${groupThousands(d)}`, lang);
}

function withMoneyUnit(n: string, lang: Lang): string {
  return lang === 'zh' ? `${n} ${MONEY_UNIT.zh}` : `${n} (${MONEY_UNIT.en})`;
}

/** A percentage as given: "96.05" is "96.05%". */
export function formatPercent(d: Decimal | null | undefined, lang: Lang): string {
  return d == null ? NOT_REPORTED[lang] : `${groupThousands(d)}%`;
}

/** Points of a score: "91.35 分" (zh), "91.35 points" (en). */
export function formatPoints(d: Decimal | null | undefined, lang: Lang): string {
  return d == null ? NOT_REPORTED[lang] : `${groupThousands(d)} ${POINTS_UNIT[lang]}`;
}
