/**
 * Reads the curated inputs under a data folder. Every file goes through the parse helper;
 * broken input stops the build with one message per problem, each naming file, line and field.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError, Problems, checkControlCharacters, decodeText, parseCsv, parseJson, type CsvRow, type JsonDocument, type Warning } from './parse.ts';
import {
  BUDGET_LINE_FILE, DEPARTMENT_FILE, GLOSSARY_COLUMNS, INDICATOR_FILE, SOURCE_FILE,
  budgetLineRow, departmentRow, glossaryRow, indicatorRow, reportRecord, sourceRow,
  type BudgetLineRow, type DepartmentRow, type IndicatorRow, type ReportRecord, type SourceRow,
} from './schema.ts';
import { Glossary } from './glossary.ts';
import { SourceText } from './provenance.ts';
import { checkAdminDivision } from './divisions.ts';

export interface LoadedReport {
  source: SourceRow;
  sourceLine: number;
  /** Paths as shown in messages, relative to the project root */
  labels: { source: string; record: string; indicators: string; budgetLines: string; sources: string };
  text: SourceText;
  record: JsonDocument<ReportRecord>;
  indicators: CsvRow<IndicatorRow>[];
  budgetLines: CsvRow<BudgetLineRow>[];
}

export interface LoadedData {
  departmentsPath: string;
  departments: CsvRow<DepartmentRow>[];
  /** data/glossary.csv: the English of recurring terms (empty when the folder has none) */
  glossary: Glossary;
  reports: LoadedReport[];
  warnings: Warning[];
}

/**
 * What stands at `path`: a regular file may be read; a folder or a symbolic link may not (a
 * link could lead out of the data folder, and its target is not what the hash covers).
 */
function fileProblem(path: string): string | null {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return 'not found';
  }
  if (st.isSymbolicLink()) return 'is a symbolic link; data files must be regular files inside the data folder';
  if (st.isDirectory()) return 'is a folder, not a file';
  if (!st.isFile()) return 'is not a regular file';
  return null;
}

/** Reads a file relative to the data folder; `label` is the path shown in messages. */
function readText(path: string, label: string, warnings: Warning[]): string {
  const problem = fileProblem(path);
  if (problem) throw new DataError(label, null, null, problem === 'not found' ? 'file not found' : `file ${problem}`);
  return decodeText(label, readFileSync(path), warnings);
}

function rejectDuplicates<T>(
  file: string, rows: CsvRow<T>[], key: (v: T) => string, column: string, problems: Problems,
  message = (k: string, first: number) => `duplicate ${column} "${k}" (first on line ${first})`,
): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = key(r.value);
    const first = seen.get(k);
    if (first !== undefined) problems.add(file, r.line, `column "${column}"`, message(k, first));
    else seen.set(k, r.line);
  }
}

const REPORT_FILE = /^(.+?)(\.indicators\.csv|\.budget-lines\.csv|\.json)$/u;

/**
 * Loads and validates everything under `dataDir`. `labelRoot` is the folder paths in messages
 * are relative to (the project root, so messages read `data/sources.csv:3: …`). Every problem
 * of a file is reported at once; files that depend on a broken one are not read.
 */
export function loadData(dataDir: string, labelRoot = process.cwd(), progress?: (step: string, done: number, total: number) => void): LoadedData {
  const warnings: Warning[] = [];
  const problems = new Problems();
  const label = (p: string) => relative(labelRoot, p) || p;

  const departmentsPath = join(dataDir, 'departments.csv');
  const departmentsLabel = label(departmentsPath);
  const departments = parseCsv(departmentsLabel, readText(departmentsPath, departmentsLabel, warnings), DEPARTMENT_FILE.columns, departmentRow, DEPARTMENT_FILE.optional);
  rejectDuplicates(departmentsLabel, departments, (d) => d.id, 'id', problems);
  for (const d of departments) problems.attempt(() => checkAdminDivision(departmentsLabel, d.line, d.value), undefined);
  problems.check();
  const departmentIds = new Set(departments.map((d) => d.value.id));

  // The glossary is optional: a data folder without one has no recurring terms in English.
  const glossaryPath = join(dataDir, 'glossary.csv');
  const glossaryLabel = label(glossaryPath);
  const glossary = fileProblem(glossaryPath) === 'not found'
    ? new Glossary([])
    : Glossary.fromRows(glossaryLabel, parseCsv(glossaryLabel, readText(glossaryPath, glossaryLabel, warnings), GLOSSARY_COLUMNS, glossaryRow));

  const sourcesPath = join(dataDir, 'sources.csv');
  const sourcesLabel = label(sourcesPath);
  const sources = parseCsv(sourcesLabel, readText(sourcesPath, sourcesLabel, warnings), SOURCE_FILE.columns, sourceRow, SOURCE_FILE.optional);
  rejectDuplicates(sourcesLabel, sources, (s) => s.id, 'id', problems);
  rejectDuplicates(sourcesLabel, sources, (s) => s.file, 'file', problems);
  rejectDuplicates(sourcesLabel, sources, (s) => s.sha256, 'sha256', problems, (_, first) => `the same text as line ${first} (same sha256): a report is registered once`);
  problems.check();

  const reportsDir = join(dataDir, 'reports');
  const sourcesDir = join(dataDir, 'sources');
  for (const d of [reportsDir, sourcesDir]) {
    let st;
    try {
      st = lstatSync(d);
    } catch {
      continue; // a missing folder: every file in it is reported missing below
    }
    if (!st.isDirectory()) problems.add(label(d), null, null, st.isSymbolicLink() ? 'is a symbolic link; it must be a folder inside the data folder' : 'is a file; it must be a folder');
  }
  problems.check();
  const reports: LoadedReport[] = [];
  for (const [i, { line, value: source }] of sources.entries()) {
    progress?.('read', i, sources.length);
    problems.attempt(() => {
      if (!departmentIds.has(source.department_id)) {
        throw new DataError(sourcesLabel, line, 'column "department_id"', `unknown department "${source.department_id}" (not in ${departmentsLabel})`);
      }
      const sourcePath = join(sourcesDir, source.file);
      const problem = fileProblem(sourcePath);
      if (problem) throw new DataError(sourcesLabel, line, 'column "file"', `source file ${label(sourcePath)} ${problem}`);
      const bytes = readFileSync(sourcePath);
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (hash !== source.sha256) {
        throw new DataError(sourcesLabel, line, 'column "sha256"', `${label(sourcePath)} has sha256 ${hash}, not ${source.sha256}: the source text changed. Sources are verbatim; if the new text is intended, update this row`);
      }
      const decoded = decodeText(label(sourcePath), bytes, warnings);
      const textProblems = new Problems();
      checkControlCharacters(label(sourcePath), decoded, textProblems);
      textProblems.check();
      const text = new SourceText(decoded);
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
        existsSync(path) || fileProblem(path) !== 'not found' ? parse(label(path), readText(path, label(path), warnings)) : [];
      const fileProblems = new Problems();
      const indicators = fileProblems.attempt(() => optionalCsv(indicatorsPath, (f, t) => parseCsv(f, t, INDICATOR_FILE.columns, indicatorRow, INDICATOR_FILE.optional)), []);
      const budgetLines = fileProblems.attempt(() => optionalCsv(budgetLinesPath, (f, t) => parseCsv(f, t, BUDGET_LINE_FILE.columns, budgetLineRow, BUDGET_LINE_FILE.optional)), []);
      fileProblems.check();
      reports.push({
        source,
        sourceLine: line,
        labels: { source: label(sourcePath), record: label(recordPath), indicators: label(indicatorsPath), budgetLines: label(budgetLinesPath), sources: sourcesLabel },
        text,
        record,
        indicators,
        budgetLines,
      });
    }, undefined);
  }

  // A file no row names is a mistake (a typo in its name, a forgotten row, a copy left behind).
  const ids = new Set(sources.map((s) => s.value.id));
  if (existsSync(reportsDir)) {
    for (const f of readdirSync(reportsDir).sort()) {
      const id = REPORT_FILE.exec(f)?.[1];
      if (id === undefined) problems.add(label(join(reportsDir, f)), null, null, `not a report file (<id>.json, <id>.indicators.csv or <id>.budget-lines.csv); remove it`);
      else if (!ids.has(id)) problems.add(label(join(reportsDir, f)), null, null, `no row for report "${id}" in ${sourcesLabel}`);
    }
  }
  if (existsSync(sourcesDir)) {
    const files = new Set(sources.map((s) => s.value.file));
    for (const f of readdirSync(sourcesDir).sort()) {
      if (!files.has(f)) problems.add(label(join(sourcesDir, f)), null, null, `no row of ${sourcesLabel} names this source file; add its row or remove it`);
    }
  }
  problems.check();
  return { departmentsPath: departmentsLabel, departments, glossary, reports, warnings };
}
