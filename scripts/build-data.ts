/**
 * npm run build:data [-- --data <dir>] — builds the checked data from data/ into src/generated/
 * (for the pages) and public/data/ (the open-data downloads). Prints every warning; exits 1
 * with one clear message on bad input.
 *
 * `DATA_DIR=<dir>` (a synthetic corpus, a fixture) reads that folder instead and writes every
 * output to a work folder of its own (src/lib/data/locations.ts), leaving the checkout's
 * src/generated/ and public/ untouched; `npm run build` then builds the site from there.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSiteData } from '../src/lib/data/build.ts';
import { DataError, formatWarning } from '../src/lib/data/parse.ts';
import { TABLE_NAMES, tableCsvChunks, tableJsonChunks } from '../src/lib/data/tables.ts';
import { writeFoldersAtomically, type FileContent, type FileEntries } from '../src/lib/data/write.ts';
import { dataPackage } from '../src/lib/data/datapackage.ts';
import { generatedFiles } from '../src/lib/data/generated.ts';
import { dataLocations } from '../src/lib/data/locations.ts';
import type { SiteData } from '../src/lib/data/model.ts';
import { progressReporter, type Progress } from './progress.ts';

const locations = dataLocations();
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: locations.dataDir },
    generated: { type: 'string', default: locations.generatedDir },
    public: { type: 'string', default: locations.publicDataDir },
  },
});
const dataDir = resolve(values.data);

/** The date data/ last changed, from git: the data's own date, not the build clock. */
function dataVersion(dir: string): string {
  try {
    const d = execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return d || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Groups rows by report id once (a filter per report would be quadratic at scale). */
function byReport<T extends { report_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.report_id);
    if (list) list.push(row);
    else map.set(row.report_id, [row]);
  }
  return map;
}

/** The open-data files, produced one at a time so they are streamed to disk. */
function* publicFiles(data: SiteData, dir: string, progress: Progress): Generator<[string, FileContent]> {
  for (const t of TABLE_NAMES) {
    yield [`${t}.csv`, tableCsvChunks(t, data)];
    yield [`${t}.json`, tableJsonChunks(t, data)];
  }
  yield ['datapackage.json', `${JSON.stringify(dataPackage({ version: data.dataVersion }), null, 2)}\n`];
  const indicators = byReport(data.indicators);
  const budgetLines = byReport(data.budgetLines);
  const provenance = byReport(data.provenance);
  for (const [i, r] of data.reports.entries()) {
    progress('wrote', i, data.reports.length);
    const bundle = { report: r, indicators: indicators.get(r.id) ?? [], budget_lines: budgetLines.get(r.id) ?? [], provenance: provenance.get(r.id) ?? [] };
    yield [`reports/${r.id}.json`, `${JSON.stringify(bundle, null, 2)}\n`];
    yield [`sources/${r.source_file}`, readFileSync(join(dir, 'sources', r.source_file))];
  }
}

export function outputs(data: SiteData, dir: string, progress: Progress): Map<string, FileEntries> {
  return new Map<string, FileEntries>([[resolve(values.generated), generatedFiles(data)], [resolve(values.public), publicFiles(data, dir, progress)]]);
}

/**
 * With DATA_DIR, Astro's public folder is the work folder's: give it the checkout's other
 * public files (favicon, hosting headers) beside the data/ just written.
 */
function mirrorPublicAssets(): void {
  if (!locations.external || resolve(values.public) !== locations.publicDataDir) return;
  const from = resolve('public');
  if (!existsSync(from)) return;
  mkdirSync(locations.publicDir, { recursive: true });
  for (const f of readdirSync(from)) {
    if (f === 'data') continue;
    rmSync(join(locations.publicDir, f), { recursive: true, force: true });
    cpSync(join(from, f), join(locations.publicDir, f), { recursive: true });
  }
}

try {
  // At scale (a synthetic corpus of thousands of reports) a line every few seconds on stderr.
  const progress = progressReporter({ name: 'build-data' });
  const data = buildSiteData(dataDir, { dataVersion: dataVersion(dataDir), progress });
  writeFoldersAtomically(outputs(data, dataDir, progress));
  mirrorPublicAssets();
  for (const w of data.warnings) console.warn(`warning: ${formatWarning(w)}`);
  console.log(
    `build-data: ${data.departments.length} departments, ${data.reports.length} reports, ${data.indicators.length} indicators, ` +
      `${data.budgetLines.length} budget lines, ${data.provenance.length} traced values, ${data.warnings.length} warnings`,
  );
} catch (e) {
  if (e instanceof DataError) {
    console.error(`error: ${e.message}`);
    console.error('build-data: nothing was written; the previous output is unchanged.');
    process.exit(1);
  }
  throw e;
}
