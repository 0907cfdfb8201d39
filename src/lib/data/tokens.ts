/**
 * A value must stand in its quote, exactly: as a number of its own, not as a piece of a longer
 * one (`0.94` is not in `920.94 万元`, `10` is not in `100万元`, `5` is not in `105 家`), and
 * followed by the unit its field is in, where the field has one.
 */
import * as OpenCC from 'opencc-js';
import { compact, stripMarkup, toHalfWidth } from './text.ts';
import { ParseValueError, parseDecimal } from './numbers.ts';

/**
 * A report (or a mirror copy of one) printed in traditional characters writes its units so:
 * 萬元 is 万元, 個 is 个. Units are compared in simplified form (opencc-js: traditional → mainland).
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
/** Enough of what follows a number to hold any unit a field has (万元, 万平方米 …). */
const UNIT_SPAN = 8;

/** A number printed in a quote, with the text that follows it. */
export interface NumberToken {
  /** Canonical decimal, no sign, no separators ("5278.33") */
  value: string;
  /** As it stands in the (half-width, markup-free) quote ("5,278.33") */
  raw: string;
  /** What follows the number, whitespace removed, its first AFTER_SPAN characters ("万元，年中…"); "" at the end of the quote */
  after: string;
}

/**
 * Digits with their decimal point and thousands separators, not continued by another digit or
 * by a point or separator that a digit follows.
 */
const NUMBER = /(?<![\d.,])\d+(?:[.,]\d+)*/gu;

/** How much of what follows a number a token keeps: more than any unit (UNIT_SPAN) and a message's excerpt. */
const AFTER_SPAN = 16;

/**
 * What follows position `end` of `s`, whitespace removed, its first AFTER_SPAN characters. Only a
 * window is compacted, widened while it holds too few, so a quote with many numbers (a table
 * row) costs time in proportion to its length, not to its length times its numbers.
 */
function following(s: string, end: number): string {
  for (let w = 64; ; w *= 4) {
    const after = compact(s.slice(end, end + w));
    if (after.length >= AFTER_SPAN || end + w >= s.length) return after.slice(0, AFTER_SPAN);
  }
}

function tokensOf(s: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of s.matchAll(NUMBER)) {
    let value: string;
    try {
      value = parseDecimal(m[0]);
    } catch (e) {
      if (e instanceof ParseValueError) continue; // "1,2": not one number
      throw e;
    }
    tokens.push({ value, raw: m[0], after: following(s, (m.index ?? 0) + m[0].length) });
  }
  return tokens;
}

/**
 * Every number of a quote, full-width forms and extraction markup normalised. Whitespace ends
 * a number (a table's cells "5 5" are two numbers); a number that PDF extraction spread out or
 * broke across lines ("9 6 . 5", "１，２８７．⏎９３") is read as well, whitespace removed.
 */
export function numberTokens(quote: string): NumberToken[] {
  const s = toHalfWidth(stripMarkup(quote));
  const spaced = tokensOf(s);
  const known = new Set(spaced.map((t) => t.value));
  return [...spaced, ...tokensOf(compact(s)).filter((t) => !known.has(t.value))];
}

/** The unit a value must be followed by: one string, or any of several (counts: 人, 个, 家 …). */
export type Unit = string | readonly string[];

function unitText(unit: Unit): string {
  return typeof unit === 'string' ? unit : unit.join('/');
}

/**
 * The numbers of one quote, handed out to the values it must hold: each value takes a number
 * of its own, so a row whose target and result are both 6 needs a quote that prints 6 twice
 * (once as the target, once as the result), not a quote of the result alone.
 */
export class QuoteNumbers {
  readonly #tokens: NumberToken[];
  readonly #used = new Set<number>();

  constructor(quote: string) {
    this.#tokens = numberTokens(quote);
  }

  /**
   * Takes a number of the quote equal to `value` (a canonical decimal; its sign is not part of
   * the match) and followed by `unit`. A number at the very end of the quote is a table cell
   * whose unit the table's header states, and passes without one. Returns null when one is
   * found, else what is wrong, for a message.
   */
  take(value: string, unit: Unit | null): string | null {
    const want = value.replace(/^-/u, '');
    const same = this.#tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.value === want);
    if (same.length === 0) {
      const inside = this.#tokens.filter((t) => t.value.includes(want) || t.raw.includes(want)).map((t) => t.raw);
      return inside.length > 0
        ? `${want} is not a number of its own in its quote, only part of ${[...new Set(inside)].join(', ')}`
        : `${want} does not occur in its quote`;
    }
    const units = unit === null ? null : (typeof unit === 'string' ? [unit] : unit).map((u) => compact(toHalfWidth(u)));
    const fits = same.filter(({ t }) => {
      if (units === null || t.after === '') return true;
      const after = toSimplified(t.after.slice(0, UNIT_SPAN));
      return units.some((u) => after.startsWith(u));
    });
    if (fits.length === 0) {
      const { t } = same[0]!;
      return `${want} stands in its quote as "${t.raw}${t.after.slice(0, 4)}", not followed by its unit ${unitText(unit!)}`;
    }
    const free = fits.find(({ i }) => !this.#used.has(i));
    if (!free) return `${want} stands in its quote only ${fits.length === 1 ? 'once' : `${fits.length} times`}, for another value of the row: quote the place that states this one`;
    this.#used.add(free.i);
    return null;
  }
}

/** Whether one value stands in a quote (see QuoteNumbers.take). */
export function valueInQuote(value: string, quote: string, unit: Unit | null): string | null {
  return new QuoteNumbers(quote).take(value, unit);
}
