import type { FullTextManifest } from './fulltext/build.ts';
/** One entry of the client-side search index. Searchable fields are already normalised. */
export interface SearchRecord {
  kind: 'department' | 'report' | 'indicator';
  /** Site path without the base, e.g. "departments/guangzhou-baiyun/" */
  path: string;
  /** Display title (Chinese) — also the `name` key searched */
  name: string;
  /** Other names: English, pinyin (full and initials), aliases */
  alt: string[];
  /** Department, region, year, task: what the record belongs to */
  context: string[];
  /** Short line under the title (department and year, met/not met …) */
  subtitle: string;
  /** English subtitle for the /en/ interface */
  subtitle_en: string;
  /** Display title in English where one exists (departments) */
  name_en: string | null;
}

/**
 * A department on the wire: id, name, short name, English name, level (0 district, 1 city),
 * GB/T 2260 code, province, city, district name ("" for a city), aliases ("|"-separated),
 * pinyin of its place names (space-separated syllables, names "|"-separated).
 */
export type WireDepartment = [id: string, name_zh: string, short: string, name_en: string, level: 0 | 1, code: string, province: string, city: string, district: string, aliases: string, pinyin: string];

/**
 * A report on the wire: its department (index into `departments`), fiscal year, kind
 * (0 department-wide, 1 project), project name ("" for none), and its id when it is not
 * `<department id>-<year>-<kind>` ("" otherwise).
 */
export type WireReport = [department: number, year: number, kind: 0 | 1, project: string, id: string];

/**
 * An indicator name with where it occurs: the name as printed, how many rows carry it, and
 * the first rows (newest reports first) as flat triples [report index, row index, flags],
 * flags = met (0 not met, 1 met, 2 not assessed) + 4 when the row is illegible.
 */
export type WireIndicatorName = [name: string, count: number, rows: number[]];

/**
 * What the browser downloads: everything to search departments, reports and indicator
 * names, in a compact form the browser expands (src/lib/search/wire.ts). Repeated strings
 * (place names, pinyin, English names) travel once, with the department; a report is a few
 * numbers. No pre-built Fuse index: the browser builds it in a moment, and it would double
 * the bytes.
 */
export interface SearchPayload {
  v: 2;
  departments: WireDepartment[];
  reports: WireReport[];
  indicators: WireIndicatorName[];
  /** Traditional → simplified, only for characters the index uses */
  t2s: Record<string, string>;
  /** Where the full-text index is (src/lib/search/fulltext/); absent in payloads built for tests */
  ft?: FullTextManifest;
}
