/**
 * Reading the values a cue points at: numbers as printed, grades, and the texts that look like
 * values and are not (a form's printed instructions, placeholders).
 */
import { compact, stripMarkup, toHalfWidth } from '../../src/lib/data/text.ts';
import Big from 'big.js';
import { ParseValueError, parseDecimal, type Decimal } from '../../src/lib/data/numbers.ts';

/** A number in the normalised view: `5,278.33`, `96.05`, `12`. Never a part of a longer number. */
// (not a garbled one, `7,00.0,77`: a comma then a digit after it is no thousands group)
// (nor a code or a postcode, `064200`: a figure never starts with 0 and another digit)
export const NUMBER = String.raw`(?<![\d.,])(?!0\d)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!\.\d)(?!,\d+[.,]\d)`;

/** Grades as printed, longest first so that `优秀` is not read as `优`. */
export const GRADE_WORDS = ['不合格', '优秀', '良好', '合格', '较差', '一般', '中等', '优', '良', '中', '差'] as const;

/** Text a blank form prints in a cell for the person filling it in: never a value. */
const INSTRUCTION = /填写|请填|填报说明|自动(?:计算|生成)|如实|据实|按实际|示例|例如|例:|不填|此处|待填|待定/u;

/** Whether a cell or phrase is an instruction printed in an unfilled form. */
export function isInstruction(text: string): boolean {
  return INSTRUCTION.test(normalise(text));
}

/** Half-width, markup-free, whitespace-free form. */
export function normalise(text: string): string {
  return compact(toHalfWidth(stripMarkup(text))).replace(/[\u200b-\u200d\ufeff]/gu, '');
}

/** An amount printed in 元 or 亿元, in 万元, exactly (÷ 10 000, × 10 000). */
export function toWan(value: Decimal, unit: '元' | '亿元'): Decimal {
  const v = unit === '元' ? new Big(value).div(10000) : new Big(value).times(10000);
  return v.toFixed();
}

/** A decimal from a printed number, or null when it is not one. */
export function readDecimal(printed: string): Decimal | null {
  try {
    return parseDecimal(normalise(printed).replace(/(?:万元|%|分)$/u, ''));
  } catch (e) {
    if (e instanceof ParseValueError) return null;
    throw e;
  }
}

/** How a cell of a form reads. */
export type CellKind = 'empty' | 'number' | 'percent' | 'placeholder' | 'instruction' | 'text';

const NUMBER_CELL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|分)?$/u;
const PERCENT_CELL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%$/u;
/** Printed in a cell that has no value: a dash, a slash, 无. */
const PLACEHOLDER_CELL = /^(?:[-—–/_]+|无|\\)$/u;

export function cellKind(text: string): CellKind {
  const n = normalise(text);
  if (n === '') return 'empty';
  if (NUMBER_CELL.test(n)) return 'number';
  if (PERCENT_CELL.test(n)) return 'percent';
  if (PLACEHOLDER_CELL.test(n)) return 'placeholder';
  if (isInstruction(n)) return 'instruction';
  return 'text';
}

/** A text as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
