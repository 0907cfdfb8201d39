/** The whole data build, in memory: load → validate → normalise → check → derive → signals. */
import { loadData } from './load.ts';
import { deriveReport, type DerivedReport } from './derive.ts';
import { Problems } from './parse.ts';
import type { DataHistory, Department, SiteData } from './model.ts';
import { computeSignals } from '../signals/evaluate.ts';
import { needsTranslation, translationProblem } from './translation.ts';
import { readHistory } from './history.ts';

/** Called as reports are read and derived, for progress at scale: (step, reports done, reports in all). */
export type BuildProgress = (step: string, done: number, total: number) => void;

export interface BuildOptions {
  labelRoot?: string;
  /** The date the data last changed (SiteData.dataVersion) */
  dataVersion?: string;
  /** The data's version id (SiteData.dataRevision) */
  dataRevision?: string;
  /** The corrections history of the given reports; by default read from git (src/lib/data/history.ts) */
  history?: (ids: readonly string[]) => DataHistory;
  progress?: BuildProgress;
}

export function buildSiteData(dataDir: string, opts: BuildOptions = {}): SiteData {
  const loaded = loadData(dataDir, opts.labelRoot, opts.progress);
  const warnings = [...loaded.warnings];
  // Every table in report-id order, whatever the order of sources.csv.
  // Every report's problems are collected, so one run shows them all.
  const problems = new Problems();
  const derived = loaded.reports
    .flatMap((r, i) => {
      opts.progress?.('derived', i, loaded.reports.length);
      return problems.attempt<DerivedReport[]>(() => [deriveReport(r, warnings, loaded.glossary)], []);
    })
    .sort((a, b) => (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0));
  // A department's region in English: its own columns (checked as every translation is), else the glossary's.
  const departments = loaded.departments.map(({ line, value: d }): Department => {
    const en = (zh: string, given: string | null, column: string) => {
      const wrong = given !== null ? translationProblem(zh, given) : null;
      if (wrong) problems.add(loaded.departmentsPath, line, `column "${column}"`, wrong);
      return wrong ? null : given ?? loaded.glossary.lookup(zh)?.en ?? (needsTranslation(zh) ? null : zh);
    };
    return { ...d, city_en: en(d.city_zh, d.city_en, 'city_en'), province_en: en(d.province_zh, d.province_en, 'province_en') };
  });
  problems.check();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const reports = derived.map((d) => d.report);
  const indicators = derived.flatMap((d) => d.indicators);
  const history = (opts.history ?? ((ids) => readHistory(dataDir, ids)))(reports.map((r) => r.id));
  return {
    departments: departments.sort(byId),
    reports,
    indicators,
    budgetLines: derived.flatMap((d) => d.budgetLines),
    outcomes: derived.flatMap((d) => d.outcomes),
    provenance: derived.flatMap((d) => d.provenance),
    // Signals need every report: one rule sets a report against the department's previous year.
    signals: computeSignals(reports, indicators),
    warnings,
    dataVersion: opts.dataVersion ?? 'unknown',
    dataRevision: opts.dataRevision ?? 'unknown',
    history: history.reports,
    corrections: history.corrections,
  };
}
