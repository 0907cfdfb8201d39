/**
 * Builds the search payload at build time: records for departments, reports and indicators
 * (never long narrative text), pinyin from pinyin-pro, traditional-character variants from
 * opencc-js, and the Fuse index pre-built so the browser only parses it.
 */
import Fuse from 'fuse.js';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { SiteData } from '../data/model.ts';
import { FUSE_OPTIONS } from './options.ts';
import { normaliseForSearch } from './normalise.ts';
import type { SearchPayload, SearchRecord } from './types.ts';

const KIND_ZH = { department: '部门整体支出', project: '项目支出' } as const;
const KIND_EN = { department: 'department-wide', project: 'project' } as const;

/** "白云区" → ["baiyunqu", "bai yun qu", "byq"] */
export function pinyinForms(zh: string): string[] {
  const han = zh.replace(/[^\u4e00-\u9fff]/gu, '');
  if (!han) return [];
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true });
  const initials = pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' });
  return [syllables.join(''), syllables.join(' '), initials.join('')];
}

/** Region words of a department: "广州市白云区" → 白云, 广州 (with and without 市/区/县). */
function regionWords(city: string, districtName: string | null): string[] {
  const bare = (s: string) => s.replace(/[市区县]$/u, '');
  return [city, bare(city), ...(districtName ? [districtName, bare(districtName)] : [])];
}

export function buildSearchRecords(data: SiteData): SearchRecord[] {
  const depts = new Map(data.departments.map((d) => [d.id, d]));
  const records: SearchRecord[] = [];
  for (const d of data.departments) {
    const district = d.level === 'district' ? (/([^市]+区|[^市]+县)/u.exec(d.name_zh.replace(d.city_zh, ''))?.[1] ?? null) : null;
    const regions = regionWords(d.city_zh, district);
    const placePinyin = regions.flatMap(pinyinForms);
    const bareDistrict = district?.replace(/[区县]$/u, '');
    records.push({
      kind: 'department',
      path: `departments/${d.id}/`,
      name: d.name_zh,
      alt: [d.short_name_zh, d.name_en, ...d.aliases, ...pinyinForms(bareDistrict ?? d.city_zh.replace(/市$/u, '')), ...placePinyin],
      context: [d.province_zh, ...regions],
      subtitle: `${d.province_zh}${d.city_zh}${d.level === 'district' ? ' · 区县级' : ' · 地级市'} · ${d.admin_code}`,
      subtitle_en: `${d.level === 'district' ? 'District' : 'Prefecture-level city'} · ${d.admin_code}`,
      name_en: d.name_en,
    });
  }
  for (const r of data.reports) {
    const d = depts.get(r.department_id);
    const place = d ? [d.short_name_zh, d.name_en, ...pinyinForms(d.short_name_zh.replace(/(投促局|投促中心|商务投促局|投推署)$/u, ''))] : [];
    records.push({
      kind: 'report',
      path: `reports/${r.id}/`,
      name: `${d?.short_name_zh ?? r.department_id} ${r.fiscal_year} 年${r.project_name ? `「${r.project_name}」` : ''}${KIND_ZH[r.kind]}绩效自评报告`,
      alt: [r.title, String(r.fiscal_year), ...place],
      context: [d?.name_zh ?? '', KIND_ZH[r.kind], KIND_EN[r.kind]],
      subtitle: `${d?.name_zh ?? ''} · ${r.fiscal_year} · ${KIND_ZH[r.kind]}`,
      subtitle_en: `${d?.name_en ?? ''} · ${r.fiscal_year} · ${KIND_EN[r.kind]} report`,
      name_en: d ? `${d.name_en}, ${r.fiscal_year} ${KIND_EN[r.kind]} self-evaluation` : null,
    });
  }
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  for (const i of data.indicators) {
    if (i.weight !== null) continue; // scoring-table rows are reached through their report
    const r = reports.get(i.report_id);
    const d = r ? depts.get(r.department_id) : undefined;
    const met = i.met === true ? '达标' : i.met === false ? '未达标' : '未评定';
    const metEn = i.met === true ? 'met' : i.met === false ? 'not met' : 'not assessed';
    records.push({
      kind: 'indicator',
      path: `reports/${i.report_id}/#indicator-${i.index}`,
      name: i.name,
      alt: [i.target_text ?? '', i.actual_text ?? ''].filter(Boolean),
      context: [i.task ?? '', d?.short_name_zh ?? '', String(r?.fiscal_year ?? ''), met],
      subtitle: `${d?.short_name_zh ?? ''} ${r?.fiscal_year ?? ''} · ${met}${i.legible ? '' : ' · 原文无法辨认'}`,
      subtitle_en: `${d?.name_en ?? ''} ${r?.fiscal_year ?? ''} · ${metEn}${i.legible ? '' : ' · illegible in source'}`,
      name_en: null,
    });
  }
  return records;
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

export function buildSearchPayload(data: SiteData): SearchPayload {
  const raw = buildSearchRecords(data);
  const t2s = traditionalMap(raw);
  const norm = (s: string) => normaliseForSearch(s);
  const records = raw.map((r) => ({ ...r, name: norm(r.name), alt: r.alt.map(norm), context: r.context.filter(Boolean).map(norm) }));
  const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], records).toJSON();
  return { records, index, t2s };
}
