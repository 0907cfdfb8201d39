import { compact, stripMarkup, toHalfWidth } from './text.ts';
import { ParseValueError, parseDecimal, type Decimal } from './numbers.ts';

export type Comparator = '>=' | '<=' | '>' | '<' | '=';

/** A target or result such as `≥100 家`, split into its parts. */
export interface Quantity {
  /** null when the text prints no comparator (a plain target such as `100%`). */
  comparator: Comparator | null;
  value: Decimal;
  /** As printed after the number, normalised (`万m2`, `%`, `家`); null when none is printed. */
  unit: string | null;
  /**
   * false when what follows the number is not a unit but OCR damage (`≥5 ↑`): the number is
   * still read, the unit is kept as printed and marked illegible, never guessed.
   */
  unitLegible: boolean;
}

/**
 * A unit is written in letters (家, 亿元, m), with the marks units use (%, ‰, °, ², ³, squared
 * unit signs such as ㎡, a slash or a middle dot). Anything else after a number (an arrow, a box,
 * a replacement character) is a damaged unit.
 */
export function isLegibleUnit(unit: string): boolean {
  return /^[\p{L}\p{M}%‰°℃²³\u3380-\u33ff/·.]+$/u.test(unit);
}

const PREFIX: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/^(?:≥|>=|不低于|不少于|至少|大于等于)/u, '>='],
  [/^(?:≤|<=|不高于|不超过|小于等于|控制在)/u, '<='],
  [/^(?:>|超过|超|大于|高于)/u, '>'],
  [/^(?:<|低于|少于|小于)/u, '<'],
  [/^=/u, '='],
];
const SUFFIX: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/(?:以上|及以上)$/u, '>='],
  [/(?:以下|以内|及以下)$/u, '<='],
];

/**
 * Parses a printed quantity: `parseQuantity("≥170 个")` is `{comparator: ">=", value: "170", unit: "个"}`,
 * `parseQuantity("98%以上")` is `{comparator: ">=", value: "98", unit: "%"}`,
 * `parseQuantity("超 <b>2000</b> 亿元")` is `{comparator: ">", value: "2000", unit: "亿元"}`.
 * Throws ParseValueError when no single number can be read.
 */
export function parseQuantity(printed: string): Quantity {
  let s = compact(toHalfWidth(stripMarkup(printed))).replace(/[。.,，;；]+$/u, '');
  let comparator: Comparator | null = null;
  for (const [re, c] of PREFIX) {
    if (re.test(s)) { comparator = c; s = s.replace(re, ''); break; }
  }
  for (const [re, c] of SUFFIX) {
    if (re.test(s)) { comparator ??= c; s = s.replace(re, ''); break; }
  }
  const m = /^([+-]?[\d,]*\d(?:\.\d+)?)(.*)$/u.exec(s);
  if (!m || /\d/u.test(m[2] ?? '')) throw new ParseValueError(`"${printed}" is not a single quantity`);
  const value = parseDecimal(m[1] ?? '');
  const unit = (m[2] ?? '').replace(/[()（）]/gu, '') || null;
  return { comparator, value, unit, unitLegible: unit === null || isLegibleUnit(unit) };
}
