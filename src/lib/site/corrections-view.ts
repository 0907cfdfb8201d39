/**
 * The report page's record of corrections: the report's corrections (src/lib/data/history.ts)
 * grouped by the commit that made them, newest first, with each field named in the page's
 * language. Nothing here decides what a correction is; it only finds, groups and names.
 */
import type { Correction, ReportHistory, SiteData, Unavailable } from '../data/model.ts';
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

interface ByReport {
  history: Map<string, ReportHistory>;
  corrections: Map<string, Correction[]>;
}
// Indexed once per data set: a report page looks its report up by id, and a linear search per
// page made the 30,000 report pages of a 15,000-report build quadratic.
const cache = new WeakMap<SiteData, ByReport>();

function byReport(data: SiteData): ByReport {
  let index = cache.get(data);
  if (index) return index;
  index = {
    history: new Map((data.history ?? []).map((h) => [h.report_id, h])),
    corrections: Map.groupBy(data.corrections, (c) => c.report_id),
  };
  cache.set(data, index);
  return index;
}

export function reportCorrections(id: string, data: SiteData = siteData): ReportCorrections {
  const index = byReport(data);
  // Data built before the record of corrections existed has no history: it was not read.
  const h = index.history.get(id);
  if (!h || h.unavailable !== null) return { unavailable: h?.unavailable ?? 'no-git', firstPublished: null, groups: [] };
  const groups: CorrectionGroup[] = [];
  for (const c of index.corrections.get(id) ?? []) {
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
  const figures = m.figure as Record<string, string>;
  const part = (p: string, after: string | undefined): string => {
    const en = p.endsWith('_en');
    const base = en ? p.slice(0, -3) : p;
    // A figure's key is named as the figure is on the page; every other part by the field labels.
    const label = (after === 'figures' ? figures[base] : undefined) ?? c.fields[base] ?? figures[base] ?? base.replace(/_/gu, ' ');
    return en ? `${label}${c.english}` : label;
  };
  const segs = field.split('.');
  return segs.map((seg, i) => {
    const at = /^(.*)\[(\d+)\]$/u.exec(seg);
    const before = segs[i - 1];
    return at?.[1] !== undefined && at[2] !== undefined ? `${part(at[1], before)} ${c.item(Number(at[2]) + 1)}` : part(seg, before);
  }).join(' · ');
}

type TextLang = 'zh-CN' | 'en';

export interface LangRuns {
  /** The language of the whole text where it is not the page's */
  lang: TextLang | undefined;
  /** The text in runs; a run in the other script than the text's own carries its language */
  runs: { text: string; lang?: TextLang }[];
}

const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’（）《》…—]+/gu;
const LATIN_RUN = /[A-Za-z][\w'’-]*(?:[ ,.:;()/=+&-]+[A-Za-z0-9][\w'’-]*)*/gu;

/**
 * A value or reason as written, which may mix Chinese and English (a commit message quoting
 * the report, a note naming a term): the text's own language is the script most of it is in
 * (Han characters against English words), marked where it is not the page's, and every run of
 * the other script marked with its own, so each piece is read in its language.
 */
export function langRuns(text: string, page: Lang): LangRuns {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.match(/[A-Za-z]{2,}/gu) ?? []).length;
  const own: TextLang = han >= words ? 'zh-CN' : 'en';
  const other: TextLang = own === 'zh-CN' ? 'en' : 'zh-CN';
  const pattern = own === 'zh-CN' ? LATIN_RUN : HAN_RUN;
  const runs: LangRuns['runs'] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    // A Latin run must hold a word (not a lone letter such as the "m" of "万 m ²") to be English,
    // a Chinese one a Han character (not only punctuation both languages use, such as ’).
    if (!(own === 'zh-CN' ? /[A-Za-z]{2,}/u : /\p{Script=Han}/u).test(m[0])) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[0], lang: other });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return { lang: own === (page === 'zh' ? 'zh-CN' : 'en') ? undefined : own, runs };
}
