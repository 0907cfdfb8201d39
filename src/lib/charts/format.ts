/**
 * Number and text formatting for chart labels and tables.
 *
 * Amounts arrive as exact decimal strings. They are shown with the number of decimals the
 * report printed ("1588.4" stays 1,588.4, "80.00" stays 80.00) so the chart never claims more
 * or less precision than the source; d3-format adds the thousands separators and the minus sign.
 */
import { format } from 'd3';
import { decimals, type Decimal } from '../data/numbers.ts';
import type { Lang } from './types.ts';

/** The label of a missing value, in every chart and table cell. */
export const NOT_REPORTED: Readonly<Record<Lang, string>> = { zh: '未报告', en: 'not reported' };

/** Unit of money in the reports: 万元 (10,000 yuan). */
export const MONEY_UNIT: Readonly<Record<Lang, string>> = { zh: '万元', en: '10k CNY' };

function digits(d: Decimal): string {
  return format(`,.${decimals(d)}f`)(Number(d));
}

/** "4652.48" → "4,652.48"; "-625.85" → "−625.85" (a true minus sign). */
export function formatNumber(d: Decimal): string {
  return digits(d);
}

/** "4652.48" → "4,652.48 万元" / "4,652.48 (10k CNY)"; null → "未报告" / "not reported". */
export function formatMoney(d: Decimal | null, lang: Lang): string {
  if (d === null) return NOT_REPORTED[lang];
  return lang === 'zh' ? `${digits(d)} 万元` : `${digits(d)} (10k CNY)`;
}

/** Like formatMoney with an explicit sign: "+1,919.36 万元", "−625.85 万元". */
export function formatSignedMoney(d: Decimal | null, lang: Lang): string {
  if (d === null) return NOT_REPORTED[lang];
  const s = Number(d) > 0 ? `+${digits(d)}` : digits(d);
  return lang === 'zh' ? `${s} 万元` : `${s} (10k CNY)`;
}

/** "96.05" → "96.05%"; null → "未报告" / "not reported". */
export function formatPercent(d: Decimal | null, lang: Lang): string {
  return d === null ? NOT_REPORTED[lang] : `${digits(d)}%`;
}

/** Axis tick labels: thousands separators, no forced decimals. */
export const tickNumber = format(',~f');

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Approximate rendered width of a text: there is no font engine at build time, so count CJK
 * and full-width characters as 1 em and the rest as 0.58 em. Good enough for margins.
 */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const c of s) w += WIDE.test(c) ? 1 : 0.58;
  return w * fontSize;
}

/** Shortens a text with "…" to fit `maxWidth`; hostile or very long names cannot push the layout. */
export function truncate(s: string, maxWidth: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= maxWidth) return s;
  let out = '';
  for (const c of s) {
    if (textWidth(`${out}${c}…`, fontSize) > maxWidth) break;
    out += c;
  }
  return `${out}…`;
}

/**
 * Breaks a text into lines no wider than `maxWidth`: at spaces for Latin text, anywhere between
 * CJK characters (Chinese has no spaces). A single over-long word is truncated unless `keepWords`
 * (for texts that must stay whole, like "not reported": a word may then overhang a little).
 */
export function wrapText(s: string, maxWidth: number, fontSize: number, keepWords = false): string[] {
  const tokens = s.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line !== '' && textWidth(`${line}${tok}`.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return keepWords ? lines : lines.map((l) => truncate(l, maxWidth, fontSize));
}

/**
 * Joins a list in running text: "a、b、c" / "a; b; c". In Chinese, items that hold a comma or
 * an enumeration comma themselves are joined with "；" so the list stays readable.
 */
export function joinList(items: readonly string[], lang: Lang): string {
  if (lang === 'en') return items.join('; ');
  return items.join(items.some((i) => /[，、]/u.test(i)) ? '；' : '、');
}

/** Ends a sentence: "。" in Chinese, "." in English. */
export function sentence(s: string, lang: Lang): string {
  return lang === 'zh' ? `${s}。` : `${s}.`;
}
