/**
 * The open-data tables, with exactly the columns docs/data-contract.md lists (a test holds them
 * together; the data package and the /data/ page read the same list), as CSV (UTF-8, no
 * byte-order mark, LF line ends, RFC 4180 quoting, text cells neutralised against spreadsheet
 * formulas) and JSON (arrays of objects).
 */
import { neutraliseFormula } from './formula.ts';
import Papa from 'papaparse';
import type { SiteData } from './model.ts';
import { toJsonNumber, type Decimal } from './numbers.ts';
import { assessIndicator, isScoringRow } from './status.ts';

type Cell = string | number | boolean | null;
type ColumnType = 'string' | 'integer' | 'number' | 'boolean';
export interface TableSpec<T> {
  name: string;
  columns: readonly { name: string; type: ColumnType; get: (row: T) => Cell }[];
  rows: (data: SiteData) => T[];
}

const dec = (d: Decimal | null | undefined) => d ?? null;
/** A count the report states (a whole number, validated as such), as an integer cell. */
const count = (d: Decimal | null | undefined) => (d == null ? null : Number(d));

export const TABLES = {
  departments: {
    name: 'departments',
    rows: (d: SiteData) => d.departments,
    columns: [
      { name: 'id', type: 'string', get: (r) => r.id },
      { name: 'name_zh', type: 'string', get: (r) => r.name_zh },
      { name: 'name_en', type: 'string', get: (r) => r.name_en },
      { name: 'short_name_zh', type: 'string', get: (r) => r.short_name_zh },
      { name: 'admin_code', type: 'string', get: (r) => r.admin_code },
      { name: 'level', type: 'string', get: (r) => r.level },
      { name: 'city_zh', type: 'string', get: (r) => r.city_zh },
      { name: 'city_en', type: 'string', get: (r) => r.city_en ?? null },
      { name: 'province_zh', type: 'string', get: (r) => r.province_zh },
      { name: 'province_en', type: 'string', get: (r) => r.province_en ?? null },
    ],
  } satisfies TableSpec<SiteData['departments'][number]>,
  reports: {
    name: 'reports',
    rows: (d: SiteData) => d.reports,
    columns: [
      { name: 'id', type: 'string', get: (r) => r.id },
      { name: 'department_id', type: 'string', get: (r) => r.department_id },
      { name: 'fiscal_year', type: 'integer', get: (r) => r.fiscal_year },
      { name: 'title_year', type: 'integer', get: (r) => r.title_year },
      { name: 'kind', type: 'string', get: (r) => r.kind },
      { name: 'project_name', type: 'string', get: (r) => r.project_name },
      { name: 'project_name_en', type: 'string', get: (r) => r.project_name_en ?? null },
      { name: 'title', type: 'string', get: (r) => r.title },
      { name: 'title_en', type: 'string', get: (r) => r.title_en ?? null },
      { name: 'filed_on', type: 'string', get: (r) => r.filed_on },
      { name: 'budget_initial_wan', type: 'number', get: (r) => dec(r.figures.budget_initial_wan?.value) },
      { name: 'budget_adjustment_wan', type: 'number', get: (r) => dec(r.figures.budget_adjustment_wan?.value) },
      { name: 'budget_final_wan', type: 'number', get: (r) => dec(r.figures.budget_final_wan?.value) },
      { name: 'spent_wan', type: 'number', get: (r) => dec(r.figures.spent_wan?.value) },
      { name: 'execution_rate_pct', type: 'number', get: (r) => dec(r.figures.execution_rate_pct?.value) },
      { name: 'execution_rate_computed_pct', type: 'number', get: (r) => r.execution_rate_computed_pct },
      { name: 'basic_spent_wan', type: 'number', get: (r) => dec(r.figures.basic_spent_wan?.value) },
      { name: 'project_spent_wan', type: 'number', get: (r) => dec(r.figures.project_spent_wan?.value) },
      { name: 'self_score', type: 'number', get: (r) => dec(r.figures.self_score?.value) },
      { name: 'grade', type: 'string', get: (r) => r.grade?.value ?? null },
      { name: 'grade_as_printed', type: 'string', get: (r) => r.grade?.printed ?? null },
      { name: 'indicator_count', type: 'integer', get: (r) => r.indicator_count },
      { name: 'indicators_met', type: 'integer', get: (r) => r.indicators_met },
      { name: 'indicators_not_met', type: 'integer', get: (r) => r.indicators_not_met },
      { name: 'indicators_not_assessed', type: 'integer', get: (r) => r.indicators_not_assessed },
      { name: 'indicators_stated_total', type: 'integer', get: (r) => count(r.figures.indicators_stated_total?.value) },
      { name: 'indicators_stated_met', type: 'integer', get: (r) => count(r.figures.indicators_stated_met?.value) },
      { name: 'source_file', type: 'string', get: (r) => r.source_file },
      { name: 'original_url', type: 'string', get: (r) => r.original_url },
      { name: 'retrieved_on', type: 'string', get: (r) => r.retrieved_on },
    ],
  } satisfies TableSpec<SiteData['reports'][number]>,
  indicators: {
    name: 'indicators',
    rows: (d: SiteData) => d.indicators,
    columns: [
      { name: 'report_id', type: 'string', get: (r) => r.report_id },
      { name: 'task', type: 'string', get: (r) => r.task },
      { name: 'task_en', type: 'string', get: (r) => r.task_en ?? null },
      { name: 'level1', type: 'string', get: (r) => r.level1 },
      { name: 'level1_en', type: 'string', get: (r) => r.level1_en ?? null },
      { name: 'level2', type: 'string', get: (r) => r.level2 },
      { name: 'level2_en', type: 'string', get: (r) => r.level2_en ?? null },
      { name: 'name', type: 'string', get: (r) => r.name },
      { name: 'name_en', type: 'string', get: (r) => r.name_en ?? null },
      { name: 'target_text', type: 'string', get: (r) => r.target_text },
      { name: 'target_text_en', type: 'string', get: (r) => r.target_text_en ?? null },
      { name: 'actual_text', type: 'string', get: (r) => r.actual_text },
      { name: 'actual_text_en', type: 'string', get: (r) => r.actual_text_en ?? null },
      { name: 'target_value', type: 'number', get: (r) => r.target_value },
      { name: 'actual_value', type: 'number', get: (r) => r.actual_value },
      { name: 'unit', type: 'string', get: (r) => r.unit },
      { name: 'unit_en', type: 'string', get: (r) => r.unit_en ?? null },
      { name: 'actual_unit', type: 'string', get: (r) => r.actual_unit },
      { name: 'unit_legible', type: 'boolean', get: (r) => r.unit_legible },
      { name: 'comparator', type: 'string', get: (r) => r.comparator },
      { name: 'met', type: 'boolean', get: (r) => r.met },
      { name: 'status', type: 'string', get: (r) => (isScoringRow(r) ? null : assessIndicator(r).status) },
      { name: 'not_assessed_reason', type: 'string', get: (r) => (isScoringRow(r) ? null : assessIndicator(r).reason) },
      { name: 'reason', type: 'string', get: (r) => r.reason },
      { name: 'reason_en', type: 'string', get: (r) => r.reason_en ?? null },
      { name: 'weight', type: 'number', get: (r) => r.weight },
      { name: 'score', type: 'number', get: (r) => r.score },
      { name: 'legible', type: 'boolean', get: (r) => r.legible },
    ],
  } satisfies TableSpec<SiteData['indicators'][number]>,
  'budget-lines': {
    name: 'budget-lines',
    rows: (d: SiteData) => d.budgetLines,
    columns: [
      { name: 'report_id', type: 'string', get: (r) => r.report_id },
      { name: 'name', type: 'string', get: (r) => r.name },
      { name: 'name_en', type: 'string', get: (r) => r.name_en ?? null },
      { name: 'kind', type: 'string', get: (r) => r.kind },
      { name: 'initial_wan', type: 'number', get: (r) => r.initial_wan },
      { name: 'adjustment_wan', type: 'number', get: (r) => r.adjustment_wan },
      { name: 'final_wan', type: 'number', get: (r) => r.final_wan },
      { name: 'spent_wan', type: 'number', get: (r) => r.spent_wan },
      { name: 'funds_wan', type: 'number', get: (r) => r.funds_wan },
      { name: 'execution_rate_pct', type: 'number', get: (r) => r.execution_rate_pct },
      { name: 'score', type: 'number', get: (r) => r.score },
    ],
  } satisfies TableSpec<SiteData['budgetLines'][number]>,
  outcomes: {
    name: 'outcomes',
    rows: (d: SiteData) => d.outcomes,
    columns: [
      { name: 'report_id', type: 'string', get: (r) => r.report_id },
      { name: 'name', type: 'string', get: (r) => r.name },
      { name: 'name_en', type: 'string', get: (r) => r.name_en ?? null },
      { name: 'target_text', type: 'string', get: (r) => r.target_text },
      { name: 'target_text_en', type: 'string', get: (r) => r.target_text_en ?? null },
      { name: 'actual_text', type: 'string', get: (r) => r.actual_text },
      { name: 'actual_text_en', type: 'string', get: (r) => r.actual_text_en ?? null },
      { name: 'target_value', type: 'number', get: (r) => r.target_value },
      { name: 'actual_value', type: 'number', get: (r) => r.actual_value },
      { name: 'unit', type: 'string', get: (r) => r.unit },
      { name: 'unit_en', type: 'string', get: (r) => r.unit_en ?? null },
      { name: 'quote', type: 'string', get: (r) => r.quote },
      { name: 'line', type: 'integer', get: (r) => r.line },
      { name: 'target_quote', type: 'string', get: (r) => r.target_quote },
      { name: 'target_line', type: 'integer', get: (r) => r.target_line },
    ],
  } satisfies TableSpec<SiteData['outcomes'][number]>,
  signals: {
    name: 'signals',
    rows: (d: SiteData) => d.signals,
    columns: [
      { name: 'report_id', type: 'string', get: (r) => r.report_id },
      { name: 'signal', type: 'string', get: (r) => r.signal },
      { name: 'level', type: 'string', get: (r) => r.level },
      { name: 'value', type: 'number', get: (r) => r.value },
      { name: 'threshold', type: 'string', get: (r) => r.threshold },
      { name: 'text_zh', type: 'string', get: (r) => r.text_zh },
      { name: 'text_en', type: 'string', get: (r) => r.text_en },
      { name: 'lines', type: 'string', get: (r) => r.lines.join(' ') },
    ],
  } satisfies TableSpec<SiteData['signals'][number]>,
  provenance: {
    name: 'provenance',
    rows: (d: SiteData) => d.provenance,
    columns: [
      { name: 'report_id', type: 'string', get: (r) => r.report_id },
      { name: 'field', type: 'string', get: (r) => r.field },
      { name: 'value', type: 'string', get: (r) => r.value },
      { name: 'quote', type: 'string', get: (r) => r.quote },
      { name: 'source_file', type: 'string', get: (r) => r.source_file },
      { name: 'line', type: 'integer', get: (r) => r.line },
    ],
  } satisfies TableSpec<SiteData['provenance'][number]>,
  corrections: {
    name: 'corrections',
    rows: (d: SiteData) => d.corrections,
    columns: [
      { name: 'report_id', type: 'string', get: (r) => r.report_id },
      { name: 'date', type: 'string', get: (r) => r.date },
      { name: 'commit', type: 'string', get: (r) => r.commit },
      { name: 'file', type: 'string', get: (r) => r.file },
      { name: 'field', type: 'string', get: (r) => r.field },
      { name: 'row', type: 'string', get: (r) => r.row },
      { name: 'kind', type: 'string', get: (r) => r.kind },
      { name: 'change', type: 'string', get: (r) => r.change },
      { name: 'old_value', type: 'string', get: (r) => r.old_value },
      { name: 'new_value', type: 'string', get: (r) => r.new_value },
      { name: 'reason', type: 'string', get: (r) => r.reason },
    ],
  } satisfies TableSpec<SiteData['corrections'][number]>,
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Rows per chunk when a table is streamed. */
const CHUNK = 2000;

/** The CSV of a table as chunks of text (header first); joined, they are `tableCsv`. */
export function* tableCsvChunks(name: TableName, data: SiteData): Generator<string> {
  const spec = TABLES[name] as TableSpec<unknown>;
  const rows = spec.rows(data);
  const fields = spec.columns.map((c) => c.name);
  if (rows.length === 0) {
    yield `${Papa.unparse({ fields, data: [] }, { newline: '\n' })}\n`;
    return;
  }
  yield Papa.unparse([fields], { newline: '\n' });
  for (let i = 0; i < rows.length; i += CHUNK) {
    const cellRows = rows.slice(i, i + CHUNK).map((row) => spec.columns.map((c) => {
      const v = c.get(row);
      return v === null ? '' : c.type === 'string' ? neutraliseFormula(String(v)) : String(v);
    }));
    yield `\n${Papa.unparse(cellRows, { newline: '\n' })}`;
  }
  yield '\n';
}

export function tableCsv(name: TableName, data: SiteData): string {
  return [...tableCsvChunks(name, data)].join('');
}

/** The JSON of a table as chunks (pretty-printed, one object at a time); joined, they are `tableJson`. */
export function* tableJsonChunks(name: TableName, data: SiteData): Generator<string> {
  const spec = TABLES[name] as TableSpec<unknown>;
  const rows = spec.rows(data);
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[';
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK).map((row) => {
      const obj = Object.fromEntries(spec.columns.map((c) => {
        const v = c.get(row);
        return [c.name, c.type === 'number' ? toJsonNumber((v as string | null) ?? null) : (v ?? null)];
      }));
      return `\n  ${JSON.stringify(obj, null, 2).replace(/\n/gu, '\n  ')}`;
    });
    yield `${i > 0 ? ',' : ''}${part.join(',')}`;
  }
  yield '\n]\n';
}

export function tableJson(name: TableName, data: SiteData): string {
  return [...tableJsonChunks(name, data)].join('');
}
