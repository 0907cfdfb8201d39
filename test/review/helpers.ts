/**
 * A seed report's curated files laid out as a draft folder (what `npm run review` opens): the
 * record and its tables, the source text, its row of sources.csv as sources.row.csv and its
 * department's row as departments.row.csv; and a data folder that holds none of the reports.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ROOT } from '../workspace.ts';

export const DATA = join(ROOT, 'data');

/** The header and the line of `id` in a CSV of data/ (the seeds' CSV rows are one line each). */
export function rowOf(file: string, id: string): { header: string; line: string } {
  const [header = '', ...lines] = readFileSync(join(DATA, file), 'utf8').split('\n');
  const line = lines.find((l) => l.startsWith(`${id},`));
  if (!line) throw new Error(`no row "${id}" in data/${file}`);
  return { header, line };
}

export function seedIds(): string[] {
  return readFileSync(join(DATA, 'sources.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
}

export function seedDraftFolder(id: string, dir: string): void {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const f of [`${id}.json`, `${id}.indicators.csv`, `${id}.budget-lines.csv`]) if (existsSync(join(DATA, 'reports', f))) copyFileSync(join(DATA, 'reports', f), join(dir, 'reports', f));
  copyFileSync(join(DATA, 'sources', `${id}.txt`), join(dir, 'sources', `${id}.txt`));
  const s = rowOf('sources.csv', id);
  writeFileSync(join(dir, 'sources.row.csv'), `${s.header}\n${s.line}\n`);
  const cells = Papa.parse<string[]>(s.line).data[0]!;
  const deptId = cells[s.header.split(',').indexOf('department_id')]!;
  const d = rowOf('departments.csv', deptId);
  writeFileSync(join(dir, 'departments.row.csv'), `${d.header}\n${d.line}\n`);
}

/** A data folder with no report: departments.csv's header only, the glossary. */
export function emptyDataFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'departments.csv'), `${readFileSync(join(DATA, 'departments.csv'), 'utf8').split('\n')[0]}\n`);
  copyFileSync(join(DATA, 'glossary.csv'), join(dir, 'glossary.csv'));
}
