/**
 * What the comparison needs from the data at build time: a column per department (the files
 * `/data/compare/<department id>.json`), the departments of each province for the chooser
 * (`/data/compare/provinces/<code>.json`), the province list the page carries, and a
 * department page's ready-made comparison with its peers.
 */
import type { Department } from '../data/model.ts';
import { allDepartments, getDepartment, reportsOf } from './data.ts';
import { compareColumn, latestReport, peerColumns } from '../compare/model.ts';
import type { CompareColumn, ProvinceDepartment } from '../compare/measures.ts';
import { shortNameEn } from '../format/names.ts';

/** The province a department belongs to, by the first two digits of its GB/T 2260 code. */
const provinceCode = (d: Pick<Department, 'admin_code'>): string => d.admin_code.slice(0, 2);

export function departmentColumn(id: string): CompareColumn {
  return compareColumn(getDepartment(id), reportsOf(id));
}

/** A province of the chooser: its Chinese name, and its English one where the registry or glossary gives it. */
export interface ProvinceChoice { code: string; name: string; name_en: string | null; departments: number }

/** The provinces, in code order, with their number of departments. */
export function provinceChoices(departments: readonly Department[] = allDepartments()): ProvinceChoice[] {
  const map = new Map<string, ProvinceChoice>();
  for (const d of departments) {
    const code = provinceCode(d);
    const p = map.get(code) ?? { code, name: d.province_zh, name_en: d.province_en ?? null, departments: 0 };
    p.departments++;
    map.set(code, p);
  }
  return [...map.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** A province's departments for the chooser, by city then id (the row is described with its type). */
export function provinceDepartments(code: string): ProvinceDepartment[] {
  return allDepartments()
    .filter((d) => provinceCode(d) === code)
    .sort((a, b) => a.city_zh.localeCompare(b.city_zh, 'zh') || a.id.localeCompare(b.id))
    .map((d) => {
      const r = latestReport(reportsOf(d.id));
      return [d.id, d.short_name_zh, shortNameEn(d.name_en), d.city_zh, d.level === 'city' ? 1 : 0, r?.fiscal_year ?? 0, r?.kind ?? ''];
    });
}

const peersOf = new WeakMap<Department, { self: CompareColumn; peers: CompareColumn[] }>();

/** A department page's comparison: itself and up to three peers (src/lib/compare/model.ts). */
export function departmentPeers(d: Department): { self: CompareColumn; peers: CompareColumn[] } {
  // The same in both languages, and each choice weighs every department: chosen once.
  let peers = peersOf.get(d);
  if (!peers) peersOf.set(d, (peers = peerColumns(d, allDepartments(), (id) => reportsOf(id))));
  return peers;
}
