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

export interface SearchPayload {
  records: SearchRecord[];
  /** Fuse.createIndex(...).toJSON() */
  index: unknown;
  t2s: Record<string, string>;
}
