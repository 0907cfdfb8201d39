/**
 * The one helper for department names (src/lib/format/names.ts), used by tables, charts and
 * search. Expectations are read off the registry's English names by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { departmentName, departmentShortName, departmentShortNames, placeEn, shortNameEn } from '../../src/lib/format/names.ts';

const registry = Papa.parse<Record<string, string>>(readFileSync(join(import.meta.dirname, '../../data/departments.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('English place and short name', () => {
  it('of the real departments', () => {
    expect(Object.fromEntries(registry.map((d) => [d.id, [placeEn(d.name_en!), shortNameEn(d.name_en!)]]))).toEqual({
      'guangzhou-baiyun': ['Baiyun District, Guangzhou', 'Baiyun District'],
      'guangzhou-liwan': ['Liwan District, Guangzhou', 'Liwan District'],
      'guangzhou-panyu': ['Panyu District, Guangzhou', 'Panyu District'],
      jiangmen: ['Jiangmen', 'Jiangmen'],
      'shenzhen-pingshan': ['Pingshan District, Shenzhen', 'Pingshan District'],
    });
  });

  it.each([
    ['Investment Promotion Centre of Xinmin City, Shenyang', 'Xinmin City, Shenyang', 'Xinmin City'],
    ['Investment Promotion Bureau of Anji County', 'Anji County', 'Anji County'],
    ['Commerce and Investment Promotion Bureau of Ejin Horo Banner, Ordos', 'Ejin Horo Banner, Ordos', 'Ejin Horo Banner'],
    ['Shenzhen Municipal Bureau of Commerce', 'Shenzhen', 'Shenzhen'],
    ['Zhuhai City Investment Promotion Centre', 'Zhuhai', 'Zhuhai'],
  ])('reads the structure of "%s", not one wording', (name, place, short) => {
    expect(placeEn(name)).toBe(place);
    expect(shortNameEn(name)).toBe(short);
  });

  it('keeps a name of another form whole rather than guess', () => {
    expect(placeEn('Bureau for Investment')).toBe('Bureau for Investment');
    expect(shortNameEn('Bureau for Investment')).toBe('Bureau for Investment');
  });
});

describe('a department in the page language', () => {
  const baiyun = registry.find((d) => d.id === 'guangzhou-baiyun')! as { name_zh: string; name_en: string; short_name_zh: string };
  it('full and short names', () => {
    expect(departmentName(baiyun, 'zh')).toBe('广州市白云区投资促进局');
    expect(departmentName(baiyun, 'en')).toBe('Investment Promotion Bureau of Baiyun District, Guangzhou');
    expect(departmentShortName(baiyun, 'zh')).toBe('白云区投促局');
    expect(departmentShortName(baiyun, 'en')).toBe('Baiyun District');
    expect(departmentShortNames(baiyun)).toEqual({ zh: '白云区投促局', en: 'Baiyun District' });
  });
});
