/**
 * The one helper for a department's names as the site shows them: the full name, the short
 * name of tables and charts, and the English place a search is made by. The registry
 * (data/departments.csv) has a Chinese short name but no English one, so the English short
 * name is read off the structure of the registry's English name:
 *
 * - "<place> Municipal|City <bureau>" ("Jiangmen Municipal Investment Promotion Bureau"): "Jiangmen";
 * - "<bureau> of <place>[, <city>]" ("Investment Promotion Bureau of Baiyun District, Guangzhou"):
 *   the place is "Baiyun District, Guangzhou", the short name "Baiyun District";
 * - any other form: the full name, never a guess.
 *
 * Pure string work on the registry row: runs in the browser (the search worker) as at build time.
 */
import type { Lang, Texts } from './lang.ts';

/** The registry fields the names come from (a `Department` has them). */
export interface NamedDepartment {
  name_zh: string;
  name_en: string;
  short_name_zh: string;
}

/** The place an English name is about: "Baiyun District, Guangzhou" → place and city. */
function englishPlace(nameEn: string): { place: string; city: string | null } | null {
  // "Shenzhen Municipal Bureau of Commerce": the place leads, before Municipal/City.
  const municipal = /^(.+?) (?:Municipal|City) /u.exec(nameEn)?.[1];
  if (municipal && !municipal.includes(' of ') && !municipal.includes(',')) return { place: municipal, city: null };
  const of = nameEn.lastIndexOf(' of ');
  if (of < 0) return null;
  const [place = '', city = ''] = nameEn.slice(of + 4).split(',').map((s) => s.trim());
  return place ? { place, city: city || null } : null;
}

/** "…of Baiyun District, Guangzhou" → "Baiyun District, Guangzhou"; "Jiangmen Municipal …" → "Jiangmen"; else the name. */
export function placeEn(nameEn: string): string {
  const p = englishPlace(nameEn);
  if (!p) return nameEn;
  return p.city ? `${p.place}, ${p.city}` : p.place;
}

/** "…of Baiyun District, Guangzhou" → "Baiyun District"; "Jiangmen Municipal …" → "Jiangmen"; else the name. */
export function shortNameEn(nameEn: string): string {
  return englishPlace(nameEn)?.place ?? nameEn;
}

/** The full name: "广州市白云区投资促进局" / "Investment Promotion Bureau of Baiyun District, Guangzhou". */
export function departmentName(d: NamedDepartment, lang: Lang): string {
  return lang === 'zh' ? d.name_zh : d.name_en;
}

/** The short name of tables, charts and breadcrumbs: "白云区投促局" / "Baiyun District". */
export function departmentShortName(d: NamedDepartment, lang: Lang): string {
  return lang === 'zh' ? d.short_name_zh : shortNameEn(d.name_en);
}

/** Both short names, for prepared chart data that serves both languages. */
export function departmentShortNames(d: NamedDepartment): Texts {
  return { zh: d.short_name_zh, en: shortNameEn(d.name_en) };
}
