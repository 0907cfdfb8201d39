/**
 * A draft checked by the data build itself: the files a save would write are put into a copy
 * of the data folder, and that copy goes through `buildSiteData` (load → validate → derive →
 * check), the function `npm run build:data` runs. Its problems and warnings come back as the
 * build prints them (`data/reports/x.json:12: figures.spent_wan.quote: …`), so the page shows
 * the build's own messages and no check is written twice.
 */
import { cpSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { DataError, formatWarning } from '../../src/lib/data/parse.ts';
import { cell, parseTable, tableText, type ReviewDraft, type ReviewSource, type Table } from './draft.ts';

export interface CheckResult {
  /** The build's errors, one line each: with any of them the build (and a save) refuses */
  problems: string[];
  /** The build's warnings (the report's own arithmetic, bands …) */
  warnings: string[];
}

/** `table` with its row whose `id` equals the draft row's replaced, or the row appended. */
function withRow(existing: string | null, row: Table): string {
  const id = cell(row, 0, 'id');
  if (existing === null) return tableText(row);
  const t = parseTable(existing);
  const values = t.columns.map((c) => cell(row, 0, c));
  const at = t.rows.findIndex((r) => r[t.columns.indexOf('id')] === id);
  const rows = at < 0 ? [...t.rows, values] : t.rows.map((r, i) => (i === at ? values : r));
  return tableText({ columns: t.columns, rows });
}

/**
 * The files a save writes into the data folder (path relative to it → content): the record,
 * its tables, the source text, and sources.csv / departments.csv with the report's rows.
 */
export function draftFiles(draft: ReviewDraft, source: ReviewSource, dataDir: string): Map<string, string | Uint8Array> {
  const read = (rel: string) => (existsSync(join(dataDir, rel)) ? readFileSync(join(dataDir, rel), 'utf8') : null);
  const id = draft.id;
  const files = new Map<string, string | Uint8Array>([
    [`reports/${id}.json`, `${JSON.stringify(draft.record, null, 2)}\n`],
    [`reports/${id}.indicators.csv`, tableText(draft.indicators)],
    [`reports/${id}.budget-lines.csv`, tableText(draft.budgetLines)],
    [`sources/${basename(cell(draft.source, 0, 'file'))}`, source.bytes],
    ['sources.csv', withRow(read('sources.csv'), draft.source)],
  ]);
  if (draft.department) files.set('departments.csv', withRow(read('departments.csv'), draft.department));
  return files;
}

/** Puts `files` into `dir` (folders made as needed). */
export function putFiles(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  for (const [rel, content] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

/**
 * Runs the data build on `dataDir` with `files` in it, in a copy (the data folder is not
 * touched). Paths in messages read as the build prints them for the real folder: `data/…`
 * (the copy's folder has the real one's name, and messages are relative to its parent).
 */
export function checkFiles(dataDir: string, files: ReadonlyMap<string, string | Uint8Array>, labelRoot: string): CheckResult {
  const work = mkdtempSync(join(tmpdir(), 'review-check-'));
  try {
    const rel = dataDir.startsWith(`${labelRoot}/`) ? dataDir.slice(labelRoot.length + 1) : basename(dataDir);
    const copy = join(work, rel);
    mkdirSync(copy, { recursive: true });
    // The data folder without git's own folder (DATA_DIR may be a repository's root).
    cpSync(dataDir, copy, { recursive: true, filter: (src) => basename(src) !== '.git' || dirname(src) !== dataDir });
    putFiles(copy, files);
    try {
      const data = buildSiteData(copy, { labelRoot: work });
      return { problems: [], warnings: data.warnings.map(formatWarning) };
    } catch (e) {
      if (e instanceof DataError) return { problems: e.problems.map((p) => p.message), warnings: [] };
      throw e;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The draft as the build would see it once saved. */
export function checkDraft(draft: ReviewDraft, source: ReviewSource, dataDir: string, labelRoot: string): CheckResult {
  let files;
  try {
    files = draftFiles(draft, source, dataDir);
  } catch (e) {
    return { problems: [e instanceof Error ? e.message : String(e)], warnings: [] };
  }
  return checkFiles(dataDir, files, labelRoot);
}
