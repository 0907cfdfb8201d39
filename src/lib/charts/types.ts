/**
 * The charts' public shapes. The pages code against these; keep them stable.
 */

/** Language of every visible string a chart produces, and a text in both languages. */
export type { Lang, Texts } from '../format/lang.ts';

/** Size of the drawing in SVG user units; the SVG scales to its container via its viewBox. */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * The same data as the chart, as a table the page can show beside or under it (and which
 * screen readers read instead of the picture). Cells are already formatted; a missing value
 * is '未报告' (zh) / 'not reported' (en), never 0.
 */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** What every render function returns. */
export interface ChartOutput {
  /** A complete `<svg>` element: viewBox, role="img", aria-labelledby its own <title> and <desc>. */
  svg: string;
  /** Short title, the same text as the SVG's <title>. */
  title: string;
  /** One or more sentences, the same text as the SVG's <desc>; names what is missing. */
  description: string;
  table: ChartTable;
}

/** Optional fourth argument of every render function. */
export interface ChartOptions {
  /**
   * Prefix for every id inside the SVG (title, desc, patterns). Ids must be unique per page:
   * pass one when the same chart for the same data appears twice on a page. Default: chart
   * name + the prepared data's key (report or department id) + the language.
   */
  id?: string;
}
