/**
 * The shapes of the build's outputs: what the pages read (src/generated/) and what the open
 * data publishes (/data/). Amounts are canonical decimal strings ("4652.48"); missing is null.
 * Every Chinese text carries its English beside it in a `_en` field: the project's unofficial
 * translation, or the glossary's English of a recurring term; null (or absent, in records made
 * by hand in tests and tools) where there is none yet. The build always writes them.
 */
import type { Decimal } from './numbers.ts';
import type { Grade } from './grade.ts';
import type { Comparator } from './quantity.ts';
import type { FigureKey } from './schema.ts';
import type { Warning } from './parse.ts';
import type { Signal } from '../signals/evaluate.ts';

/** A figure as the site shows it: its value, the printed form and where it was read. */
export interface TracedValue<T = Decimal> {
  value: T;
  printed: string;
  quote: string;
  line: number;
  note: string | null;
  note_en?: string | null;
}

export interface Department {
  id: string;
  name_zh: string;
  name_en: string;
  short_name_zh: string;
  admin_code: string;
  level: 'district' | 'city';
  city_zh: string;
  city_en?: string | null;
  province_zh: string;
  province_en?: string | null;
  aliases: string[];
}

export interface Indicator {
  report_id: string;
  /** Position in the report's table, 1-based */
  index: number;
  task: string | null;
  task_en?: string | null;
  level1: string | null;
  level1_en?: string | null;
  level2: string | null;
  level2_en?: string | null;
  name: string;
  name_en?: string | null;
  target_text: string | null;
  target_text_en?: string | null;
  actual_text: string | null;
  actual_text_en?: string | null;
  target_value: Decimal | null;
  actual_value: Decimal | null;
  /** The unit printed after the target's number, as printed */
  unit: string | null;
  /** The unit printed after the result's number, as printed (90 % of one film is 90 %, not 90 部) */
  actual_unit: string | null;
  /** false when a unit printed after the target's or the result's number is OCR damage (kept as printed) */
  unit_legible: boolean;
  unit_en?: string | null;
  comparator: Comparator | null;
  /** The report's own word where it gives one, else computed from target and result; null = not assessed */
  met: boolean | null;
  met_basis: 'stated' | 'computed' | null;
  reason: string | null;
  reason_en?: string | null;
  weight: Decimal | null;
  score: Decimal | null;
  legible: boolean;
  note: string | null;
  note_en?: string | null;
  quote: string;
  line: number;
  /** Where the target stands apart from the result: its own quote and line; else null */
  target_quote: string | null;
  target_line: number | null;
}

/** A result the report states in prose, with the target it was set against where stated. */
export interface Outcome {
  report_id: string;
  /** Position among the report's outcomes, 1-based */
  index: number;
  name: string;
  name_en?: string | null;
  target_text: string | null;
  target_text_en?: string | null;
  actual_text: string | null;
  actual_text_en?: string | null;
  target_value: Decimal | null;
  actual_value: Decimal | null;
  unit: string | null;
  unit_en?: string | null;
  /** The excerpt holding the result (or, without one, the target), and its line */
  quote: string;
  line: number;
  /** The excerpt holding the target and its line (the same as quote/line when one excerpt holds both); null without a target */
  target_quote: string | null;
  target_line: number | null;
  /** The indicator row (its index) the record says this result reports on; null when it names none */
  indicator_index: number | null;
  note: string | null;
  note_en?: string | null;
}

export interface BudgetLine {
  report_id: string;
  name: string;
  name_en?: string | null;
  /** project: a project or sub-budget; task: one of the report's main tasks */
  kind: 'project' | 'task';
  initial_wan: Decimal | null;
  adjustment_wan: Decimal | null;
  final_wan: Decimal | null;
  spent_wan: Decimal | null;
  /** Funds a task involves (任务涉及资金) */
  funds_wan: Decimal | null;
  execution_rate_pct: Decimal | null;
  adjustment_rate_pct: Decimal | null;
  score: Decimal | null;
  quote: string;
  line: number;
}

export interface Task {
  name: string;
  name_en?: string | null;
  funds: TracedValue | null;
  goal: string | null;
  goal_en?: string | null;
  outcome: string | null;
  outcome_en?: string | null;
  quote: string;
  line: number;
}

export interface TracedText {
  text: string;
  text_en?: string | null;
  quote: string;
  line: number;
}

export interface Report {
  id: string;
  department_id: string;
  fiscal_year: number;
  title_year: number | null;
  kind: 'department' | 'project';
  project_name: string | null;
  project_name_en?: string | null;
  title: string;
  title_en?: string | null;
  title_line: number;
  filed_on: string | null;
  source_file: string;
  source_sha256: string;
  /** Where the original document was published, and when it was retrieved; null when not known */
  original_url: string | null;
  retrieved_on: string | null;
  /** Every figure the report states, keyed as in docs/data-format.md */
  figures: Partial<Record<Exclude<FigureKey, 'grade'>, TracedValue>>;
  grade: TracedValue<Grade> | null;
  execution_rate_computed_pct: Decimal | null;
  /** Performance indicators listed, and how many are met, not met, not assessed (status.ts) */
  indicator_count: number;
  indicators_met: number;
  indicators_not_met: number;
  indicators_not_assessed: number;
  tasks: Task[];
  duties: TracedText[];
  problems: TracedText[];
  measures: TracedText[];
  /** Changes of the department the report states (formed, merged, renamed) */
  restructuring: TracedText[];
  notes: string[];
  /** The notes in English, one per note (null: not translated yet) */
  notes_en?: (string | null)[];
  /** The arithmetic checks that ran, and what disagreed */
  checks: Check[];
}

export interface Check {
  /** What was compared, in Chinese and English */
  label_zh: string;
  label_en: string;
  /** printed or stated side */
  stated: string;
  /** computed side */
  computed: string;
  /** The two sides as English pages show them (units and remarks in English) */
  stated_en?: string;
  computed_en?: string;
  ok: boolean;
  field: string;
  line: number | null;
  /**
   * What the two sides are: a printed value against one computed from other printed figures
   * (absent), or a result the text states against the indicator table's (`table-text`: both
   * printed; `stated` is the table's, `computed` the text's).
   */
  sides?: 'table-text';
}

export interface ProvenanceRow {
  report_id: string;
  field: string;
  value: string;
  quote: string;
  source_file: string;
  line: number;
}

// ---- the record of corrections (derived by src/lib/data/history.ts) ----

/** Which file of a report a change is in. */
export type CorrectionFile = 'record' | 'indicators' | 'budget-lines' | 'sources';
/** What kind of value changed: a figure or text, the quote/line it was read from, a translation, or a whole row. */
export type CorrectionKind = 'value' | 'provenance' | 'translation' | 'row';

export interface Correction {
  report_id: string;
  /** The commit's date, YYYY-MM-DD in UTC */
  date: string;
  /** The full commit id */
  commit: string;
  file: CorrectionFile;
  /**
   * The field as the docs name it: a path in the record (`figures.spent_wan.printed`,
   * `tasks[2].goal`), or `<table>.<column>` for a CSV cell (`indicators.actual_text`,
   * `sources.title`); a removed row or element is its table or path alone.
   */
  field: string;
  /** For a table cell or an element of a list: the row's name (as in the newer version, or the removed one) */
  row: string | null;
  kind: CorrectionKind;
  change: 'changed' | 'removed';
  /** As printed in the older version */
  old_value: string;
  /** As printed in the newer version; null when removed */
  new_value: string | null;
  /** The commit message, trailers dropped */
  reason: string;
}

/** Why a report's (or the whole folder's) history cannot be read. */
export type Unavailable = 'no-git' | 'not-committed' | 'shallow';

export interface ReportHistory {
  report_id: string;
  /** null when the history is available; else why not */
  unavailable: Unavailable | null;
  /** The date of the commit that first added the report's record (null when unavailable) */
  first_published: string | null;
}

export interface DataHistory {
  /** Per report of the data set, in the order given */
  reports: ReportHistory[];
  /** Every correction, oldest commit first */
  corrections: Correction[];
}

/** The data's version: the last commit that touched the folder when its files are as committed, else a hash of their content. */
export interface DataVersion {
  /** `<date>-<12 hex of the commit>` or `sha256-<12 hex of the content>` */
  id: string;
  source: 'git' | 'content';
  /** The date (YYYY-MM-DD, UTC) of the last commit that touched the folder; null without git */
  date: string | null;
}

export interface SiteData {
  departments: Department[];
  reports: Report[];
  indicators: Indicator[];
  budgetLines: BudgetLine[];
  outcomes: Outcome[];
  provenance: ProvenanceRow[];
  /** Credibility signals, computed from the records above (src/lib/signals/) */
  signals: Signal[];
  warnings: Warning[];
  /** The date the data last changed (its last commit touching the data folder), or "unknown" without git */
  dataVersion: string;
  /** The data's version as the downloads carry it: `<date>-<commit>` or `sha256-<content hash>` (src/lib/data/history.ts) */
  dataRevision: string;
  /** Per report: whether its history of corrections could be read, and when it was first published */
  history: ReportHistory[];
  /** The public record of corrections, oldest first (src/lib/data/history.ts) */
  corrections: Correction[];
}
