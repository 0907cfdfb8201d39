/**
 * npm run build:data [-- --data <dir>] — builds the checked data from data/ into src/generated/
 * (for the pages) and public/data/ (the open-data downloads), which change together. Prints
 * every warning; on bad input exits 1 with one line per problem and writes nothing.
 *
 * `DATA_DIR=<dir>` (a synthetic corpus, a fixture) reads that folder instead and writes every
 * output to a work folder of its own (src/lib/data/locations.ts), leaving the checkout's
 * src/generated/ and public/ untouched; `npm run build` then builds the site from there.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSiteData } from '../src/lib/data/build.ts';
import { DataError, decodeText, formatWarning } from '../src/lib/data/parse.ts';
import { TABLE_NAMES, tableCsvChunks, tableJsonChunks } from '../src/lib/data/tables.ts';
import { recoverInterrupted, writeFoldersAtomically, type FileContent, type FileEntries, type WriteHooks } from '../src/lib/data/write.ts';
import { dataPackage } from '../src/lib/data/datapackage.ts';
import { dataVersion } from '../src/lib/data/history.ts';
import { generatedFiles } from '../src/lib/data/generated.ts';
import { dataLocations } from '../src/lib/data/locations.ts';
import type { SiteData } from '../src/lib/data/model.ts';
import { progressReporter, type Progress } from './progress.ts';
import { byReport, coveragePercent, translationCoverage, type Coverage } from '../src/lib/data/translation.ts';

const locations = dataLocations();
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: locations.dataDir },
    generated: { type: 'string', default: locations.generatedDir },
    public: { type: 'string', default: locations.publicDataDir },
  },
});
const dataDir = resolve(values.data);

/** The open-data files, produced one at a time so they are streamed to disk. */
function* publicFiles(data: SiteData, dir: string, progress: Progress): Generator<[string, FileContent]> {
  for (const t of TABLE_NAMES) {
    yield [`${t}.csv`, tableCsvChunks(t, data)];
    yield [`${t}.json`, tableJsonChunks(t, data)];
  }
  yield ['datapackage.json', `${JSON.stringify(dataPackage({ version: data.dataRevision }), null, 2)}\n`];
  const indicators = byReport(data.indicators);
  const budgetLines = byReport(data.budgetLines);
  const outcomes = byReport(data.outcomes);
  const provenance = byReport(data.provenance);
  const signals = byReport(data.signals);
  const corrections = byReport(data.corrections);
  const history = new Map(data.history.map((h) => [h.report_id, h]));
  for (const [i, r] of data.reports.entries()) {
    progress('wrote', i, data.reports.length);
    const bundle = {
      report: r, indicators: indicators.get(r.id) ?? [], budget_lines: budgetLines.get(r.id) ?? [], outcomes: outcomes.get(r.id) ?? [],
      signals: signals.get(r.id) ?? [], provenance: provenance.get(r.id) ?? [],
      // Its public record of corrections, and whether that record could be read at all (without
      // git history an empty list would wrongly say "never corrected").
      history: history.get(r.id) ?? null, corrections: corrections.get(r.id) ?? [],
    };
    yield [`reports/${r.id}.json`, `${JSON.stringify(bundle, null, 2)}\n`];
    // Published as UTF-8 whatever the curated file's encoding (decoded as the build read it).
    yield [`sources/${r.source_file}`, decodeText(r.source_file, readFileSync(join(dir, 'sources', r.source_file)), [])];
  }
}

/** Reports listed one by one in the coverage lines; above this, only those short of 100 % are counted. */
const COVERAGE_LIST_LIMIT = 20;

/**
 * Translation coverage, as texts with English / texts: in all, for the departments' regions,
 * and per report (for a large data set, how many reports are short of complete).
 */
function coverageLines(data: SiteData): string[] {
  const c = translationCoverage(data);
  const shown = (x: Coverage) => `${x.translated} of ${x.texts} texts (${coveragePercent(x)})`;
  const lines = [`translation: ${shown(c.total)} have English; departments' regions ${shown(c.departments)}`];
  if (c.reports.length <= COVERAGE_LIST_LIMIT) for (const r of c.reports) lines.push(`translation: ${r.id}: ${shown(r.coverage)}`);
  else lines.push(`translation: ${c.reports.filter((r) => r.coverage.translated < r.coverage.texts).length} of ${c.reports.length} reports have texts without English`);
  return lines;
}

/** The data version and what the history of corrections could be read from. */
function historyLine(data: SiteData, source: 'git' | 'content'): string {
  const missing = data.history.filter((h) => h.unavailable !== null);
  const why = [...new Set(missing.map((h) => h.unavailable))].join(', ');
  return `history: data version ${data.dataRevision} (${source === 'git' ? 'last commit of the data folder' : 'content hash: no git, or uncommitted changes'}); ` +
    `${data.corrections.length} corrections in ${data.history.length - missing.length} reports' history` +
    (missing.length > 0 ? `; ${missing.length} reports without history (${why})` : '');
}

/** The two outputs, which change together: the pages' data and the open-data downloads. */
const targets = [resolve(values.generated), resolve(values.public)] as const;

export function outputs(data: SiteData, dir: string, progress: Progress): Map<string, FileEntries> {
  return new Map<string, FileEntries>([[targets[0], generatedFiles(data)], [targets[1], publicFiles(data, dir, progress)]]);
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

/**
 * Tests kill the build at the worst moments: `BUILD_DATA_TEST_KILL=before-commit` once both
 * outputs are staged, `after-commit` once the commit marker is written, `after-first-swap` once
 * the first output replaced the previous one and the second has not.
 */
const kill = () => process.kill(process.pid, 'SIGKILL');
const testKill = process.env.BUILD_DATA_TEST_KILL;
const hooks: WriteHooks = {
  beforeCommit: testKill === 'before-commit' ? kill : undefined,
  afterCommit: testKill === 'after-commit' ? kill : undefined,
  afterSwap: testKill === 'after-first-swap' ? kill : undefined,
};

// A build killed half-way is finished (or undone) first, whatever this one does: the two
// outputs are never left one new and one old.
recoverInterrupted(targets);

try {
  // At scale (a synthetic corpus of thousands of reports) a line every few seconds on stderr.
  const progress = progressReporter({ name: 'build-data' });
  const version = dataVersion(dataDir);
  const data = buildSiteData(dataDir, { dataVersion: version.date ?? 'unknown', dataRevision: version.id, progress });
  writeFoldersAtomically(outputs(data, dataDir, progress), hooks);
  mirrorPublicAssets();
  for (const w of data.warnings) console.warn(`warning: ${formatWarning(w)}`);
  console.log(
    `build-data: ${data.departments.length} departments, ${data.reports.length} reports, ${data.indicators.length} indicators, ` +
      `${data.budgetLines.length} budget lines, ${data.outcomes.length} outcomes, ${data.provenance.length} traced values, ` +
      `${data.warnings.length} warnings`,
  );
  for (const line of coverageLines(data)) console.log(line);
  console.log(historyLine(data, version.source));
} catch (e) {
  if (e instanceof DataError) {
    for (const p of e.problems) console.error(`error: ${p.message}`);
    console.error('build-data: nothing was written; the previous output is unchanged.');
    process.exit(1);
  }
  throw e;
}
