/**
 * Builds the search payload at build time: departments (names, aliases, English, pinyin from
 * pinyin-pro), reports (a few numbers each: their department carries the words) and the
 * distinct indicator names with their first rows — never long narrative text — and the
 * traditional-character variants (opencc-js) of the characters used. See types.ts for the
 * wire format and wire.ts for how the browser expands it.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Indicator, SiteData } from '../data/model.ts';
import { assessIndicator, type IndicatorStatus } from '../data/status.ts';
import { expandPayload, indicatorRowRecords } from './wire.ts';
import type { SearchPayload, SearchRecord, WireDepartment, WireIndicatorName, WireReport } from './types.ts';

/** Rows listed per indicator name: search shows where a name occurs, newest first, not all 15,000 times. */
const ROWS_PER_INDICATOR_NAME = 20;
/** A row's status in the payload (src/lib/data/status.ts decides it); +4 marks an illegible row. */
const STATUS_CODE: Record<IndicatorStatus, number> = { not_met: 0, met: 1, not_assessed: 2 };

/** "白云区" → ["baiyunqu", "bai yun qu", "byq"] */
export function pinyinForms(zh: string): string[] {
  const spaced = pinyinSpaced(zh);
  if (!spaced) return [];
  const syllables = spaced.split(' ');
  return [syllables.join(''), spaced, syllables.map((s) => s[0]).join('')];
}

/** "白云区" → "bai yun qu" (Han characters only; ü as v) */
function pinyinSpaced(zh: string): string {
  const han = zh.replace(/[^\u4e00-\u9fff]/gu, '');
  if (!han) return '';
  return pinyin(han, { toneType: 'none', type: 'array', v: true }).join(' ');
}

/** The district of a department from its name: "广州市白云区投资促进局" → 白云区. */
function districtOf(d: SiteData['departments'][number]): string {
  if (d.level !== 'district') return '';
  return /([^市]+区|[^市]+县)/u.exec(d.name_zh.replace(d.city_zh, ''))?.[1] ?? '';
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The payload without the character map (see buildSearchPayload). */
function encode(data: SiteData): Omit<SearchPayload, 't2s'> {
  const departments = [...data.departments].sort((a, b) => byId(a.id, b.id));
  const deptIndex = new Map(departments.map((d, i) => [d.id, i]));
  const wireDepartments: WireDepartment[] = departments.map((d) => {
    const district = districtOf(d);
    const place = district || d.city_zh;
    const pinyinField = [pinyinSpaced(place), district ? pinyinSpaced(d.city_zh) : ''].filter(Boolean).join('|');
    return [d.id, d.name_zh, d.short_name_zh, d.name_en, d.level === 'city' ? 1 : 0, d.admin_code, d.province_zh, d.city_zh, district, d.aliases.join('|'), pinyinField];
  });

  const reports = [...data.reports].sort((a, b) => byId(a.id, b.id));
  const reportIndex = new Map(reports.map((r, i) => [r.id, i]));
  const wireReports: WireReport[] = reports.map((r) => {
    const kind = r.kind === 'project' ? 1 : 0;
    const natural = `${r.department_id}-${r.fiscal_year}-${r.kind}`;
    return [deptIndex.get(r.department_id) ?? 0, r.fiscal_year, kind, r.project_name ?? '', r.id === natural ? '' : r.id];
  });

  // Indicator names: scoring-table rows are reached through their report.
  const year = new Map(reports.map((r) => [r.id, r.fiscal_year]));
  const byName = new Map<string, Indicator[]>();
  for (const i of data.indicators) {
    if (i.weight !== null) continue;
    const list = byName.get(i.name);
    if (list) list.push(i);
    else byName.set(i.name, [i]);
  }
  const wireIndicators: WireIndicatorName[] = [...byName].sort(([a], [b]) => byId(a, b)).map(([name, rows]) => {
    const newest = [...rows].sort((a, b) => (year.get(b.report_id) ?? 0) - (year.get(a.report_id) ?? 0) || byId(a.report_id, b.report_id) || a.index - b.index);
    const flat = newest.slice(0, ROWS_PER_INDICATOR_NAME).flatMap((i) => [reportIndex.get(i.report_id) ?? 0, i.index, STATUS_CODE[assessIndicator(i).status] + (i.legible ? 0 : 4)]);
    return [name, rows.length, flat];
  });
  return { v: 2, departments: wireDepartments, reports: wireReports, indicators: wireIndicators };
}

/** Maps every traditional variant of a character used in the index to that character. */
export function traditionalMap(records: readonly SearchRecord[]): Record<string, string> {
  const toTrad = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' }), OpenCC.Converter({ from: 'cn', to: 't' })];
  const chars = new Set<string>();
  for (const r of records) for (const s of [r.name, ...r.alt, ...r.context]) for (const c of s) if (/[\u4e00-\u9fff]/u.test(c)) chars.add(c);
  const map: Record<string, string> = {};
  for (const c of [...chars].sort()) {
    for (const conv of toTrad) {
      const t = conv(c);
      if (t !== c && [...t].length === 1 && !chars.has(t)) map[t] = c;
    }
  }
  return map;
}

const cache = new WeakMap<SiteData, SearchPayload>();

/** The search payload of a data set (computed once per data set: several routes ask for it). */
export function buildSearchPayload(data: SiteData): SearchPayload {
  let payload = cache.get(data);
  if (!payload) {
    const encoded = encode(data);
    payload = { ...encoded, t2s: traditionalMap(expandPayload({ ...encoded, t2s: {} }).records) };
    cache.set(data, payload);
  }
  return payload;
}

/**
 * Every record search can return: departments, reports and the indicator rows listed per
 * name (up to ROWS_PER_INDICATOR_NAME each), as the browser expands them.
 */
export function buildSearchRecords(data: SiteData): SearchRecord[] {
  const x = expandPayload(buildSearchPayload(data));
  const rows = x.indicatorRows.flatMap((_, n) => indicatorRowRecords(x, n, ROWS_PER_INDICATOR_NAME));
  return [...x.records.slice(0, x.firstIndicator), ...rows];
}
