/**
 * The texts of a report that full-text search looks through, each with where a hit leads:
 * the curated record (every text field of the published bundle `/data/reports/<id>.json`,
 * found generically, so translations (`…_en`) and tables added later are searched too) and
 * the verbatim source text, line by line. The build indexes exactly these texts and the
 * browser finds the matching sentence in exactly these. Keep it free of Node imports.
 */

/** Where a hit leads: a row of the report page (`#indicator-3`), a line of the source, or the page itself. */
export type Target = { anchor: string } | { line: number } | { page: true };

export interface Unit {
  text: string;
  target: Target;
  /** What the text is: the table or list it comes from ("indicators", "problems", "title" …) */
  part: string;
}

/** Keys whose strings are not content: identifiers, hashes, enumerations, quotes (the source text is searched itself). */
// The record of corrections (`corrections`, `history`) holds superseded values and the reasons for
// changing them, not what the report says: a search never finds a report by them.
const NOT_CONTENT = new Set(['id', 'source_file', 'source_sha256', 'quote', 'field', 'met_basis', 'comparator', 'kind', 'filed_on', 'printed', 'value', 'checks', 'provenance', 'corrections', 'history']);
const isNotContent = (key: string) => NOT_CONTENT.has(key) || key.endsWith('_id');

/**
 * Lists and tables whose entries are rows of the report page, each with an anchor named
 * after the list in the singular and the row's `index` or position: indicators[2] with index
 * 3 → `#indicator-3`, budget_lines[0] → `#budget-line-1`, problems[1] → `#problem-2`.
 */
const ROWS_ON_PAGE = new Set(['indicators', 'budget_lines', 'tasks', 'problems', 'measures', 'notes', 'outcomes']);

function rowAnchor(list: string, position: number, row: unknown): string {
  const singular = list.replace(/ies$/u, 'y').replace(/s$/u, '').replace(/_/gu, '-');
  const index = typeof row === 'object' && row !== null && typeof (row as { index?: unknown }).index === 'number' ? (row as { index: number }).index : position + 1;
  return `${singular}-${index}`;
}

/** Every text of a published report bundle (`{ report, indicators, budget_lines, … }`), in order. */
export function curatedUnits(bundle: Readonly<Record<string, unknown>>): Unit[] {
  const out: Unit[] = [];
  const walk = (v: unknown, part: string, target: Target): void => {
    if (typeof v === 'string') {
      if (v.trim()) out.push({ text: v, target, part });
    } else if (Array.isArray(v)) {
      v.forEach((row, i) => {
        walk(row, part, ROWS_ON_PAGE.has(part) ? { anchor: rowAnchor(part, i, row) } : lineOf(row) ?? target);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        if (isNotContent(k)) continue;
        // A list inside a record (report.problems) is a part of its own.
        walk(child, Array.isArray(child) ? k : part, target);
      }
    }
  };
  for (const [k, v] of Object.entries(bundle)) {
    if (isNotContent(k)) continue;
    walk(v, k === 'report' ? 'report' : k, { page: true });
  }
  return out;
}

function lineOf(row: unknown): Target | null {
  const line = typeof row === 'object' && row !== null ? (row as { line?: unknown }).line : undefined;
  return typeof line === 'number' && line > 0 ? { line } : null;
}

/** The lines of a source text, numbered from 1 (a final newline ends the last line). */
export function sourceUnits(text: string): Unit[] {
  const lines = text.split(/\r?\n/u);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.flatMap((t, i) => (t.trim() ? [{ text: t, target: { line: i + 1 }, part: 'source' }] : []));
}
