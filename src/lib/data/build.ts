/** The whole data build, in memory: load → validate → normalise → check → derive. */
import { loadData } from './load.ts';
import { deriveReport } from './derive.ts';
import type { SiteData } from './model.ts';

export function buildSiteData(dataDir: string, opts: { labelRoot?: string; dataVersion?: string } = {}): SiteData {
  const loaded = loadData(dataDir, opts.labelRoot);
  const warnings = [...loaded.warnings];
  const derived = loaded.reports.map((r) => deriveReport(r, warnings));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    departments: loaded.departments.map((d) => d.value).sort(byId),
    reports: derived.map((d) => d.report).sort(byId),
    indicators: derived.flatMap((d) => d.indicators),
    budgetLines: derived.flatMap((d) => d.budgetLines),
    provenance: derived.flatMap((d) => d.provenance),
    warnings,
    dataVersion: opts.dataVersion ?? 'unknown',
  };
}
