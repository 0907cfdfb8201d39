import Big from 'big.js';
import { compact, stripMarkup, toHalfWidth } from './text.ts';

/**
 * Exact decimals. Amounts are kept as canonical decimal strings ("4652.48") and computed with
 * big.js, so no binary floating-point drift can creep into a published figure.
 */
export type Decimal = string;

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;

/** Thrown for a printed value that is not the number it claims to be. */
export class ParseValueError extends Error {}

/** Half-width, markup-free, whitespace-free form of a printed value. */
function prepare(printed: string): string {
  return compact(toHalfWidth(stripMarkup(printed)));
}

/**
 * Parses a printed number into a canonical decimal string.
 * `parseDecimal("5,278.33")` is "5278.33"; `parseDecimal("９６.０５%", "%")` is "96.05".
 * The number of decimals printed is kept ("80.00" stays "80.00").
 */
export function parseDecimal(printed: string, unit?: string): Decimal {
  let s = prepare(printed);
  if (unit && s.endsWith(unit)) s = s.slice(0, -unit.length);
  // Thousands separators: a comma followed by exactly three digits.
  s = s.replace(/,(?=\d{3}(?:\D|$))/gu, '');
  if (!NUMBER.test(s)) throw new ParseValueError(`"${printed}" is not a number`);
  const negative = s.startsWith('-');
  const body = s.replace(/^[+-]/u, '').replace(/^0+(?=\d)/u, '');
  return negative && !/^0(?:\.0+)?$/u.test(body) ? `-${body}` : body;
}

/** Parses a printed amount of money; amounts are never negative unless a sign is printed. */
export function parseAmount(printed: string): Decimal {
  return parseDecimal(printed.replace(/万元$/u, ''));
}

export function negate(d: Decimal): Decimal {
  return d.startsWith('-') ? d.slice(1) : d === '0' ? d : `-${d}`;
}

/** a / b × 100, rounded half-up to `dp` decimals, as a canonical string; null if b is 0. */
export function percentOf(a: Decimal, b: Decimal, dp = 2): Decimal | null {
  const den = new Big(b);
  if (den.eq(0)) return null;
  return new Big(a).times(100).div(den).round(dp, Big.roundHalfUp).toFixed(dp);
}

/** Sum of decimals, keeping the largest number of decimals among the terms. */
export function sum(terms: readonly Decimal[]): Decimal {
  const dp = Math.max(0, ...terms.map(decimals));
  return terms.reduce((acc, t) => acc.plus(t), new Big(0)).toFixed(dp);
}

export function decimals(d: Decimal): number {
  const i = d.indexOf('.');
  return i < 0 ? 0 : d.length - i - 1;
}

/** Numeric equality of two decimals ("80" equals "80.00"). */
export function same(a: Decimal, b: Decimal): boolean {
  return new Big(a).eq(b);
}

/** |a − b| */
export function diff(a: Decimal, b: Decimal): Decimal {
  return new Big(a).minus(b).abs().toString();
}

/** JSON form of a decimal: a number (JSON numbers carry no binary drift when parsed back). */
export function toJsonNumber(d: Decimal | null): number | null {
  return d === null ? null : Number(d);
}
