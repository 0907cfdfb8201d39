/**
 * npm run build:data [-- --data <dir>] — builds the checked data from data/ (or another data
 * folder, e.g. a synthetic corpus) into src/generated/ (for the pages) and public/data/ (the
 * open-data downloads). Prints every warning; exits 1 with one clear message on bad input.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSiteData } from '../src/lib/data/build.ts';
import { DataError, formatWarning } from '../src/lib/data/parse.ts';
import { TABLE_NAMES, tableCsv, tableJson } from '../src/lib/data/tables.ts';
import { writeFoldersAtomically, type FileMap } from '../src/lib/data/write.ts';
import { dataPackage } from '../src/lib/data/datapackage.ts';
import type { SiteData } from '../src/lib/data/model.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
    generated: { type: 'string', default: 'src/generated' },
    public: { type: 'string', default: 'public/data' },
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

export function outputs(data: SiteData, dir: string): Map<string, FileMap> {
  const pub: FileMap = new Map();
  for (const t of TABLE_NAMES) {
    pub.set(`${t}.csv`, tableCsv(t, data));
    pub.set(`${t}.json`, tableJson(t, data));
  }
  pub.set('datapackage.json', `${JSON.stringify(dataPackage({ version: data.dataVersion }), null, 2)}\n`);
  for (const r of data.reports) {
    const bundle = {
      report: r,
      indicators: data.indicators.filter((i) => i.report_id === r.id),
      budget_lines: data.budgetLines.filter((b) => b.report_id === r.id),
      provenance: data.provenance.filter((p) => p.report_id === r.id),
    };
    pub.set(`reports/${r.id}.json`, `${JSON.stringify(bundle, null, 2)}\n`);
    pub.set(`sources/${r.source_file}`, readFileSync(join(dir, 'sources', r.source_file)));
  }
  const gen: FileMap = new Map([['site-data.json', `${JSON.stringify(data, null, 1)}\n`]]);
  return new Map([[resolve(values.generated), gen], [resolve(values.public), pub]]);
}

try {
  const data = buildSiteData(dataDir, { dataVersion: dataVersion(dataDir) });
  writeFoldersAtomically(outputs(data, dataDir));
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
