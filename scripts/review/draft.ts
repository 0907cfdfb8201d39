/**
 * The draft a review works on, in the data layout's own terms: the record (reports/<id>.json)
 * as a JSON value, each table (indicators, budget lines, the sources.csv row, a new
 * department's row) as its CSV header and rows of cells. Cells stay strings and the record
 * stays as written, so what the page edits is what the curated files hold, and writing it back
 * (`draftFiles`) gives the files a careful hand-curation would: JSON with two-space indent,
 * CSV as papaparse writes it (the curated files are written the same way: parsing and writing
 * one of them back gives its bytes).
 *
 * A draft comes from a PDF or a text (drafted with `npm run extract`'s own code) or from a
 * draft folder (what `npm run extract -- --out` writes, or a report's files copied out of data/
 * with its sources.csv row as sources.row.csv and, for a new department, departments.row.csv).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { DEPARTMENT_FILE, DEPARTMENT_COLUMNS, departmentRow, type DepartmentRow } from '../../src/lib/data/schema.ts';
import { decodeText, parseCsv, type Warning } from '../../src/lib/data/parse.ts';
import { Glossary, readGlossary } from '../../src/lib/data/glossary.ts';
import { draftFiles as extractDraftFiles } from '../extract/draft.ts';
import { extractReport } from '../extract/extract.ts';
import { PdfError, readPdf } from '../extract/pdf.ts';

export interface Table { columns: string[]; rows: string[][] }

export interface ReviewDraft {
  /** The report id (reports/<id>.json) */
  id: string;
  record: unknown;
  indicators: Table;
  budgetLines: Table;
  /** The report's row of sources.csv (one row) */
  source: Table;
  /** A department to add to departments.csv (one row), or null when it is known */
  department: Table | null;
}

/** What the page shows beside the draft and never edits: the verbatim text, the PDF it came from. */
export interface ReviewSource {
  /** The text as the build decodes it */
  text: string;
  /** The text's bytes, written as they are (their SHA-256 is the row's) */
  bytes: Uint8Array;
  pdf: { file: string; sha256: string; pages: number } | null;
  /** Where the draft came from, as given on the command line */
  label: string;
}

export class DraftError extends Error {}

/** CSV text → header and rows, as the data build reads it (papaparse; one trailing newline). */
export function parseTable(text: string): Table {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/u, ''), { skipEmptyLines: false });
  const [columns = [], ...rows] = parsed.data;
  return { columns, rows };
}

/** Header and rows → CSV text, as the curated files are written. */
export function tableText(t: Table): string {
  return `${Papa.unparse([t.columns, ...t.rows], { newline: '\n' })}\n`;
}

/** The cell of `column` in `row` of `t` ('' when the table has no such column). */
export function cell(t: Table, row: number, column: string): string {
  const i = t.columns.indexOf(column);
  return i < 0 ? '' : t.rows[row]?.[i] ?? '';
}

/** A PDF starts with `%PDF-` (a few bytes of junk before it are allowed by readers). */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

function departmentsOf(dataDir: string): DepartmentRow[] {
  const path = join(dataDir, 'departments.csv');
  return existsSync(path) ? parseCsv(path, readFileSync(path, 'utf8'), DEPARTMENT_FILE.columns, departmentRow, DEPARTMENT_FILE.optional).map((r) => r.value) : [];
}

/** A new department's row, empty but for what the draft knows, in the data folder's columns. */
function newDepartment(dataDir: string, id: string, nameZh: string): Table {
  const path = join(dataDir, 'departments.csv');
  const columns = existsSync(path) ? parseTable(readFileSync(path, 'utf8')).columns : [...DEPARTMENT_COLUMNS];
  return { columns, rows: [columns.map((c) => (c === 'id' ? id : c === 'name_zh' ? nameZh : ''))] };
}

/** The draft in a folder of draft files (`files`: path relative to the folder → content). */
function fromFiles(files: ReadonlyMap<string, string | Uint8Array>, dataDir: string, label: string, pdf: ReviewSource['pdf']): { draft: ReviewDraft; source: ReviewSource } {
  const text = (rel: string) => {
    const c = files.get(rel);
    return c === undefined ? null : typeof c === 'string' ? c : new TextDecoder().decode(c);
  };
  const sourceRowText = text('sources.row.csv');
  if (sourceRowText === null) throw new DraftError(`${label}: no sources.row.csv (the report's row of data/sources.csv)`);
  const source = parseTable(sourceRowText);
  if (source.rows.length !== 1) throw new DraftError(`${label}/sources.row.csv: expected one row under the header, found ${source.rows.length}`);
  const id = cell(source, 0, 'id');
  const recordText = text(`reports/${id}.json`);
  if (recordText === null) throw new DraftError(`${label}: no reports/${id}.json (the id of sources.row.csv is "${id}")`);
  const bytes = files.get(`sources/${cell(source, 0, 'file')}`);
  if (bytes === undefined) throw new DraftError(`${label}: no sources/${cell(source, 0, 'file')} (the file of sources.row.csv)`);
  const raw = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const warnings: Warning[] = [];
  const table = (rel: string, columns: readonly string[]) => {
    const t = text(rel);
    return t === null ? { columns: [...columns], rows: [] } : parseTable(t);
  };
  const deptText = text('departments.row.csv');
  const deptId = cell(source, 0, 'department_id');
  const known = departmentsOf(dataDir).some((d) => d.id === deptId);
  let department: Table | null = deptText !== null ? parseTable(deptText) : null;
  if (department && known) department = null;
  if (!department && !known) department = newDepartment(dataDir, deptId, '');
  return {
    draft: {
      id,
      record: JSON.parse(recordText) as unknown,
      indicators: table(`reports/${id}.indicators.csv`, []),
      budgetLines: table(`reports/${id}.budget-lines.csv`, []),
      source,
      department,
    },
    source: { text: decodeText(cell(source, 0, 'file'), raw, warnings), bytes: raw, pdf, label },
  };
}

/** A published report's files in the data folder, as a draft folder would hold them. */
function publishedDraft(dataDir: string, id: string, label: string, pdf: ReviewSource['pdf']): { draft: ReviewDraft; source: ReviewSource } {
  const sources = parseTable(readFileSync(join(dataDir, 'sources.csv'), 'utf8'));
  const row = sources.rows.find((r) => r[sources.columns.indexOf('id')] === id);
  if (!row) throw new DraftError(`${label}: reports/${id}.json is in the data folder but sources.csv has no row for it`);
  const files = new Map<string, Uint8Array | string>([['sources.row.csv', tableText({ columns: sources.columns, rows: [row] })]]);
  for (const rel of [`reports/${id}.json`, `reports/${id}.indicators.csv`, `reports/${id}.budget-lines.csv`, `sources/${row[sources.columns.indexOf('file')] ?? ''}`]) {
    if (existsSync(join(dataDir, rel))) files.set(rel, readFileSync(join(dataDir, rel)));
  }
  return fromFiles(files, dataDir, label, pdf);
}

/** Every file under `dir`, by its path relative to it. */
function readFolder(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files.set(path.slice(dir.length + 1).split('\\').join('/'), readFileSync(path));
  }
  return files;
}

/**
 * Opens what `npm run review` was given: a draft folder as it is; a PDF or a text drafted
 * with the extractor's code, against the data folder's departments and glossary.
 */
export async function openDraft(input: string, dataDir: string, label = input): Promise<{ draft: ReviewDraft; source: ReviewSource; fresh: boolean }> {
  if (!existsSync(input)) throw new DraftError(`${label}: not found`);
  if (statSync(input).isDirectory()) {
    const files = readFolder(input);
    const pdfJson = files.get('pdf.json');
    const pdf = pdfJson ? (JSON.parse(new TextDecoder().decode(pdfJson)) as { pdf: string; pdf_sha256: string; pages: number }) : null;
    return { ...fromFiles(files, dataDir, label, pdf ? { file: pdf.pdf, sha256: pdf.pdf_sha256, pages: pdf.pages } : null), fresh: true };
  }
  const read = readFileSync(input);
  let bytes: Uint8Array = read;
  let pdf: ReviewSource['pdf'] = null;
  if (isPdf(read)) {
    try {
      const p = await readPdf(read);
      bytes = new TextEncoder().encode(p.text);
      pdf = { file: basename(input), sha256: p.sha256, pages: p.pages };
    } catch (e) {
      if (e instanceof PdfError) throw new DraftError(`${label}: ${e.message}`);
      throw e;
    }
  }
  const x = extractReport(decodeText(label, bytes, []));
  const glossaryPath = join(dataDir, 'glossary.csv');
  const glossary = existsSync(glossaryPath) ? readGlossary(glossaryPath) : new Glossary([]);
  const d = extractDraftFiles(x, { bytes, inputLabel: label, departments: departmentsOf(dataDir), glossary });
  // A report already in the data folder is reviewed as published (a correction starts from the
  // record people read, not from a fresh draft); the PDF's hash is shown beside it.
  if (existsSync(join(dataDir, 'reports', `${d.id}.json`))) return { ...publishedDraft(dataDir, d.id, label, pdf), fresh: false };
  const opened = fromFiles(d.files, dataDir, label, pdf);
  if (opened.draft.department) opened.draft.department = newDepartment(dataDir, cell(opened.draft.source, 0, 'department_id'), x.fields.department_name.value ?? '');
  return { ...opened, fresh: true };
}
