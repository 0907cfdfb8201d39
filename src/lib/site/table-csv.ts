/**
 * The CSV of a table as a reader sees it (the "download these rows" control): the header
 * row and the rows given, each cell its `data-csv` value when it has one, else its text with
 * the parts hidden from readers left out, elements separated by a space and whitespace collapsed; text cells neutralised
 * against spreadsheet formulas as in the published CSVs. Works on any DOM-like node, so the
 * browser and the tests run the same code; no Node imports.
 */
import Papa from 'papaparse';
import { neutraliseFormula } from '../data/formula.ts';

/** The parts of a DOM node this needs (a browser Element; node-html-parser's in tests). */
export interface CellLike {
  getAttribute(name: string): string | null | undefined;
  readonly childNodes: ArrayLike<unknown>;
  readonly textContent: string | null;
}

function visibleText(node: unknown): string {
  const n = node as Partial<CellLike> & { nodeType?: number };
  if (n.nodeType === 3) return n.textContent ?? '';
  const attr = (name: string) => n.getAttribute?.(name) ?? null;
  if (attr('aria-hidden') === 'true' || attr('data-csv-skip') !== null) return '';
  // Elements side by side are separated by a space (a name and the task under it stay two words).
  return Array.from(n.childNodes ?? [], (c) => ((c as { nodeType?: number }).nodeType === 3 ? visibleText(c) : ` ${visibleText(c)} `)).join('');
}

function cellText(cell: CellLike): string {
  const given = cell.getAttribute('data-csv');
  return (given ?? visibleText(cell)).replace(/\s+/gu, ' ').trim();
}

/** CSV text (RFC 4180, LF line ends, no byte-order mark) of a header and rows of cells. */
export function rowsCsv(header: readonly CellLike[], rows: readonly (readonly CellLike[])[]): string {
  const line = (cells: readonly CellLike[]) => cells.map((c) => neutraliseFormula(cellText(c)));
  return `${Papa.unparse([line(header), ...rows.map(line)], { newline: '\n' })}\n`;
}
