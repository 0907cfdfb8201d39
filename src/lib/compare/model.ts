/**
 * The comparison view's model: for 2–4 departments, the same measures side by side, taken
 * from each department's latest report, and plain warnings when the reports are not alike.
 */
import Big from 'big.js';
import type { Department, Report, SiteData } from '../data/model.ts';
import { percentOf, type Decimal } from '../data/numbers.ts';
import { MONEY_UNIT } from '../format/number.ts';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export interface CompareColumn { department: Department; report: Report | null }

export type MeasureKind = 'amount' | 'pct' | 'points' | 'count' | 'text';
export interface CompareRow {
  key: string;
  label_zh: string;
  label_en: string;
  kind: MeasureKind;
  /** Decimal strings for numbers, text for text rows; null = not reported */
  values: (string | null)[];
  /** How a value was obtained when not printed (e.g. computed), per column */
  computed: boolean[];
  /** Whether larger is "further" in a way worth marking (max/min are marked for numeric rows) */
  numeric: boolean;
}

/** Ids from a `?ids=a,b,c` parameter: known department ids only, no repeats, at most four. */
export function parseIds(param: string | null, known: readonly string[]): string[] {
  const valid = new Set(known);
  const out: string[] = [];
  for (const raw of (param ?? '').split(',')) {
    const id = raw.trim();
    if (valid.has(id) && !out.includes(id)) out.push(id);
  }
  return out.slice(0, MAX_COMPARE);
}

export function latestReport(data: SiteData, departmentId: string): Report | null {
  const own = data.reports.filter((r) => r.department_id === departmentId);
  // Latest year first; a department-wide report before a project report of the same year.
  own.sort((a, b) => b.fiscal_year - a.fiscal_year || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'department' ? -1 : 1));
  return own[0] ?? null;
}

export function compareColumns(data: SiteData, ids: readonly string[]): CompareColumn[] {
  return ids.flatMap((id) => {
    const department = data.departments.find((d) => d.id === id);
    return department ? [{ department, report: latestReport(data, id) }] : [];
  });
}

function share(part: Decimal | undefined, whole: Decimal | undefined): Decimal | null {
  return part && whole ? percentOf(part, whole) : null;
}

export function compareRows(columns: readonly CompareColumn[]): CompareRow[] {
  const rows: CompareRow[] = [];
  const add = (key: string, label_zh: string, label_en: string, kind: MeasureKind, get: (r: Report) => { value: string | null; computed?: boolean }) => {
    const got = columns.map((c) => (c.report ? get(c.report) : { value: null }));
    rows.push({ key, label_zh, label_en, kind, values: got.map((g) => g.value), computed: got.map((g) => g.computed ?? false), numeric: kind !== 'text' });
  };
  const fig = (k: keyof Report['figures']) => (r: Report) => ({ value: r.figures[k]?.value ?? null });
  add('fiscal_year', '财政年度', 'Fiscal year', 'text', (r) => ({ value: String(r.fiscal_year) }));
  add('kind', '报告类型', 'Report kind', 'text', (r) => ({ value: r.kind }));
  add('budget_final_wan', `调整后预算（${MONEY_UNIT.zh}）`, `Final budget (${MONEY_UNIT.en})`, 'amount', fig('budget_final_wan'));
  add('spent_wan', `实际支出（${MONEY_UNIT.zh}）`, `Spent (${MONEY_UNIT.en})`, 'amount', fig('spent_wan'));
  add('execution_rate_pct', '预算执行率', 'Execution rate', 'pct', (r) =>
    r.figures.execution_rate_pct ? { value: r.figures.execution_rate_pct.value } : { value: r.execution_rate_computed_pct, computed: r.execution_rate_computed_pct !== null });
  add('budget_adjustment_wan', `年中调整（${MONEY_UNIT.zh}）`, `Mid-year adjustment (${MONEY_UNIT.en})`, 'amount', (r) => {
    const a = r.figures.budget_adjustment_wan?.value;
    if (a) return { value: a };
    const i = r.figures.budget_initial_wan?.value;
    const f = r.figures.budget_final_wan?.value;
    return i && f ? { value: new Big(f).minus(i).toFixed(2), computed: true } : { value: null };
  });
  add('budget_adjustment_rate_pct', '预算调整率', 'Adjustment rate', 'pct', (r) => {
    const printed = r.figures.budget_adjustment_rate_pct?.value;
    if (printed) return { value: printed };
    const i = r.figures.budget_initial_wan?.value;
    const f = r.figures.budget_final_wan?.value;
    return i && f ? { value: percentOf(new Big(f).minus(i).abs().toString(), i), computed: true } : { value: null };
  });
  add('basic_share_pct', '基本支出占比', 'Basic spending share', 'pct', (r) => ({ value: share(r.figures.basic_spent_wan?.value, r.figures.spent_wan?.value), computed: true }));
  add('project_share_pct', '项目支出占比', 'Project spending share', 'pct', (r) => ({ value: share(r.figures.project_spent_wan?.value, r.figures.spent_wan?.value), computed: true }));
  add('self_score', '自评得分', 'Self score', 'points', fig('self_score'));
  add('grade', '自评等级', 'Grade', 'text', (r) => ({ value: r.grade ? r.grade.value : null }));
  // All three counts (src/lib/data/status.ts), never a ratio that folds "not assessed" into "not met".
  add('indicators_met', '指标：达成 / 未达成 / 未评定', 'Indicators: met / not met / not assessed', 'text', (r) => ({ value: r.indicator_count > 0 ? `${r.indicators_met} / ${r.indicators_not_met} / ${r.indicators_not_assessed}` : null }));
  add('problems', '列出的问题数', 'Problems listed', 'count', (r) => ({ value: String(r.problems.length) }));
  // A computed share is only computed where a value exists.
  for (const row of rows) row.computed = row.computed.map((c, i) => c && row.values[i] !== null);
  return rows;
}

export type LikenessCode = 'years' | 'kinds' | 'missing';
export interface Likeness { code: LikenessCode; zh: string; en: string }

/** The wording of each warning; `{years}` is replaced by the list of years. */
export const LIKENESS_TEXT: Record<LikenessCode, { zh: string; en: string }> = {
  years: {
    zh: '所比较的报告属于不同财政年度（{years}）：预算规模和执行情况受当年政策与疫情等因素影响，差异不全是部门之间的差异。',
    en: "The reports cover different fiscal years ({years}): budgets and execution depend on each year's circumstances, so differences are not only between departments.",
  },
  kinds: {
    zh: '其中既有部门整体支出报告，也有单个项目的支出报告：项目报告只涵盖部门的一部分资金，金额不能与部门整体直接比较。',
    en: 'Some are department-wide reports and some cover a single project: a project report covers only part of a department’s money, so its amounts are not comparable with a whole department’s.',
  },
  missing: { zh: '有的部门尚无报告。', en: 'Some departments have no report yet.' },
};

/** Plain words on what makes the selected reports not directly comparable. */
export function likeness(columns: readonly CompareColumn[]): Likeness[] {
  const reports = columns.map((c) => c.report).filter((r): r is Report => r !== null);
  const out: Likeness[] = [];
  const fill = (code: LikenessCode, years = '') => ({ code, zh: LIKENESS_TEXT[code].zh.replace('{years}', years.replaceAll(', ', '、')), en: LIKENESS_TEXT[code].en.replace('{years}', years) });
  const years = [...new Set(reports.map((r) => r.fiscal_year))].sort();
  if (years.length > 1) out.push(fill('years', years.join(', ')));
  if (new Set(reports.map((r) => r.kind)).size > 1) out.push(fill('kinds'));
  if (columns.some((c) => c.report === null)) out.push(fill('missing'));
  return out;
}
