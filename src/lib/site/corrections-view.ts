/**
 * The report page's record of corrections: the report's corrections (src/lib/data/history.ts)
 * grouped by the commit that made them, newest first, with each field named in the page's
 * language. Nothing here decides what a correction is; it only finds, groups and names.
 */
import type { Correction, SiteData, Unavailable } from '../data/model.ts';
import { siteData } from './data.ts';
import { t, type Lang } from './i18n.ts';

export interface CorrectionGroup {
  commit: string;
  date: string;
  reason: string;
  changes: Correction[];
}

export interface ReportCorrections {
  /** null when the history was read; else why it could not be */
  unavailable: Unavailable | null;
  firstPublished: string | null;
  groups: CorrectionGroup[];
}

const cache = new WeakMap<SiteData, Map<string, Correction[]>>();

export function reportCorrections(id: string, data: SiteData = siteData): ReportCorrections {
  // Data built before the record of corrections existed has no history: it was not read.
  const h = (data.history ?? []).find((x) => x.report_id === id);
  if (!h || h.unavailable !== null) return { unavailable: h?.unavailable ?? 'no-git', firstPublished: null, groups: [] };
  let byReport = cache.get(data);
  if (!byReport) {
    byReport = new Map();
    for (const c of data.corrections) {
      const list = byReport.get(c.report_id);
      if (list) list.push(c);
      else byReport.set(c.report_id, [c]);
    }
    cache.set(data, byReport);
  }
  const groups: CorrectionGroup[] = [];
  for (const c of byReport.get(id) ?? []) {
    const last = groups.at(-1);
    if (last?.commit === c.commit) last.changes.push(c);
    else groups.push({ commit: c.commit, date: c.date, reason: c.reason, changes: [c] });
  }
  return { unavailable: null, firstPublished: h.first_published, groups: groups.reverse() };
}

/**
 * A field path (`figures.spent_wan.printed`, `tasks[2].goal`, `indicators.actual_text`) in
 * words of the page's language: each part by its label, an element of a list by its number,
 * a translation as its original's label marked English.
 */
export function fieldLabel(field: string, lang: Lang): string {
  const m = t(lang);
  const c = m.corrections;
  const part = (p: string): string => {
    const en = p.endsWith('_en');
    const base = en ? p.slice(0, -3) : p;
    const label = c.fields[base] ?? (m.figure as Record<string, string>)[base] ?? base.replace(/_/gu, ' ');
    return en ? `${label}${c.english}` : label;
  };
  return field.split('.').map((seg) => {
    const at = /^(.*)\[(\d+)\]$/u.exec(seg);
    return at?.[1] !== undefined && at[2] !== undefined ? `${part(at[1])} ${c.item(Number(at[2]) + 1)}` : part(seg);
  }).join(' · ');
}

/** The language a value or reason is in, where it differs from the page's: Chinese on an English page, English on a Chinese one. */
export function textLang(text: string, lang: Lang): 'zh-CN' | 'en' | undefined {
  const han = /\p{Script=Han}/u.test(text);
  if (lang === 'en') return han ? 'zh-CN' : undefined;
  return !han && /[A-Za-z]{2,}/u.test(text) ? 'en' : undefined;
}
