/**
 * A normalised, searchable view of a report's text with a map back to the original.
 *
 * The cues are matched against this view: half-width forms, no markup, characters that a PDF
 * spread out with spaces joined again, paragraphs that a PDF broke over several lines joined
 * again (a number broken by a line break included). Every character of the view remembers the
 * offset of the character of the original text it came from, so an extracted value is quoted
 * as an exact excerpt of the original (whitespace aside), which the data build accepts.
 *
 * Separators kept in the view:
 * - `' '` between two numbers or words (`100 120` stays two numbers);
 * - `'\t'` between the cells of a table row (tabs, `|`, runs of spaces in a space-aligned row);
 * - `'\n'` where a paragraph, a heading, a short line or a table row ends.
 */
import { wrappedLines } from './wrap.ts';
import { SourceText } from '../../src/lib/data/provenance.ts';
import { compact, toHalfWidth } from '../../src/lib/data/text.ts';
import { CHARACTER_REFERENCE, pinyinAt, readingText } from './fold.ts';

/** A range of the view, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** An exact excerpt of the original text and the 1-based line where it starts. */
export interface Quote {
  quote: string;
  line: number;
}

interface Ch {
  c: string;
  /** offset in the original text */
  o: number;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Characters between which a space separates two things (numbers, words). */
const TIGHT = /[0-9A-Za-z.,%]/u;
// (a page's markdown image, `![日间,照料](/static/img/big_111.jpg)`, is markup too)
const MARKUP = [/<\/?[a-zA-Z][^<>]*>/gu, /!\[[^\]\n]*\]\([^)\n]*\)/gu, /(?<!\*)\*{2,}(?!\*)(?! ?(?:万元|亿元|元|%))/gu, /^\s*#{1,6}\s+/gu, /^\s*[-•·]\s+/gu];
/** A line that starts a heading or an enumerated item (`3.2022年度…` too, a year after its number): a paragraph starts there. */
const HEADING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、](?!\d)|\d{1,2}[.、](?=20\d{2}年)|第[一二三四五六七八九十]+[章节部分])/u;
/** A wrapped prose line is longer than this; shorter lines end their paragraph. */
const SHORT_LINE = 16;

/** Markup removed, half-width, zero-width characters dropped; `|` of a table row made a tab. */
function mapLine(raw: string, base: number): Ch[] {
  const drop = new Uint8Array(raw.length);
  for (const re of MARKUP) for (const m of raw.matchAll(re)) drop.fill(1, m.index, m.index + m[0].length);
  // `raw` is the reading form of the line (fold.ts): same length as the original, unit for unit.
  const pipes = (raw.match(/\|/gu) ?? []).length >= 2;
  // A cell flattened onto a line of its own keeps one bar at its end (`主管部门 |`): a line end.
  const lone = !pipes ? /^\s*\|?([^|]*?)\|?\s*$/u.exec(raw) : null;
  if (lone && raw.includes('|')) {
    const from = raw.indexOf('|') === raw.search(/\S/u) ? raw.indexOf('|') : -1;
    const to = raw.lastIndexOf('|');
    if (from >= 0) drop[from] = 1;
    if (to >= 0 && raw.slice(to + 1).trim() === '') drop[to] = 1;
  }
  const out: Ch[] = [];
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const o = base + i;
    i += ch.length;
    if (drop[o - base]) continue;
    if (/[\r\u200b\u200c\u200d\ufeff]/u.test(ch)) continue;
    if (pipes && ch === '|') out.push({ c: '\t', o });
    // (a form's fill-in blank, `项目单位 _某某中心_`, is space around the value)
    else if (/[\u00a0\u2000-\u200a\u3000_]/u.test(ch)) out.push({ c: ' ', o });
    else for (const h of toHalfWidth(ch)) out.push({ c: h, o });
  }
  return out;
}

/**
 * Joins characters a PDF spread out with single spaces (`自 评 得 分 9 7 . 5 7`): a run of at
 * least four one-character tokens that holds two CJK characters or a decimal point. A run of
 * single digits (`5 5 4 3`) is left alone: those are the cells of a scoring row.
 */
function joinSpacedOut(chars: Ch[]): Ch[] {
  // Tokens: maximal runs of non-space characters, with the index of the space run after them.
  const tokens: { from: number; to: number }[] = [];
  for (let i = 0; i < chars.length; ) {
    if (/\s/u.test(chars[i]!.c)) { i++; continue; }
    const from = i;
    while (i < chars.length && !/\s/u.test(chars[i]!.c)) i++;
    tokens.push({ from, to: i });
  }
  const removeSpace = new Uint8Array(chars.length);
  for (let t = 0; t < tokens.length; ) {
    let u = t;
    const single = (k: number) => tokens[k]!.to - tokens[k]!.from === 1;
    // Extend the run while the next token is one character after exactly one space.
    while (u + 1 < tokens.length && single(u) && single(u + 1) && tokens[u + 1]!.from - tokens[u]!.to === 1 && chars[tokens[u]!.to]!.c === ' ') u++;
    const run = tokens.slice(t, u + 1);
    if (run.length >= 4 && single(t)) {
      const text = run.map((k) => chars[k.from]!.c).join('');
      const cjk = [...text].filter((c) => CJK.test(c)).length;
      if (cjk >= 2 || /\d[.,]\d/u.test(text)) for (const k of run.slice(0, -1)) removeSpace[k.to] = 1;
    }
    t = u + 1;
  }
  return chars.filter((_, i) => !removeSpace[i]);
}

/**
 * Whitespace: a tab (or, in a space-aligned table row, a run of two or more spaces) becomes one
 * cell separator; a space stays only between two numbers or words; all other whitespace goes.
 */
function collapse(chars: Ch[]): Ch[] {
  const hasTab = chars.some((c) => c.c === '\t');
  const wideRuns = chars.map((c) => c.c).join('').match(/ {2,}/gu)?.length ?? 0;
  const spaceTable = !hasTab && wideRuns >= 2;
  const out: Ch[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!/[ \t]/u.test(chars[i]!.c)) { out.push(chars[i]!); i++; continue; }
    const from = i;
    while (i < chars.length && /[ \t]/u.test(chars[i]!.c)) i++;
    const run = chars.slice(from, i);
    const prev = out.at(-1);
    const next = chars[i];
    if (!prev || !next) continue;
    const isCell = run.some((c) => c.c === '\t') || (spaceTable && run.length >= 2);
    if (isCell) { if (prev.c !== '\t') out.push({ c: '\t', o: run[0]!.o }); continue; }
    if (TIGHT.test(prev.c) && TIGHT.test(next.c)) out.push({ c: ' ', o: run[0]!.o });
  }
  while (out.at(-1)?.c === '\t') out.pop();
  return out;
}

/** What a title's parentheses hold when they name the project: at most one short parenthesis inside (`…文化馆(站)…经费`). */
export const NAME_IN_PARENTHESES = String.raw`(?:[^()\n]|\([^()\n]{1,10}\)){2,60}`;
/** A title's last line (…报告, …自评表, …自评结果, a bracketed note), the project's name in parentheses after it or not. */
const TITLE_END = new RegExp(String.raw`(?:报告|自评表|(?:自评|评价)结果|工作(?:情况)?总结|】)(?:\(${NAME_IN_PARENTHESES}\))?$`, 'u');

const TITLE_LINE = /(?:绩效自评|绩效评价|自评)(?:情况)?(?:的)?(?:报告|表|结果)(?:\([^()\n]{2,40}\))?$/u;

/** `填报人:钟利红`: a label and its value, one to a line in a report's or a form's heading. */
const FIELD_LINE = /^[\u4e00-\u9fff()]{2,12}:/u;

/** The identity labels of a form, one cell per line. */
const BROKEN_LABEL = /^(?:项目名称|(?:项目)?主管部门|主管单位|(?:项目)?实施单位|填报单位|单位名称|部门名称|项目单位)$/u;

function joinLines(prev: string, next: string): string {
  if (prev.includes('\t') || next.includes('\t')) return '\n';
  if (FIELD_LINE.test(prev) || FIELD_LINE.test(next)) return '\n';
  // A title (…绩效自评报告, …自评表) and a bracketed note are paragraphs of their own.
  if (TITLE_END.test(prev) || (TITLE_LINE.test(next) && next.length <= 60)) return '\n';
  if (prev.endsWith('\uFFFD') || /[。!?]$/u.test(prev)) return '\n';
  // (a form's field label a cell broke over two lines, `主管部` / `门`, `实施单` / `位`: one label again)
  if (BROKEN_LABEL.test(prev + next) && [...next].length <= 2) return '';
  if ([...prev].length < SHORT_LINE || HEADING.test(next)) return '\n';
  // (a numbered heading of its own, no sentence in it, `(一)项目资金到位情况分析(包括财政资金、自筹资金等)`: its words are not the next line's)
  if (HEADING.test(prev) && !/[,;。:!?]/u.test(prev) && [...prev].length <= 40) return '\n';
  if (/[A-Za-z]$/u.test(prev) && /^[A-Za-z]/u.test(next)) return ' ';
  return '';
}

export class Flow {
  /** The normalised view. */
  readonly text: string;
  readonly original: string;
  readonly source: SourceText;
  /** Original offset of each character of `text`. */
  readonly #origin: number[];
  /** Original offset where each line starts. */
  readonly #lineStarts: number[];

  /** Whether the text goes on after this one (a bundle's first report, cut where the next one's title starts): its end is no place where a number was cut short. */
  continues = false;

  /** The reading form of the original (look-alikes folded, traditional characters simplified), same length */
  readonly reading: string;

  constructor(original: string, reading = readingText(original)) {
    this.original = original;
    this.reading = reading;
    this.source = new SourceText(original);
    const rawLines = reading.split('\n');
    this.#lineStarts = [];
    const lines: Ch[][] = [];
    let base = 0;
    for (const raw of rawLines) {
      this.#lineStarts.push(base);
      lines.push(collapse(joinSpacedOut(mapLine(raw, base))));
      base += raw.length + 1;
    }
    // A form's cells wrapped onto the next line (wrap.ts) are read at the end of the cells they continue.
    for (const [i, pieces] of wrappedLines(reading)) {
      const above = lines.slice(0, i).findLastIndex((l) => l.length > 0);
      if (above < 0) continue;
      for (const piece of pieces) {
        const moved = lines[i]!.filter((c) => c.o >= piece.start && c.o < piece.end);
        const at = lines[above]!.findLastIndex((c) => c.o < piece.after);
        lines[above]!.splice(at + 1, 0, ...moved);
      }
      lines[i] = [];
    }
    const out: Ch[] = [];
    let prev = '';
    for (const chars of lines) {
      if (chars.length === 0) continue;
      const text = chars.map((c) => c.c).join('');
      if (out.length > 0) {
        const sep = joinLines(prev, text);
        if (sep) out.push({ c: sep, o: chars[0]!.o });
      }
      out.push(...chars);
      prev = text;
    }
    this.text = out.map((c) => c.c).join('');
    this.#origin = out.map((c) => c.o);
  }

  /** The 1-based line of an original offset. */
  lineAtOffset(offset: number): number {
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The original range [start, end) a span of the view came from (never cutting an HTML character reference in two). */
  originalRange(span: Span): { start: number; end: number } {
    const start = this.#origin[span.start] ?? this.original.length;
    const lastAt = this.#origin[Math.max(span.start, span.end - 1)] ?? start;
    const last = String.fromCodePoint(this.original.codePointAt(lastAt) ?? 32);
    return wholeReferences(this.original, { start, end: lastAt + last.length });
  }

  /**
   * The original characters of a span, as printed (whitespace and markup included); a conversion site's pinyin
   * right after its last character goes with it (`…协會(huì)`), as the pinyin inside it does.
   */
  excerpt(span: Span): string {
    const { start, end } = this.originalRange(span);
    return this.original.slice(start, end + pinyinAt(this.original, end));
  }

  /**
   * A span's characters as printed, whitespace aside: the original's characters (traditional ones, full-width
   * brackets), and a cell's end a form wrapped onto the next line (wrap.ts) where the view reads it, after the
   * cell's first line (`某县农业农村局（乡村振` / `兴局）` beside another cell: not the other cell's words between them).
   */
  printed(span: Span): string {
    const origins = this.#origin.slice(span.start, span.end);
    const first = Math.min(...origins);
    const last = Math.max(...origins);
    // (contiguous in the original unless a character the view reads outside the span stands between its first and last)
    const near = [...this.#origin.slice(Math.max(0, span.start - 200), span.start), ...this.#origin.slice(span.end, span.end + 200)];
    if (origins.length === 0 || !near.some((o) => o > first && o < last)) return compact(this.excerpt(span));
    return compact(origins.map((o) => String.fromCodePoint(this.original.codePointAt(o)!)).join(''));
  }

  /**
   * How the view reads a value printed in the original (`荷塘區婦聯` in a traditional copy is read `荷塘区妇联`): its
   * characters where the original prints it, mapped as the view maps them; the value itself where the original does not.
   */
  reads(printed: string): string {
    const at = this.original.indexOf(printed);
    return at < 0 ? printed : this.reading.slice(at, at + printed.length);
  }

  /** The view's lines, each with the offset (in the view) where it starts, its leading and trailing spaces aside. */
  viewLines(): { text: string; start: number }[] {
    const out: { text: string; start: number }[] = [];
    for (let at = 0; at <= this.text.length;) {
      const end = this.text.indexOf('\n', at) < 0 ? this.text.length : this.text.indexOf('\n', at);
      const raw = this.text.slice(at, end);
      out.push({ text: raw.trim(), start: at + raw.length - raw.trimStart().length });
      at = end + 1;
    }
    return out;
  }

  /** The 1-based line where a span starts. */
  lineOf(span: Span): number {
    return this.lineAtOffset(this.originalRange(span).start);
  }

  /**
   * A quote for a span: its original characters, widened (right first, then left) until it
   * occurs only once in the source, so that the build finds it where it was taken from.
   */
  quote(span: Span): Quote {
    return quoteOriginal(this.source, this.original, this.originalRange(span));
  }
}

const REFERENCE_AT = new RegExp(`^${CHARACTER_REFERENCE}`, 'u');
/** The HTML character reference of the original that holds offset `at` (`&nbsp;`, read as one character), or null. */
function referenceAround(original: string, at: number): { from: number; to: number } | null {
  const amp = original.lastIndexOf('&', at);
  if (amp < 0 || at - amp > 40) return null;
  const m = REFERENCE_AT.exec(original.slice(amp, amp + 40));
  return m && amp + m[0].length > at ? { from: amp, to: amp + m[0].length } : null;
}

/** A range of the original that cuts no character reference in two: it starts after one it would begin inside, ends after one it would end inside. */
function wholeReferences(original: string, range: { start: number; end: number }): { start: number; end: number } {
  if (!original.includes('&')) return range;
  let { start, end } = range;
  const first = referenceAround(original, start);
  if (first && first.from < start) start = first.to;
  const final = referenceAround(original, end - 1);
  if (final && final.to > end) end = final.to;
  return { start, end: Math.max(start, end) };
}

/** An exact, unique excerpt of `original` covering [start, end), and the line it starts on. */
export function quoteOriginal(source: SourceText, original: string, range: { start: number; end: number }): Quote {
  let { start, end } = wholeReferences(original, range);
  while (start < end && /\s/u.test(original[start]!)) start++;
  while (end > start && /\s/u.test(original[end - 1]!)) end--;
  const widen = (from: number, step: 1 | -1, limit: number) => {
    // Move over whitespace and one more visible character.
    let k = from;
    let moved = 0;
    while (moved < limit) {
      const at = step === 1 ? k : k - 1;
      if (at < 0 || at >= original.length) break;
      k += step;
      if (!/\s/u.test(original[at]!)) moved++;
      if (moved === 1) break;
    }
    return k;
  };
  for (let i = 0; i < 60 && source.locateAll(original.slice(start, end)).length > 1; i++) {
    const wider = widen(end, 1, 1);
    // (over a whole character reference at a time, `&nbsp;`)
    if (wider !== end && i < 40) end = wholeReferences(original, { start, end: wider }).end;
    else {
      const from = widen(start, -1, 1);
      start = referenceAround(original, from)?.from ?? from;
    }
  }
  const quote = original.slice(start, end);
  const line = source.locate(quote)?.line ?? lineOfOffset(original, start);
  return { quote, line };
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
