/**
 * A report's tables as rows of cells, whatever the layout the text arrived in:
 * - `|`-separated or tab-separated rows: cells are explicit, empty ones included;
 * - space-separated rows: cells are split at spaces and an empty cell simply vanishes;
 * - one cell per line: every line is a row of one cell.
 * Each cell remembers its range in the original text, for quoting.
 */
import { readingText } from './fold.ts';
import { cellKind, normalise, type CellKind } from './values.ts';
import { wrappedLines } from './wrap.ts';

export interface Cell {
  /** As printed, trimmed */
  raw: string;
  /** Half-width, markup-free, whitespace-free */
  norm: string;
  kind: CellKind;
  /** Range in the original text */
  start: number;
  end: number;
  /** 1-based line */
  line: number;
  /** Position in its row, and the number of cells of the row */
  index: number;
  count: number;
  /** The row's separators are printed (`|`, tab): empty cells are kept */
  explicit: boolean;
  /** The cell's end wrapped onto the next line (wrap.ts): its ranges in the original text, read after the cell */
  tail?: { start: number; end: number }[];
}

const UNIT_TOKEN = /^(?:万元|亿元|元|万|亿|万美元|亿美元|美元|个|家|家次|次|批次|场|场次|篇|份|本|人|人次|条|天|小时|个工作日|工作日|项|宗|户|期|册|件|批|台|套|%|分|m²|平方米|亩)$/u;
const COMPARATOR_TOKEN = /^(?:≥|≤|>|<|>=|<=|≥=)$/u;
const CJK = /[\u3400-\u9fff]/u;

interface Piece { start: number; end: number }

function pieces(line: string, re: RegExp): Piece[] {
  return [...line.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Splits a space-separated row into cells, re-joining what the spaces broke apart. */
function spaceCells(line: string): Piece[] {
  // A row aligned with runs of spaces keeps single spaces inside its cells.
  if ((line.match(/\S {2,}\S/gu) ?? []).length >= 1) return pieces(line, /\S+(?: \S+)*/gu);
  const tokens = pieces(line, /\S+/gu);
  const text = (p: Piece) => line.slice(p.start, p.end);
  const out: Piece[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Characters spread out by spaces: a run of ≥4 one-character tokens with CJK or a decimal point.
    let j = i;
    while (j < tokens.length && [...text(tokens[j]!)].length === 1) j++;
    const run = tokens.slice(i, j);
    const joined = run.map(text).join('');
    if (run.length >= 4 && ([...joined].filter((c) => CJK.test(c)).length >= 2 || /\d\.\d/u.test(joined))) {
      out.push({ start: run[0]!.start, end: run.at(-1)!.end });
      i = j;
      continue;
    }
    out.push(tokens[i]!);
    i++;
  }
  // A unit printed apart from its number, a comparator apart from its number.
  const merged: Piece[] = [];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    const prev = merged.at(-1);
    const n = normalise(text(p));
    if (prev && UNIT_TOKEN.test(n) && /[\d%]$/u.test(normalise(line.slice(prev.start, prev.end)))) { prev.end = p.end; continue; }
    if (prev && /^\(/u.test(n) && !/\d/u.test(n) && CJK.test(normalise(line.slice(prev.start, prev.end)))) { prev.end = p.end; continue; }
    if (prev && COMPARATOR_TOKEN.test(normalise(line.slice(prev.start, prev.end))) && /^\d/u.test(n)) { prev.end = p.end; continue; }
    merged.push({ ...p });
  }
  return merged;
}

/**
 * The rows of cells of a text: one row per non-blank line. Cells are read in `reading`, the
 * text's reading form (fold.ts, same length), and printed as the original has them.
 */
export function tableRows(original: string, reading = readingText(original)): Cell[][] {
  const rows: Cell[][] = [];
  let base = 0;
  const wrapped = wrappedLines(reading);
  reading.split('\n').forEach((rawLine, i) => {
    const line = rawLine.replace(/\r$/u, '');
    const offset = base;
    base += rawLine.length + 1;
    if (line.trim() === '') return;
    // (a line of cells' wrapped ends: read with the cells above)
    const ends = wrapped.get(i);
    if (ends) {
      for (const piece of ends) {
        const cell = rows.at(-1)?.find((c) => c.end === piece.after);
        if (!cell) continue;
        cell.tail = [...(cell.tail ?? []), { start: piece.start, end: piece.end }];
        cell.raw += original.slice(piece.start, piece.end);
        const read = [cell, ...cell.tail].map((r) => reading.slice(r.start, r.end)).join('');
        cell.norm = normalise(read);
        cell.kind = cellKind(read);
      }
      return;
    }
    let parts: Piece[];
    let explicit = true;
    if ((line.match(/\|/gu) ?? []).length >= 2) {
      if (/^[\s|:\-—]+$/u.test(line)) return;
      const bars = [-1, ...[...line.matchAll(/\|/gu)].map((m) => m.index), line.length];
      parts = bars.slice(1).map((end, k) => ({ start: bars[k]! + 1, end }));
      if (line.slice(0, bars[1]).trim() === '') parts.shift();
      if (line.slice(bars.at(-2)! + 1).trim() === '') parts.pop();
    } else if (/^\s*\|[^|]*$|^[^|]*\|\s*$/u.test(line)) {
      // One cell flattened onto its own line, its bar kept: `主管部门 |`.
      const from = line.search(/[^\s|]/u);
      const to = line.replace(/[\s|]+$/u, '').length;
      parts = from >= 0 && to > from ? [{ start: from, end: to }] : [];
      explicit = false;
    } else if (line.includes('\t')) {
      const tabs = [-1, ...[...line.matchAll(/\t/gu)].map((m) => m.index), line.length];
      parts = tabs.slice(1).map((end, k) => ({ start: tabs[k]! + 1, end }));
    } else {
      explicit = false;
      parts = spaceCells(line);
    }
    if (/^[\s\-—|]+$/u.test(line)) return;
    const cells = parts.map((p, index): Cell => {
      let { start, end } = p;
      // (and the zero-width rest of a character reference the reading form reads as a space, `&nbsp;`)
      while (start < end && /[\s\u200b]/u.test(line[start]!)) start++;
      while (end > start && /[\s\u200b]/u.test(line[end - 1]!)) end--;
      const read = line.slice(start, end);
      const raw = original.slice(offset + start, offset + end);
      return { raw, norm: normalise(read), kind: cellKind(read), start: offset + start, end: offset + end, line: i + 1, index, count: parts.length, explicit };
    });
    rows.push(cells);
  });
  return rows;
}
