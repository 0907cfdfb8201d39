/**
 * Reads the curated inputs under a data folder. Every file goes through the parse helper;
 * the first broken input stops the build with a message naming file, line and field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError, decodeText, parseCsv, parseJson, type CsvRow, type JsonDocument, type Warning } from './parse.ts';
import {
  BUDGET_LINE_COLUMNS, DEPARTMENT_COLUMNS, INDICATOR_COLUMNS, SOURCE_COLUMNS,
  budgetLineRow, departmentRow, indicatorRow, reportRecord, sourceRow,
  type BudgetLineRow, type DepartmentRow, type IndicatorRow, type ReportRecord, type SourceRow,
} from './schema.ts';
import { SourceText } from './provenance.ts';
import { checkAdminDivision } from './divisions.ts';

export interface LoadedReport {
  source: SourceRow;
  sourceLine: number;
  /** Paths as shown in messages, relative to the project root */
  labels: { source: string; record: string; indicators: string; budgetLines: string };
  text: SourceText;
  record: JsonDocument<ReportRecord>;
  indicators: CsvRow<IndicatorRow>[];
  budgetLines: CsvRow<BudgetLineRow>[];
}

export interface LoadedData {
  departmentsPath: string;
  departments: CsvRow<DepartmentRow>[];
  reports: LoadedReport[];
  warnings: Warning[];
}

/** Reads a file relative to the data folder; `label` is the path shown in messages. */
function readText(path: string, label: string, warnings: Warning[]): string {
  if (!existsSync(path)) throw new DataError(label, null, null, 'file not found');
  return decodeText(label, readFileSync(path), warnings);
}

function rejectDuplicates<T>(file: string, rows: CsvRow<T>[], key: (v: T) => string, column: string): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = key(r.value);
    const first = seen.get(k);
    if (first !== undefined) throw new DataError(file, r.line, `column "${column}"`, `duplicate id "${k}" (first on line ${first})`);
    seen.set(k, r.line);
  }
}

/**
 * Loads and validates everything under `dataDir`. `labelRoot` is the folder paths in messages
 * are relative to (the project root, so messages read `data/sources.csv:3: …`).
 */
export function loadData(dataDir: string, labelRoot = process.cwd(), progress?: (step: string, done: number, total: number) => void): LoadedData {
  const warnings: Warning[] = [];
  const label = (p: string) => relative(labelRoot, p) || p;

  const departmentsPath = join(dataDir, 'departments.csv');
  const departments = parseCsv(label(departmentsPath), readText(departmentsPath, label(departmentsPath), warnings), DEPARTMENT_COLUMNS, departmentRow);
  rejectDuplicates(label(departmentsPath), departments, (d) => d.id, 'id');
  for (const d of departments) checkAdminDivision(label(departmentsPath), d.line, d.value);
  const departmentIds = new Set(departments.map((d) => d.value.id));

  const sourcesPath = join(dataDir, 'sources.csv');
  const sourcesLabel = label(sourcesPath);
  const sources = parseCsv(sourcesLabel, readText(sourcesPath, sourcesLabel, warnings), SOURCE_COLUMNS, sourceRow);
  rejectDuplicates(sourcesLabel, sources, (s) => s.id, 'id');
  rejectDuplicates(sourcesLabel, sources, (s) => s.file, 'file');

  const reportsDir = join(dataDir, 'reports');
  const reports = sources.map(({ line, value: source }, i): LoadedReport => {
    progress?.('read', i, sources.length);
    if (!departmentIds.has(source.department_id)) {
      throw new DataError(sourcesLabel, line, 'column "department_id"', `unknown department "${source.department_id}" (not in ${label(departmentsPath)})`);
    }
    const sourcePath = join(dataDir, 'sources', source.file);
    if (!existsSync(sourcePath)) throw new DataError(sourcesLabel, line, 'column "file"', `source file ${label(sourcePath)} not found`);
    const bytes = readFileSync(sourcePath);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (hash !== source.sha256) {
      throw new DataError(sourcesLabel, line, 'column "sha256"', `${label(sourcePath)} has sha256 ${hash}, not ${source.sha256}: the source text changed. Sources are verbatim; if the new text is intended, update this row`);
    }
    const text = new SourceText(decodeText(label(sourcePath), bytes, warnings));
    if (!text.contains(source.title)) {
      throw new DataError(sourcesLabel, line, 'column "title"', `"${source.title}" not found in ${label(sourcePath)}`);
    }

    const recordPath = join(reportsDir, `${source.id}.json`);
    const record = parseJson(label(recordPath), readText(recordPath, label(recordPath), warnings), reportRecord);
    if (record.value.id !== source.id) {
      throw new DataError(label(recordPath), record.lineOf(['id']), 'id', `"${record.value.id}" does not match the file name (expected "${source.id}")`);
    }
    const indicatorsPath = join(reportsDir, `${source.id}.indicators.csv`);
    const budgetLinesPath = join(reportsDir, `${source.id}.budget-lines.csv`);
    const optionalCsv = <R>(path: string, parse: (file: string, text: string) => CsvRow<R>[]) =>
      existsSync(path) ? parse(label(path), readText(path, label(path), warnings)) : [];
    return {
      source,
      sourceLine: line,
      labels: { source: label(sourcePath), record: label(recordPath), indicators: label(indicatorsPath), budgetLines: label(budgetLinesPath) },
      text,
      record,
      indicators: optionalCsv(indicatorsPath, (f, t) => parseCsv(f, t, INDICATOR_COLUMNS, indicatorRow)),
      budgetLines: optionalCsv(budgetLinesPath, (f, t) => parseCsv(f, t, BUDGET_LINE_COLUMNS, budgetLineRow)),
    };
  });

  // A curated record without a source row is a mistake (a typo in its name, a forgotten row).
  if (existsSync(reportsDir)) {
    const known = new Set(sources.map((s) => s.value.id));
    for (const f of readdirSync(reportsDir).sort()) {
      const id = f.replace(/(\.indicators\.csv|\.budget-lines\.csv|\.json)$/u, '');
      if (!known.has(id)) throw new DataError(label(join(reportsDir, f)), null, null, `no row for report "${id}" in ${sourcesLabel}`);
    }
  }
  return { departmentsPath: label(departmentsPath), departments, reports, warnings };
}
