/**
 * Labels and values several charts share: what a report is called in a chart, and which
 * execution rate it has.
 */
import type { Decimal } from '../data/numbers.ts';
import type { Department, Report } from '../data/model.ts';
import { NOT_REPORTED, formatPercent } from '../format/number.ts';
import { departmentShortNames } from '../format/names.ts';
import type { Lang, Texts } from './types.ts';

/** An execution rate and where it comes from. */
export interface RateValue {
  value: Decimal;
  /** 'printed': the report states it; 'computed': spent ÷ final budget, worked out by the build. */
  basis: 'printed' | 'computed';
}

/**
 * The report's printed execution rate, else the one the build computed from spent and final
 * budget, else null (not reported, and not computable). Never 0 for "unknown".
 */
export function executionRate(report: Report): RateValue | null {
  const printed = report.figures.execution_rate_pct?.value;
  if (printed !== undefined) return { value: printed, basis: 'printed' };
  if (report.execution_rate_computed_pct !== null) return { value: report.execution_rate_computed_pct, basis: 'computed' };
  return null;
}

// The registry indexed once per list: every chart of every page names its department.
const indexes = new WeakMap<readonly Department[], Map<string, Department>>();
function byId(departments: readonly Department[]): Map<string, Department> {
  let index = indexes.get(departments);
  if (!index) indexes.set(departments, (index = new Map(departments.map((d) => [d.id, d]))));
  return index;
}

/** The department's short names (src/lib/format/names.ts); the department id if the registry does not know it. */
export function departmentLabel(departmentId: string, departments: readonly Department[]): Texts {
  const d = byId(departments).get(departmentId);
  return d ? departmentShortNames(d) : { zh: departmentId, en: departmentId };
}

/**
 * A report in a chart: department short name and fiscal year, plus the project for a
 * project report ("坪山区投推署 2021 · 招商引资"); in English the project's translation, else
 * its Chinese name.
 */
export function reportLabel(report: Report, departments: readonly Department[]): Texts {
  const dept = departmentLabel(report.department_id, departments);
  const project = (name: string | null | undefined) => (report.kind === 'project' && name ? ` · ${name}` : '');
  return { zh: `${dept.zh} ${report.fiscal_year}${project(report.project_name)}`, en: `${dept.en} ${report.fiscal_year}${project(report.project_name_en ?? report.project_name)}` };
}

/** "96.05%", "96.05%（计算值）" / "96.05% (computed)", or "未报告" / "not reported". */
export function formatRate(rate: RateValue | null, lang: Lang): string {
  if (!rate) return NOT_REPORTED[lang];
  const mark = rate.basis === 'computed' ? (lang === 'zh' ? '（计算值）' : ' (computed)') : '';
  return `${formatPercent(rate.value, lang)}${mark}`;
}
