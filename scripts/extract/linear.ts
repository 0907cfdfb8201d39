/**
 * A form's cells as one string, for reading a form whatever the layout it arrived in: cells
 * joined by `¦`, rows by a line break, whitespace removed, half-width forms, in the reading form
 * (fold.ts). An empty cell of a row that prints its separators is an empty string between two
 * `¦`; a form flattened onto one line is one long cell whose labels and numbers run together.
 * Every character remembers the original offset it came from, so values are quoted as printed.
 */
import { toHalfWidth } from '../../src/lib/data/text.ts';
import type { Cell } from './cells.ts';

const CELL_BREAK = '¦';
export const ROW_BREAK = '\n';

export interface Linear {
  text: string;
  /** Original offset of each character of `text` (a break: the offset of the cell after it) */
  origin: number[];
  /** The cell each character belongs to (a break: the cell after it) */
  cell: Cell[];
}

/** The linear form of a text's rows of cells; `reading` is the text's reading form. */
export function linearise(rows: readonly Cell[][], reading: string): Linear {
  let text = '';
  const origin: number[] = [];
  const cell: Cell[] = [];
  for (const row of rows) {
    row.forEach((c, k) => {
      if (text.length > 0) {
        text += k === 0 ? ROW_BREAK : CELL_BREAK;
        origin.push(c.start);
        cell.push(c);
      }
      // Two numbers a space apart in one cell (`120,000.00 120,000.00 30,000.00`, a row whose cells a single
      // space divides) stay two; digits spread out one by one (`1 2 0 . 5`) are one number.
      const splits = numbersApart(reading.slice(c.start, c.end), c.start);
      // (and its wrapped ends after it, each character from where it stands)
      const ranges = [{ start: c.start, end: c.end }, ...(c.tail ?? [])];
      for (const range of ranges) for (let i = range.start; i < range.end; ) {
        const cp = reading.codePointAt(i) ?? 32;
        const ch = String.fromCodePoint(cp);
        const at = i;
        i += ch.length;
        if (/[\s\u200b-\u200d\ufeff¦]/u.test(ch)) continue;
        if (splits.has(at) && !/[¦\n]$/u.test(text)) {
          text += CELL_BREAK;
          origin.push(at);
          cell.push(c);
        }
        for (const h of toHalfWidth(ch)) {
          if (h === ' ') continue;
          text += h;
          origin.push(at);
          cell.push(c);
        }
      }
    });
  }
  return { text, origin, cell };
}

/** Where, in a cell's text starting at `offset`, a number of two or more characters follows another after whitespace. */
function numbersApart(cellText: string, offset: number): Set<number> {
  const out = new Set<number>();
  const tokens = [...cellText.matchAll(/\S+/gu)];
  // (not a number a PDF spaced unevenly or grouped by spaces: `3 465 800.00`, `12 0.50` stay one)
  const number = (t: string) => t.length >= 2 && /^[+-]?\d[\d.,]*%?$/u.test(t);
  const apart = (a: string, b: string) => number(a) && number(b) && (/[.,%]/u.test(a) || !/^\d{3}(?:\.\d+)?$|^0\./u.test(b));
  for (let k = 1; k < tokens.length; k++) if (apart(tokens[k - 1]![0], tokens[k]![0])) out.add(offset + tokens[k]!.index);
  return out;
}

/** The original range [start, end) of the linear span [from, to). */
export function originalSpan(lin: Linear, from: number, to: number, original: string): { start: number; end: number } {
  const start = lin.origin[from] ?? original.length;
  const lastAt = lin.origin[Math.max(from, to - 1)] ?? start;
  const last = String.fromCodePoint(original.codePointAt(lastAt) ?? 32);
  return { start, end: lastAt + last.length };
}
