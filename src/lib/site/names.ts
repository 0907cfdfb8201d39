/**
 * Names and labels of records in the page's language. A department's names come from the one
 * helper, src/lib/format/names.ts (re-exported here for the pages). Report texts are shown by
 * the Translated component, from their `_en` fields.
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

/** "广东省广州市", as Chinese pages show it and English pages give as the original. */
export function regionLabel(d: Department): string {
  return d.province_zh + d.city_zh;
}

/** "Guangzhou, Guangdong" from the registry's English region; null where it has none yet. */
export function regionLabelEn(d: Department): string | null {
  return d.city_en && d.province_en ? `${d.city_en}, ${d.province_en}` : null;
}

/** `lang` attribute for Chinese report content: set on English pages only. */
export function zhContent(lang: Lang): 'zh-CN' | undefined {
  return lang === 'en' ? 'zh-CN' : undefined;
}
