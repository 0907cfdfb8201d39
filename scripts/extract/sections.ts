/**
 * Lists a report states under a heading: its duties (职能, 主要职责), its problems (存在的
 *问题) and its measures (改进措施, 整改措施, 下一步). A section runs from its heading to the next
 * heading of the same or a higher level; its items are its enumerated paragraphs (`（一）`,
 * `1.`, `(1)`, `一是 … 二是 …` inside one paragraph), or the whole section when nothing is
 * enumerated. Item texts are printed as the text has them (line breaks and the spaces a PDF
 * spread between characters removed), without their enumerator.
 */
import { cleanText } from '../../src/lib/data/text.ts';
import type { Flow, Quote } from './flow.ts';

export interface DraftItem {
  text: string;
  quote: Quote;
}

interface Line { start: number; end: number; text: string }

/** The enumerator a line starts with, and its level (1 `一、`, 2 `（一）`, 3 `1.`, 4 `(1)`, 5 `①`). */
const ENUMERATORS: readonly (readonly [RegExp, number])[] = [
  [/^[一二三四五六七八九十]+[、.]/u, 1],
  [/^\([一二三四五六七八九十]+\)/u, 2],
  [/^\d{1,2}[.、](?:(?!\d)|(?=(?:19|20)\d{2}年))/u, 3],
  [/^\(\d+\)/u, 4],
  [/^[①-⑳]/u, 5],
];

function enumerator(text: string): { level: number; length: number } | null {
  for (const [re, level] of ENUMERATORS) {
    const m = re.exec(text);
    if (m) return { level, length: m[0].length };
  }
  return null;
}

/** A heading: short, enumerated or ending with a colon, without a full stop inside. */
function isHeading(text: string): boolean {
  const body = text.replace(/[。.:]$/u, '');
  return [...body].length <= 32 && !/[。;]/u.test(body) && (enumerator(text) !== null || /[:]$/u.test(text) || [...body].length <= 16);
}

function linesOf(flow: Flow): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of flow.text.split('\n')) {
    out.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out.filter((l) => l.text.trim() !== '');
}

/** `一是`, `二是` … inside a paragraph: where each item starts. */
const ORDINAL = /(?:^|(?<=[。;:!?]))[一二三四五六七八九十]+是/gu;

const STRIP = /^(?:[一二三四五六七八九十]+[、.．是]|[(（][一二三四五六七八九十\d]+[)）]|[\d０-９]{1,2}[.、．](?:(?![\d０-９])|(?=(?:19|20)\d{2}年))|[①-⑳])\s*/u;

function item(flow: Flow, start: number, end: number): DraftItem | null {
  while (end > start && flow.text[end - 1] === '\n') end--;
  const { start: from, end: to } = flow.originalRange({ start, end });
  // The enumerator is found in the reading form (⼀是 is 一是) and cut from the printed one: same length.
  const printed = cleanText(flow.original.slice(from, to));
  const read = cleanText(flow.reading.slice(from, to));
  const lead = read.length - read.replace(/^[-•·]\s*/u, '').replace(STRIP, '').replace(/^[-•·]\s*/u, '').length;
  const bare = printed.slice(lead).trim();
  if ([...bare].length < 4) return null;
  return { text: bare, quote: flow.quote({ start, end }) };
}

/** The items of the first section whose heading matches `heading` (and not `not`). */
function sectionItems(flow: Flow, heading: RegExp, not?: RegExp): DraftItem[] {
  const lines = linesOf(flow);
  for (let h = 0; h < lines.length; h++) {
    const head = lines[h]!;
    if (!isHeading(head.text) || !heading.test(head.text) || not?.test(head.text)) continue;
    const level = enumerator(head.text)?.level ?? 0;
    // The body: up to the next heading of the same or a higher level.
    const body: Line[] = [];
    for (let k = h + 1; k < lines.length; k++) {
      const l = lines[k]!;
      const e = enumerator(l.text);
      if (isHeading(l.text) && e && level > 0 && e.level <= level) break;
      if (isHeading(l.text) && !e && level === 0 && body.length > 0 && /[:]$/u.test(l.text)) break;
      if (level === 0 && e && e.level === 1 && body.length > 0) break;
      body.push(l);
    }
    // A lead-in sentence (`主要职责是:`) and a sub-heading are not items.
    while (body.length > 0 && /[:]$/u.test(body[0]!.text) && !enumerator(body[0]!.text)) body.shift();
    if (body.length === 0) continue;
    const items = splitItems(flow, body);
    if (items.length > 0) return items;
  }
  return [];
}

function splitItems(flow: Flow, body: Line[]): DraftItem[] {
  const firstLevel = enumerator(body[0]!.text)?.level ?? null;
  const out: DraftItem[] = [];
  if (firstLevel !== null) {
    // Enumerated paragraphs; an unenumerated paragraph after one continues it.
    let cur: { start: number; end: number } | null = null;
    for (const l of body) {
      const e = enumerator(l.text);
      if (e && e.level < firstLevel) break;
      if (e && e.level === firstLevel) {
        if (cur) { const it = item(flow, cur.start, cur.end); if (it) out.push(it); }
        cur = { start: l.start, end: l.end };
      } else if (cur) cur.end = l.end;
    }
    if (cur) { const it = item(flow, cur.start, cur.end); if (it) out.push(it); }
    return out;
  }
  // `一是 … 二是 …` (across the section's lines), else each paragraph is one item.
  const marks = body.flatMap((l) => [...l.text.matchAll(ORDINAL)].map((m) => l.start + m.index));
  if (marks.length >= 2) {
    const end = body.at(-1)!.end;
    marks.forEach((m, i) => { const it = item(flow, m, i + 1 < marks.length ? marks[i + 1]! : end); if (it) out.push(it); });
    return out;
  }
  for (const l of body) {
    const colon = l.text.search(/(?:如下|是|为):/u);
    const start = colon >= 0 ? l.start + l.text.indexOf(':', colon) + 1 : l.start;
    const it = item(flow, start, l.end);
    if (it) out.push(it);
  }
  return out;
}

/** Duties, problems and measures. */
export function listSections(flow: Flow): { duties: DraftItem[]; problems: DraftItem[]; measures: DraftItem[] } {
  return {
    duties: sectionItems(flow, /职能|职责/u, /履职|分工|内设|项目/u),
    problems: sectionItems(flow, /问题/u, /整改情况|措施|建议|意见/u),
    measures: sectionItems(flow, /改进措施|整改措施|改进意见|改进建议|下一步|改进方向|工作计划/u, /问题|整改情况/u),
  };
}
