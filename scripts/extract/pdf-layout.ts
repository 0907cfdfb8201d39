/**
 * Text lines from the glyph positions of a PDF's text layer (docs/extract.md, "PDFs"):
 *
 * - a ruled table (cells bounded by the rules a PDF draws) becomes one line per row, its cells
 *   separated by tabs, a cell's wrapped lines joined; a cell spanning rows from above leaves
 *   its column empty in the rows below, so every row keeps the table's columns;
 * - other text is grouped into lines by baseline; a wide gap inside a line (a column of an
 *   unruled table) becomes a tab;
 * - a paragraph wrapped over several lines, and over a page break, is joined: a line that
 *   reaches the right margin continues on the next line when that one is not indented further;
 * - a page number alone at the top or bottom of a page is dropped.
 *
 * Coordinates are PDF points with y growing upwards; `y` of a glyph run is its baseline.
 * Pure code, no PDF library: `pdf.ts` reads the glyphs and rules with pdfjs-dist.
 */

/** A run of glyphs as the text layer gives it. */
export interface Glyph {
  text: string;
  x: number;
  /** Baseline */
  y: number;
  width: number;
  /** Font size (height of an em) */
  size: number;
}

/** A filled or stroked shape's bounding box; thin ones are table rules. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageContent {
  width: number;
  height: number;
  glyphs: Glyph[];
  rules: Rule[];
}

/** A rule is at most this thick (points). */
const THIN = 2.5;
const EPS = 1.5;

interface Box { left: number; right: number; top: number; bottom: number }

interface Block {
  /** Top of the block, for ordering */
  top: number;
  text: string;
  kind: 'row' | 'line';
  /** Plain lines: geometry for joining wrapped paragraphs */
  x: number;
  right: number;
  y: number;
  size: number;
}

const ASCII_WORD = /[A-Za-z]$/u;

/** Joins two pieces of one line or one cell: a space where the gap is wide or both sides are Latin words. */
function joinPieces(parts: { text: string; x: number; width: number; size: number }[], tabGap: number | null): string {
  let out = '';
  let end = -Infinity;
  for (const p of parts) {
    const gap = p.x - end;
    if (out !== '') {
      if (tabGap !== null && gap > tabGap * p.size) out += '\t';
      else if (gap > 0.25 * p.size || (ASCII_WORD.test(out) && /^[A-Za-z]/u.test(p.text))) out += ' ';
    }
    out += p.text;
    end = Math.max(end, p.x + p.width);
  }
  return out;
}

/** Glyphs grouped into lines by baseline, top to bottom, each line left to right. */
function linesOf(glyphs: Glyph[]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Glyph[][] = [];
  for (const g of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - g.y) < 0.5 * Math.max(g.size, line[0]!.size)) line.push(g);
    else lines.push([g]);
  }
  for (const l of lines) l.sort((a, b) => a.x - b.x);
  return lines;
}

/** The cell of the ruled grid a glyph stands in, or null when no rules enclose it. */
function cellOf(g: Glyph, vertical: Rule[], horizontal: Rule[]): Box | null {
  const mx = g.x + Math.min(g.width, g.size) / 2;
  const my = g.y + 0.35 * g.size;
  let left: number | null = null;
  let right: number | null = null;
  for (const r of vertical) {
    if (r.y0 - EPS > my || r.y1 + EPS < my) continue;
    const x = (r.x0 + r.x1) / 2;
    if (x <= mx && (left === null || x > left)) left = x;
    if (x >= mx && (right === null || x < right)) right = x;
  }
  if (left === null || right === null) return null;
  let top: number | null = null;
  let bottom: number | null = null;
  for (const r of horizontal) {
    if (r.x0 - EPS > mx || r.x1 + EPS < mx) continue;
    const y = (r.y0 + r.y1) / 2;
    if (y >= my && (top === null || y < top)) top = y;
    if (y <= my && (bottom === null || y > bottom)) bottom = y;
  }
  if (top === null || bottom === null) return null;
  return { left, right, top, bottom };
}

const round = (n: number) => Math.round(n * 2) / 2;

/** A cell's text: its lines top to bottom, joined (a wrapped cell is one piece of text). */
function cellText(glyphs: Glyph[]): string {
  const text = linesOf(glyphs)
    .map((l) => joinPieces(l, null))
    .reduce((acc, l) => (acc === '' ? l : ASCII_WORD.test(acc) && /^[A-Za-z]/u.test(l) ? `${acc} ${l}` : acc + l), '');
  return text.replace(/[\t\n]+/gu, ' ').trim();
}

/** The ruled tables of a page as rows of tab-separated cells. */
function tableBlocks(cells: Map<string, { box: Box; glyphs: Glyph[] }>, vertical: Rule[]): Block[] {
  const list = [...cells.values()];
  // Rows: cells sharing a top rule. Tables: rows stacked on each other without a gap.
  const rowTops = [...new Set(list.map((c) => round(c.box.top)))].sort((a, b) => b - a);
  const blocks: Block[] = [];
  let table: number[] = [];
  const flush = () => {
    if (table.length === 0) return;
    const inTable = list.filter((c) => table.includes(round(c.box.top)));
    const left = Math.min(...inTable.map((c) => c.box.left));
    const right = Math.max(...inTable.map((c) => c.box.right));
    for (const top of table) {
      const row = inTable.filter((c) => round(c.box.top) === top);
      // The row's cells are the spaces between the rules crossing it: an empty cell, and a
      // cell spanning this row from above, keep their column, empty.
      const mid = (top + Math.max(...row.map((c) => c.box.bottom))) / 2;
      const xs = [...new Set(vertical.filter((r) => r.y0 - EPS <= mid && r.y1 + EPS >= mid).map((r) => round((r.x0 + r.x1) / 2)))]
        .filter((x) => x >= left - EPS && x <= right + EPS)
        .sort((a, b) => a - b);
      const fields = xs.slice(0, -1).map((x) => {
        const c = row.find((k) => Math.abs(k.box.left - x) <= EPS);
        return c ? cellText(c.glyphs) : '';
      });
      while (fields.length > 0 && fields.at(-1) === '') fields.pop();
      const first = row[0]!;
      blocks.push({ top, text: fields.join('\t'), kind: 'row', x: first.box.left, right: first.box.right, y: top, size: 0 });
    }
    table = [];
  };
  for (const top of rowTops) {
    const prevTop = table.at(-1);
    if (prevTop !== undefined) {
      const bottoms = list.filter((c) => round(c.box.top) === prevTop).map((c) => c.box.bottom);
      if (!bottoms.some((b) => Math.abs(b - top) <= 2 * EPS)) flush();
    }
    table.push(top);
  }
  flush();
  return blocks;
}

const PAGE_NUMBER = /^[-—–\s第页]*\d{1,4}[-—–\s页/共\d]*$/u;

/** One page's blocks, top to bottom. */
function pageBlocks(page: PageContent): Block[] {
  const glyphs = page.glyphs.filter((g) => g.text.trim() !== '');
  const vertical = page.rules.filter((r) => r.x1 - r.x0 <= THIN && r.y1 - r.y0 > 3);
  const horizontal = page.rules.filter((r) => r.y1 - r.y0 <= THIN && r.x1 - r.x0 > 3);
  const cells = new Map<string, { box: Box; glyphs: Glyph[] }>();
  const loose: Glyph[] = [];
  for (const g of glyphs) {
    const box = vertical.length > 1 && horizontal.length > 1 ? cellOf(g, vertical, horizontal) : null;
    if (!box) { loose.push(g); continue; }
    const key = [box.left, box.right, box.top, box.bottom].map(round).join('|');
    const cell = cells.get(key) ?? { box, glyphs: [] };
    cell.glyphs.push(g);
    cells.set(key, cell);
  }
  const blocks = tableBlocks(cells, vertical);
  for (const line of linesOf(loose)) {
    const text = joinPieces(line, 2).trim();
    const size = Math.max(...line.map((g) => g.size));
    const y = line[0]!.y;
    const margin = 0.1 * page.height;
    if (PAGE_NUMBER.test(text) && (y < margin || y > page.height - margin)) continue;
    const last = line.at(-1)!;
    blocks.push({ top: y + size, text, kind: 'line', x: line[0]!.x, right: last.x + last.width, y, size });
  }
  return blocks.sort((a, b) => b.top - a.top);
}

/** Roughly how wide a line's first unbreakable piece (a number, a Latin word) is. */
function leadWidth(b: Block): number {
  const lead = /^[\x21-\x7e]+/u.exec(b.text)?.[0].length ?? 1;
  return lead * 0.6 * b.size;
}

/**
 * The text of a document's pages: one line per text line or table row, wrapped paragraphs
 * joined (also across a page break).
 */
export function layoutPages(pages: readonly PageContent[]): string {
  const out: string[] = [];
  let prev: (Block & { pageRight: number }) | null = null;
  for (const page of pages) {
    const blocks = pageBlocks(page);
    const lines = blocks.filter((b) => b.kind === 'line');
    const pageRight = lines.length > 0 ? Math.max(...lines.map((b) => b.right)) : page.width;
    for (const b of blocks) {
      const continues =
        prev !== null && prev.kind === 'line' && b.kind === 'line' &&
        Math.abs(prev.size - b.size) < 0.5 &&
        // The line was full: the next line's first word would not have fitted after it.
        prev.right + leadWidth(b) >= prev.pageRight - 1.5 * prev.size &&
        b.x <= prev.x + 0.5 * b.size &&
        !prev.text.includes('\t') && !b.text.includes('\t') &&
        (prev.y - b.y <= 2 * b.size || prev.y < b.y);
      if (continues) out[out.length - 1] += ASCII_WORD.test(prev!.text) && /^[A-Za-z]/u.test(b.text) ? ` ${b.text}` : b.text;
      else out.push(b.text);
      prev = { ...b, pageRight };
    }
  }
  return `${out.join('\n')}\n`;
}
