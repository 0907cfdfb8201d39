/**
 * A whole synthetic corpus in the project's own data layout (docs/data-format.md):
 * departments.csv, sources.csv, sources/<id>.txt and reports/<id>.{json,indicators.csv,budget-lines.csv}.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { writeFoldersAtomically } from '../../src/lib/data/write.ts';
import Papa from 'papaparse';
import type { z } from 'zod';
import { BUDGET_LINE_COLUMNS, DEPARTMENT_COLUMNS, INDICATOR_COLUMNS, SOURCE_COLUMNS, type departmentRow, type sourceRow } from '../../src/lib/data/schema.ts';
import { Random, subSeed } from './random.ts';
import { PROJECTS } from './phrases.ts';
import { maxDepartments, synthDepartments, type SynthDepartment } from './departments.ts';
import { synthReport, type ReportPlan, type SynthReport } from './report.ts';
import { indicatorHistory, type PlannedIndicator } from './history.ts';

export interface SynthOptions {
  /** Departments to draw; default: enough for `reports` */
  departments?: number;
  /** Fiscal years, ending with `lastYear` */
  years: number;
  seed: number;
  /** Exactly this many reports (departments without any are then dropped) */
  reports?: number;
  lastYear?: number;
}

export interface Corpus {
  departments: SynthDepartment[];
  reports: SynthReport[];
}

/** Share of department-years with a department-wide report, and with a project report. */
const DEPARTMENT_REPORT_RATE = 0.94;
const PROJECT_REPORT_RATE = 0.1;

/** Which reports exist: most departments report every year, some skip a year, a few add a project report. */
function plan(departments: readonly SynthDepartment[], years: readonly number[], seed: number, target: number | undefined): ReportPlan[] {
  const all: ReportPlan[] = [];
  const spare: ReportPlan[] = [];
  for (const d of departments) {
    const rnd = new Random(subSeed(seed, `plan:${d.id}`));
    for (const year of years) {
      const project = rnd.pick(PROJECTS);
      const dept: ReportPlan = { department: d, year, kind: 'department', project: null, seed: subSeed(seed, `${d.id}-${year}-department`) };
      const proj: ReportPlan = { department: d, year, kind: 'project', project, seed: subSeed(seed, `${d.id}-${year}-project`) };
      (rnd.chance(DEPARTMENT_REPORT_RATE) ? all : spare).push(dept);
      (rnd.chance(PROJECT_REPORT_RATE) ? all : spare).push(proj);
    }
  }
  if (target === undefined) return all;
  const rnd = new Random(subSeed(seed, 'plan:trim'));
  if (all.length >= target) return rnd.sample(all, target);
  const extra = rnd.sample(spare, target - all.length);
  if (all.length + extra.length < target) throw new Error(`${departments.length} departments × ${years.length} years cannot hold ${target} reports; add departments or years`);
  return [...all, ...extra];
}

/** Builds the corpus in memory. Deterministic: the same options give the same bytes. */
export function synthCorpus(opts: SynthOptions): Corpus {
  const lastYear = opts.lastYear ?? 2024;
  const years = Array.from({ length: opts.years }, (_, i) => lastYear - opts.years + 1 + i);
  const perDepartment = opts.years * (DEPARTMENT_REPORT_RATE + PROJECT_REPORT_RATE * 0.5);
  const wanted = opts.departments ?? (opts.reports !== undefined ? Math.ceil(opts.reports / perDepartment) : 50);
  const count = Math.min(wanted, maxDepartments());
  const departments = synthDepartments(count, opts.seed);
  // A department's department-wide reports continue one indicator history (history.ts).
  const histories = new Map<string, Map<number, PlannedIndicator[]>>();
  const historyOf = (id: string) => histories.get(id) ?? histories.set(id, indicatorHistory(opts.seed, id, years)).get(id)!;
  const plans = plan(departments, years, opts.seed, opts.reports).map((p) => (p.kind === 'department' ? { ...p, indicators: historyOf(p.department.id).get(p.year) } : p));
  const reports = plans.map(synthReport).sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  const used = new Set(reports.map((r) => r.source.department_id));
  return { departments: departments.filter((d) => used.has(d.id)), reports };
}

/** A CSV file: the schema's columns in order, one row per record, as the data build reads it. */
function csv<C extends string>(columns: readonly C[], rows: readonly Record<C, string>[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) }, { newline: '\n' })}\n`;
}

/** A registry row as departments.csv holds it (the input of `departmentRow`). */
function departmentCells(d: SynthDepartment): z.input<typeof departmentRow> {
  return { ...d, aliases: d.aliases.join('|') };
}

/** The corpus as files: path relative to the data folder → content. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
  const files = new Map<string, string>();
  files.set('departments.csv', csv(DEPARTMENT_COLUMNS, corpus.departments.map(departmentCells)));
  const sources: z.input<typeof sourceRow>[] = [];
  for (const r of corpus.reports) {
    const { id, file } = r.source;
    sources.push({ ...r.source, sha256: createHash('sha256').update(r.text, 'utf8').digest('hex') });
    files.set(`sources/${file}`, r.text);
    files.set(`reports/${id}.json`, `${JSON.stringify(r.record, null, 2)}\n`);
    files.set(`reports/${id}.indicators.csv`, csv(INDICATOR_COLUMNS, r.indicators));
    files.set(`reports/${id}.budget-lines.csv`, csv(BUDGET_LINE_COLUMNS, r.budgetLines));
  }
  files.set('sources.csv', csv(SOURCE_COLUMNS, sources));
  return files;
}

/** The file that marks a folder as a synthetic corpus, so a later run may replace it. */
const MARKER = 'SYNTHETIC.txt';

/**
 * Writes a corpus into `dir` (atomically: all files or none), with the marker file. Refuses
 * the project's real data folder, and any non-empty folder that is not a synthetic corpus.
 */
export function writeCorpus(dir: string, corpus: Corpus, options: unknown, realData = resolve('data')): void {
  const out = resolve(dir);
  if (out === realData || out.startsWith(realData + sep)) throw new Error(`refusing to write into ${relative(process.cwd(), realData) || realData}/: synthetic data never enters the real data folder`);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) throw new Error(`${out} exists and is not a synthetic corpus (no ${MARKER}); choose an empty folder`);
  const files: Map<string, string> = corpusFiles(corpus);
  files.set(MARKER, `合成测试数据，不是真实报告 (synthetic test data, not real reports).\nWritten by scripts/synth with ${JSON.stringify(options)}.\n`);
  writeFoldersAtomically(new Map([[out, files]]));
}
