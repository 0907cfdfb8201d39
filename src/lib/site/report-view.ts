/**
 * What a report page shows, prepared from the data: which figures are headline figures, how
 * the indicator table is grouped, which source lines are cited, which caveats apply.
 */
import type { BudgetLine, Department, Indicator, Outcome, Report, TracedValue } from '../data/model.ts';
import { FIGURE_KEYS, type FigureKey } from '../data/schema.ts';
import { HEADLINE_NUMBERS, type HeadlineNumber } from '../data/headline.ts';
import { same, sum } from '../data/numbers.ts';
import { assessIndicator, countIndicators, isScoringRow, type IndicatorCounts } from '../data/status.ts';
import { formatAmount, formatGrade, formatPercent, formatPoints, kindOfField, type ValueKind } from './format.ts';
import { departmentShortName } from './names.ts';

export type FigureField = Exclude<FigureKey, 'grade'>;

/** The figures every report page shows first, stated or not (the grade is shown beside them). */
const HEADLINE_FIELDS: readonly HeadlineNumber[] = HEADLINE_NUMBERS;

export type HeadlineField = HeadlineNumber;

export interface FigureView<F extends FigureField = FigureField> {
  field: F;
  kind: ValueKind;
  /** null: the report does not state it */
  value: TracedValue | null;
}

export function headlineFigures(report: Report): FigureView<HeadlineField>[] {
  return HEADLINE_FIELDS.map((field) => ({ field, kind: kindOfField(field), value: report.figures[field] ?? null }));
}

/** Stated figures that are not headline figures, in the order of the data format. */
export function otherFigures(report: Report): FigureView[] {
  const headline = new Set<string>(HEADLINE_FIELDS);
  return FIGURE_KEYS.filter((k): k is FigureField => k !== 'grade' && !headline.has(k))
    .map((field) => ({ field, kind: kindOfField(field), value: report.figures[field] ?? null }))
    .filter((f) => f.value !== null);
}

/** Whether the printed execution rate and the computed one agree (null if either is missing). */
export function executionRateAgrees(report: Report): boolean | null {
  const printed = report.figures.execution_rate_pct?.value;
  const computed = report.execution_rate_computed_pct;
  if (printed == null || computed == null) return null;
  return same(printed, computed);
}

export type MetStatus = 'met' | 'not-met' | 'not-assessed';

/** An indicator's status as the pages mark it (one function decides: src/lib/data/status.ts). */
export function metStatus(i: Indicator): MetStatus {
  return ({ met: 'met', not_met: 'not-met', not_assessed: 'not-assessed' } as const)[assessIndicator(i).status];
}

export interface IndicatorGroup {
  /** The task or level-1 indicator as printed; null when the report has neither */
  name: string | null;
  /** Its English, where the data has it */
  name_en?: string | null;
  rows: Indicator[];
}

/** Performance indicators grouped by task, else by level-1 indicator, in the report's order. */
export function indicatorGroups(indicators: readonly Indicator[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const i of indicators.filter((x) => !isScoringRow(x))) {
    const name = i.task ?? i.level1 ?? null;
    const last = groups.at(-1);
    if (last && last.name === name) last.rows.push(i);
    else groups.push({ name, name_en: i.task !== null ? i.task_en ?? null : i.level1_en ?? null, rows: [i] });
  }
  return groups;
}

/**
 * What a report shows and states about its indicators: the table's counts (met, not met, not
 * assessed and why) and, beside them, the counts its text states, each with its source line.
 */
export interface IndicatorAccount {
  counts: IndicatorCounts;
  stated: { total: TracedValue; met: TracedValue | null } | null;
}

export function indicatorAccount(report: Report, indicators: readonly Indicator[]): IndicatorAccount {
  const total = report.figures.indicators_stated_total;
  return { counts: countIndicators(indicators), stated: total ? { total, met: report.figures.indicators_stated_met ?? null } : null };
}

export interface ScoringTable {
  rows: Indicator[];
  weightTotal: string | null;
  scoreTotal: string | null;
}

/** The scoring table and its sums (exact); null when the report has none. */
export function scoringTable(indicators: readonly Indicator[]): ScoringTable | null {
  const rows = indicators.filter(isScoringRow);
  if (rows.length === 0) return null;
  const weights = rows.map((r) => r.weight).filter((w): w is string => w !== null);
  const scores = rows.map((r) => r.score).filter((s): s is string => s !== null);
  return {
    rows,
    weightTotal: weights.length ? sum(weights) : null,
    scoreTotal: scores.length ? sum(scores) : null,
  };
}

/**
 * Every line of the source that something on the report page cites: figures, the title,
 * indicator rows, budget lines, tasks, duties, problems, measures. The source page marks them.
 * Every traced value (provenance row) is one of these, so the provenance itself, the largest
 * part of the data, is not needed here (a test holds the two together).
 */
export function citedLines(report: Report, indicators: readonly Indicator[], budgetLines: readonly BudgetLine[], outcomes: readonly Outcome[] = []): number[] {
  const lines = new Set<number>([report.title_line]);
  for (const f of Object.values(report.figures)) if (f) lines.add(f.line);
  if (report.grade) lines.add(report.grade.line);
  for (const i of indicators) {
    lines.add(i.line);
    if (i.target_line !== null) lines.add(i.target_line);
  }
  for (const b of budgetLines) lines.add(b.line);
  for (const o of outcomes) {
    lines.add(o.line);
    if (o.target_line !== null) lines.add(o.target_line);
  }
  for (const task of report.tasks) {
    lines.add(task.line);
    if (task.funds) lines.add(task.funds.line);
  }
  for (const x of [...report.duties, ...report.problems, ...report.measures, ...report.restructuring]) lines.add(x.line);
  for (const c of report.checks) if (c.line !== null) lines.add(c.line);
  return [...lines].filter((l) => l > 0).sort((a, b) => a - b);
}

export type Caveat =
  | { kind: 'project'; project: string; department: Department }
  | { kind: 'title-year'; titleYear: number; fiscalYear: number }
  | { kind: 'illegible'; rows: number };

/** The caveats a reader must see before the figures. Curation notes are listed separately. */
export function caveats(report: Report, department: Department, indicators: readonly Indicator[]): Caveat[] {
  const out: Caveat[] = [];
  if (report.kind === 'project') out.push({ kind: 'project', project: report.project_name ?? report.title, department });
  if (report.title_year !== null && report.title_year !== report.fiscal_year) out.push({ kind: 'title-year', titleYear: report.title_year, fiscalYear: report.fiscal_year });
  const illegible = indicators.filter((i) => !i.legible).length;
  if (illegible > 0) out.push({ kind: 'illegible', rows: illegible });
  return out;
}

/**
 * One sentence with a report's headline figures, for the page's meta description and social
 * previews: "白云区投促局 2021 年：调整后预算 4,652.48 万元，支出 4,468.73 万元，执行率 96.05%，自评 91.35 分（优）。"
 * Figures the report does not state are left out rather than shown as "not reported".
 */
export function reportSummary(report: Report, department: Department, lang: 'zh' | 'en'): string {
  const f = report.figures;
  const parts: string[] = [];
  if (lang === 'zh') {
    if (f.budget_final_wan) parts.push(`调整后预算 ${formatAmount(f.budget_final_wan.value, lang)}`);
    if (f.spent_wan) parts.push(`支出 ${formatAmount(f.spent_wan.value, lang)}`);
    if (f.execution_rate_pct) parts.push(`执行率 ${formatPercent(f.execution_rate_pct.value, lang)}`);
    if (f.self_score) parts.push(`自评 ${formatPoints(f.self_score.value, lang)}${report.grade ? `（${report.grade.printed}）` : ''}`);
    else if (report.grade) parts.push(`自评${report.grade.printed}`);
    return `${departmentShortName(department, lang)} ${report.fiscal_year} 年${report.kind === 'project' ? '项目支出' : '部门整体支出'}绩效自评：${parts.join('，')}。`;
  }
  if (f.budget_final_wan) parts.push(`final budget ${formatAmount(f.budget_final_wan.value, lang)}`);
  if (f.spent_wan) parts.push(`spent ${formatAmount(f.spent_wan.value, lang)}`);
  if (f.execution_rate_pct) parts.push(`execution rate ${formatPercent(f.execution_rate_pct.value, lang)}`);
  if (f.self_score) parts.push(`self-score ${formatPoints(f.self_score.value, lang)}${report.grade ? ` (${formatGrade(report.grade.value, lang)})` : ''}`);
  else if (report.grade) parts.push(`self-grade ${formatGrade(report.grade.value, lang)}`);
  return `${department.name_en}, ${report.fiscal_year} ${report.kind === 'project' ? 'project' : 'department-wide'} self-evaluation: ${parts.join(', ')}.`;
}
