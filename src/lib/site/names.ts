/**
 * Names and labels of records in the page's language. Report content itself is not translated:
 * English pages use the departments' English names and otherwise show the Chinese as printed.
 */
import type { Department, Report } from '../data/model.ts';
import { t, type Lang } from './i18n.ts';

export function departmentName(d: Department, lang: Lang): string {
  return lang === 'zh' ? d.name_zh : d.name_en;
}

/** Short form for tables: the Chinese short name, or the English name. */
export function departmentShortName(d: Department, lang: Lang): string {
  return lang === 'zh' ? d.short_name_zh : d.name_en;
}

export function kindLabel(kind: Report['kind'], lang: Lang): string {
  return kind === 'project' ? t(lang).kindProject : t(lang).kindDepartment;
}

export function levelLabel(level: Department['level'], lang: Lang): string {
  return level === 'city' ? t(lang).levelCity : t(lang).levelDistrict;
}

/** "广东省广州市" — kept in Chinese on both pages (no official English form is in the data). */
export function regionLabel(d: Department): string {
  return d.province_zh + d.city_zh;
}

/** A report as a reader names it: department and fiscal year (and the project, if it is one). */
export function reportLabel(r: Report, d: Department, lang: Lang): string {
  const project = r.kind === 'project' && r.project_name ? (lang === 'zh' ? `（项目：${r.project_name}）` : ' (project report)') : '';
  return lang === 'zh' ? `${d.short_name_zh} ${r.fiscal_year} 年度${project}` : `${d.name_en}, ${r.fiscal_year}${project}`;
}

/** `lang` attribute for Chinese report content: set on English pages only. */
export function zhContent(lang: Lang): 'zh-CN' | undefined {
  return lang === 'en' ? 'zh-CN' : undefined;
}
