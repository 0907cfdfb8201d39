/**
 * Which departments a comparison shows, read from `?ids=a,b`, and what makes the chosen
 * reports unlike. Runs in the browser (the comparison script) and at build time (department
 * pages): no Node imports.
 *
 * The rules (issue 11 §2): two to four departments; one gives a message and the picker; more
 * than four shows the first four and says which were left out; an id that is not a
 * department's is named, never dropped silently; the columns are exactly the selection.
 */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** A department id as the site writes them (pinyin slugs): anything else is not fetched. */
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/u;

export interface Selection {
  /** The ids to show, in the order given, each once, at most MAX_COMPARE */
  ids: string[];
  /** Well-formed ids given after the first MAX_COMPARE, left out */
  dropped: string[];
  /** Parts of the parameter that cannot be a department id */
  invalid: string[];
}

/** Reads `?ids=`; `known`, when given, moves ids it does not hold to `invalid` before the four are counted. */
export function readSelection(param: string | null, known?: ReadonlySet<string>): Selection {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const raw of (param ?? '').split(',')) {
    const id = raw.trim();
    if (id === '') continue;
    if (!ID.test(id) || (known && !known.has(id))) {
      if (!invalid.includes(id)) invalid.push(id);
    } else if (!ids.includes(id)) ids.push(id);
  }
  return { ids: ids.slice(0, MAX_COMPARE), dropped: ids.slice(MAX_COMPARE), invalid };
}

/** The query string of a selection, commas kept readable: `ids=a,b`. */
export function selectionQuery(ids: readonly string[]): string {
  return ids.length ? `ids=${ids.map(encodeURIComponent).join(',')}` : '';
}

/** What a column says about its report, for the warnings. */
export interface ColumnFacts {
  year: number | null;
  kind: 'department' | 'project' | null;
  level: 'district' | 'city';
}

export type LikenessCode = 'years' | 'kinds' | 'levels' | 'missing';

/** The warnings that apply to the shown columns, in a fixed order; `years` lists the years. */
export function likeness(columns: readonly ColumnFacts[]): { code: LikenessCode; years: number[] }[] {
  const withReport = columns.filter((c) => c.year !== null);
  const years = [...new Set(withReport.map((c) => c.year!))].sort((a, b) => a - b);
  const out: { code: LikenessCode; years: number[] }[] = [];
  if (years.length > 1) out.push({ code: 'years', years });
  if (new Set(withReport.map((c) => c.kind)).size > 1) out.push({ code: 'kinds', years });
  if (new Set(columns.map((c) => c.level)).size > 1) out.push({ code: 'levels', years });
  if (columns.some((c) => c.year === null)) out.push({ code: 'missing', years });
  return out;
}
