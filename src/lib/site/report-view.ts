/**
 * What a report page shows, prepared from the data: which figures are headline figures, how
 * the indicator table is grouped, which source lines are cited, which caveats apply.
 */
import type { BudgetLine, Department, Indicator, ProvenanceRow, Report, TracedValue } from '../data/model.ts';
import { FIGURE_KEYS, type FigureKey } from '../data/schema.ts';
import { same, sum } from '../data/numbers.ts';
import { kindOfField, type ValueKind } from './format.ts';

export type FigureField = Exclude<FigureKey, 'grade'>;

/** The figures every report page shows first, stated or not. */
export const HEADLINE_FIELDS = ['budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score'] as const satisfies readonly FigureField[];

export type HeadlineField = (typeof HEADLINE_FIELDS)[number];

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

export function metStatus(i: Indicator): MetStatus {
  return i.met === true ? 'met' : i.met === false ? 'not-met' : 'not-assessed';
}

/** Rows of a scoring table (分值/得分) are kept apart from target-against-result indicators. */
export function isScoringRow(i: Indicator): boolean {
  return i.weight !== null || i.score !== null;
}

export interface IndicatorGroup {
  /** The task or level-1 indicator as printed; null when the report has neither */
  name: string | null;
  rows: Indicator[];
}

/** Performance indicators grouped by task, else by level-1 indicator, in the report's order. */
export function indicatorGroups(indicators: readonly Indicator[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const i of indicators.filter((x) => !isScoringRow(x))) {
    const name = i.task ?? i.level1 ?? null;
    const last = groups.at(-1);
    if (last && last.name === name) last.rows.push(i);
    else groups.push({ name, rows: [i] });
  }
  return groups;
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
 */
export function citedLines(report: Report, indicators: readonly Indicator[], budgetLines: readonly BudgetLine[], provenance: readonly ProvenanceRow[]): number[] {
  const lines = new Set<number>([report.title_line]);
  for (const p of provenance) lines.add(p.line);
  for (const f of Object.values(report.figures)) if (f) lines.add(f.line);
  if (report.grade) lines.add(report.grade.line);
  for (const i of indicators) lines.add(i.line);
  for (const b of budgetLines) lines.add(b.line);
  for (const task of report.tasks) {
    lines.add(task.line);
    if (task.funds) lines.add(task.funds.line);
  }
  for (const x of [...report.duties, ...report.problems, ...report.measures]) lines.add(x.line);
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

/** The budget lines chart needs at least one line with an amount. */
export function hasBudgetAmounts(lines: readonly BudgetLine[]): boolean {
  return lines.some((l) => l.initial_wan !== null || l.final_wan !== null || l.spent_wan !== null);
}
