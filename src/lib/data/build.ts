/** The whole data build, in memory: load → validate → normalise → check → derive → signals. */
import { loadData } from './load.ts';
import { deriveReport, type DerivedReport } from './derive.ts';
import { Problems } from './parse.ts';
import type { SiteData } from './model.ts';
import { computeSignals } from '../signals/evaluate.ts';

/** Called as reports are read and derived, for progress at scale: (step, reports done, reports in all). */
export type BuildProgress = (step: string, done: number, total: number) => void;

export function buildSiteData(dataDir: string, opts: { labelRoot?: string; dataVersion?: string; progress?: BuildProgress } = {}): SiteData {
  const loaded = loadData(dataDir, opts.labelRoot, opts.progress);
  const warnings = [...loaded.warnings];
  // Every table in report-id order, whatever the order of sources.csv.
  // Every report's problems are collected, so one run shows them all.
  const problems = new Problems();
  const derived = loaded.reports
    .flatMap((r, i) => {
      opts.progress?.('derived', i, loaded.reports.length);
      return problems.attempt<DerivedReport[]>(() => [deriveReport(r, warnings)], []);
    })
    .sort((a, b) => (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0));
  problems.check();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const reports = derived.map((d) => d.report);
  const indicators = derived.flatMap((d) => d.indicators);
  return {
    departments: loaded.departments.map((d) => d.value).sort(byId),
    reports,
    indicators,
    budgetLines: derived.flatMap((d) => d.budgetLines),
    outcomes: derived.flatMap((d) => d.outcomes),
    provenance: derived.flatMap((d) => d.provenance),
    // Signals need every report: one rule sets a report against the department's previous year.
    signals: computeSignals(reports, indicators),
    warnings,
    dataVersion: opts.dataVersion ?? 'unknown',
  };
}
