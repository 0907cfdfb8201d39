/**
 * Cells a text dump of a ruled form wrapped onto the next line (`pdftotext -layout` and the like): a label
 * too wide for its column goes on under itself, `主管部` / `门`, `年初预` / `算数`, `其中：当年财` / `政拨款`.
 * The next line then holds only those short ends, each starting in the column of the cell it continues.
 * Written by hand: it is a reading of the text's own columns, which no library does for a text (the PDF
 * reader rebuilds rows from glyph positions; a text arrives with its spaces only).
 */

/** A piece of a continuation line, and the end (an offset of the text) of the cell it continues. */
export interface WrappedPiece {
  start: number;
  end: number;
  /** Offset just after the last character of the cell above that the piece continues */
  after: number;
}

interface Piece { start: number; end: number; text: string; column: number; chars: number }

/** Wide characters (CJK, full-width forms) take two columns of a monospaced layout. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const CJK = /[\u3400-\u9fff]/u;

/** A line's cells: runs of text that runs of two spaces or more (or a tab) divide, with their display column. */
function pieces(line: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let column = 0;
  let chars = 0;
  const re = /[^\s]+(?: [^\s]+)*/gu;
  let last = 0;
  for (const m of line.matchAll(re)) {
    for (const ch of line.slice(last, m.index)) { column += ch === '\t' ? 8 - (column % 8) : WIDE.test(ch) ? 2 : 1; chars++; }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], column, chars });
    for (const ch of m[0]) { column += WIDE.test(ch) ? 2 : 1; chars++; }
    last = m.index + m[0].length;
  }
  return out;
}

/**
 * The continuation lines of a text (0-based line numbers) and where each of their pieces goes. A line continues
 * the one above when that one is a row of more cells divided by runs of spaces, and every piece of it is a short
 * run of Han characters (six at most; no digit, dash, colon or punctuation: a label's end, not a sentence's) that
 * starts in the column of a word cell above (by display width or by characters, within two), a different cell each.
 */
export function wrappedLines(text: string): Map<number, WrappedPiece[]> {
  const out = new Map<number, WrappedPiece[]>();
  const lines = text.split('\n');
  let offset = 0;
  let above: Piece[] | null = null;
  lines.forEach((line, i) => {
    const own = pieces(line, offset);
    offset += line.length + 1;
    // (fewer cells than the row above: a row of as many is a row of its own, `主管部门 某县交通局` under `项目名称 农村公路养护`)
    const continues = above !== null && own.length > 0 && own.length < above.length
      && own.every((p) => [...p.text].length <= 6 && CJK.test(p.text) && !/[\d０-９\-—:：。，,；;、！？!?]/u.test(p.text));
    if (continues && above) {
      const used = new Set<Piece>();
      const placed: WrappedPiece[] = [];
      for (const p of own) {
        // (a cell of words: a number's column holds no wrapped words — `总分 100 84.60` / `自评等级 良` is two rows)
        const target = above.find((q) => !used.has(q) && CJK.test(q.text) && !/[\d０-９]/u.test(q.text) && (Math.abs(q.column - p.column) <= 2 || Math.abs(q.chars - p.chars) <= 2));
        if (!target) { placed.length = 0; break; }
        used.add(target);
        placed.push({ start: p.start, end: p.end, after: target.end });
      }
      if (placed.length === own.length) {
        out.set(i, placed);
        // (a cell may wrap onto a third line, `部门（单` / `位）名` / `称`: the line below continues the same row)
        return;
      }
    }
    above = own.length >= 2 && !/[。;；]$/u.test(line.trim()) ? own : null;
  });
  return out;
}
