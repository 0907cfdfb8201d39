/**
 * Text in charts: axis ticks, the width a label takes, shortening and wrapping labels to fit,
 * lists and sentences in running text. Values (amounts, percentages, points) are written by the
 * site-wide formatter, src/lib/format/number.ts, so a chart says what the table beside it says.
 */
import { format } from 'd3';
import type { Lang } from '../format/lang.ts';

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
