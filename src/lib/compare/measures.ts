/**
 * The measures of the comparison, declared once as data: their labels, how a value is written,
 * and whether "highest" and "lowest" mean anything for them. Shared by the pages (build time)
 * and the comparison script (browser): no Node imports, no big.js.
 *
 * `ranked` is true only where a larger value is more of one same thing on one scale (money,
 * a rate, a share, points of 100). It is false for
 * - the year, the kind and the grade (not quantities);
 * - the mid-year adjustment and its rate: a cut is negative and an increase positive, and
 *   reports print the rate of a cut with or without its sign, so "highest" mixes the two;
 * - counts of indicators and of problems: they count what a report chose to list, so more is
 *   neither more work nor worse work. They are shown, never ranked.
 * Ranks are only ever drawn among reports of the same kind (extremes.ts).
 */
import { formatAmount, formatPercent, formatPoints, NOT_REPORTED, MONEY_UNIT } from '../format/number.ts';
import type { Lang } from '../format/lang.ts';

export type MeasureKind = 'amount' | 'pct' | 'points' | 'count' | 'year' | 'kind' | 'grade';

export interface Measure {
  key: MeasureKey;
  label_zh: string;
  label_en: string;
  kind: MeasureKind;
  /** Whether highest / lowest means something (see above); ranked only among the same kind */
  ranked: boolean;
}

export const MEASURE_KEYS = [
  'fiscal_year', 'kind', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'budget_adjustment_wan',
  'budget_adjustment_rate_pct', 'basic_share_pct', 'project_share_pct', 'self_score', 'grade',
  'indicators_listed', 'indicators_met', 'indicators_not_met', 'indicators_not_assessed',
  'indicators_stated', 'problems',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

const m = (key: MeasureKey, label_zh: string, label_en: string, kind: MeasureKind, ranked: boolean): Measure => ({ key, label_zh, label_en, kind, ranked });

export const MEASURES: readonly Measure[] = [
  m('fiscal_year', '财政年度', 'Fiscal year', 'year', false),
  m('kind', '报告类型', 'Report kind', 'kind', false),
  m('budget_final_wan', `调整后预算（${MONEY_UNIT.zh}）`, `Final budget (${MONEY_UNIT.en})`, 'amount', true),
  m('spent_wan', `实际支出（${MONEY_UNIT.zh}）`, `Spent (${MONEY_UNIT.en})`, 'amount', true),
  m('execution_rate_pct', '预算执行率', 'Execution rate', 'pct', true),
  m('budget_adjustment_wan', `年中调整（${MONEY_UNIT.zh}）`, `Mid-year adjustment (${MONEY_UNIT.en})`, 'amount', false),
  m('budget_adjustment_rate_pct', '预算调整率', 'Adjustment rate', 'pct', false),
  m('basic_share_pct', '基本支出占比', 'Basic spending share', 'pct', true),
  m('project_share_pct', '项目支出占比', 'Project spending share', 'pct', true),
  m('self_score', '自评得分', 'Self score', 'points', true),
  m('grade', '自评等级', 'Grade', 'grade', false),
  m('indicators_listed', '列出的绩效指标', 'Indicators listed', 'count', false),
  m('indicators_met', '其中：达成', 'of which met', 'count', false),
  m('indicators_not_met', '其中：未达成', 'of which not met', 'count', false),
  m('indicators_not_assessed', '其中：未判定（无结果、无法辨认或无目标）', 'of which not assessed (no result, illegible or no target)', 'count', false),
  m('indicators_stated', '报告文字所述（达标 / 总数）', 'As the report’s text states (met / total)', 'count', false),
  m('problems', '列出的问题数', 'Problems listed', 'count', false),
];

/** One report's values, keyed by measure: decimal strings or text, null = not reported. */
export type MeasureValues = Partial<Record<MeasureKey, string | null>>;

/** The words for kinds and grades in the page's language (the message tables have them). */
export interface MeasureWords {
  kind: Record<'department' | 'project', string>;
  grade: Record<string, string>;
}

/** A value as a table cell shows it. */
export function showMeasure(measure: Measure, value: string | null | undefined, lang: Lang, words: MeasureWords): string {
  if (value == null) return NOT_REPORTED[lang];
  switch (measure.kind) {
    case 'amount': return formatAmount(value, lang);
    case 'pct': return formatPercent(value, lang);
    case 'points': return formatPoints(value, lang);
    case 'count':
    case 'year': return value;
    case 'kind': return value === 'project' ? words.kind.project : words.kind.department;
    case 'grade': return words.grade[value] ?? value;
  }
}

/**
 * One column of the comparison: a department and the report it is compared by, with the
 * values of every measure. The build writes one per department (`/data/compare/<id>.json`,
 * docs/data-contract.md); department pages render theirs; the comparison script fetches the
 * chosen ones.
 */
export interface CompareColumn {
  department: {
    id: string;
    name_zh: string;
    name_en: string;
    short_name_zh: string;
    short_name_en: string;
    level: 'district' | 'city';
    province_zh: string;
    city_zh: string;
  };
  /** The department's latest report (a department-wide one before a project one of the same year) */
  report: { id: string; fiscal_year: number; kind: 'department' | 'project'; project_name: string | null } | null;
  values: MeasureValues;
  /** Measures whose value is computed from the report's other figures, not printed */
  computed: MeasureKey[];
}

/**
 * A department in a province's list for the chooser (`/data/compare/provinces/<code>.json`):
 * [id, Chinese short name, English short name, city, level (0 district, 1 city), latest year (0: none), latest kind ("department", "project" or "")].
 */
export type ProvinceDepartment = [id: string, short_zh: string, short_en: string, city: string, level: 0 | 1, year: number, kind: string];
