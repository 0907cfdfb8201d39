/**
 * Names and labels of records in the page's language. A department's names come from the one
 * helper, src/lib/format/names.ts (re-exported here for the pages). Report content itself is not
 * translated: English pages use the departments' English names and otherwise show the Chinese
 * as printed.
 */
import type { Department, Report } from '../data/model.ts';
import { t, type Lang } from './i18n.ts';

export { departmentName, departmentShortName } from '../format/names.ts';

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

/** `lang` attribute for Chinese report content: set on English pages only. */
export function zhContent(lang: Lang): 'zh-CN' | undefined {
  return lang === 'en' ? 'zh-CN' : undefined;
}
