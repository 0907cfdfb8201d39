/**
 * The benchmark's query set, drawn from the data set itself so every size has answers:
 * for three departments their place name in Chinese, the full Chinese name, pinyin, English,
 * a pinyin typo, traditional characters and place + year; then indicator words and a generic
 * word. Each query names the results a reader expects (departments and reports by id), so
 * both engines' top 10 can be scored the same way.
 */
import * as OpenCC from 'opencc-js';
import type { SiteData } from '../../src/lib/data/model.ts';
import { pinyinForms } from '../../src/lib/search/build-index.ts';
import { placeEn } from '../../src/lib/format/names.ts';
import { Random } from '../synth/random.ts';

export type QueryKind = 'chinese' | 'chinese-full' | 'pinyin' | 'english' | 'typo' | 'traditional' | 'report' | 'indicator' | 'generic'
  // Full text: a word of two or four Han characters, a phrase from a problem or a measure, English words.
  | 'text-2' | 'text-4' | 'text-problem' | 'text-measure' | 'text-english';

/** The full-text kinds: scored for relevance on their own, and in a held-back set. */
export const TEXT_KINDS: readonly QueryKind[] = ['text-2', 'text-4', 'text-problem', 'text-measure', 'text-english'];

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  /** Ids (department or report) a good engine shows in its top 10 */
  expected: string[];
  /** How many of the expected a perfect top 10 holds */
  ideal: number;
  /** Full-text queries: 'tuning' (looked at while building the engine) or 'held-back' (not) */
  set?: 'tuning' | 'held-back';
}

/** A report's texts as a reader could search them: the verbatim source and the published record. */
export interface ReportTexts {
  id: string;
  /** The source text and the record's texts (JSON of the report, its indicators and budget lines) */
  text: string;
  /** English names of the department, pinyin of its place, and the year (what English queries name) */
  english: string;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * Full-text queries drawn from the corpus with a seeded generator, and the reports expected
 * for each, found by plain substring search over every report's texts (not by either engine):
 * a Han word of two and of four characters from a random line of a random report, a phrase of
 * six to nine characters from one of its problems and one of its measures, and English: a
 * department's English place name with a year. Two sets with different seeds: one looked at
 * while building the engine, one held back for the final figure.
 */
export function textQueries(data: SiteData, texts: readonly ReportTexts[], seed: number): BenchQuery[] {
  const out: BenchQuery[] = [];
  const lowered = new Map<ReportTexts, string>();
  const lower = (t: ReportTexts) => {
    let l = lowered.get(t);
    if (l === undefined) {
      l = `${t.english} ${t.text}`.toLowerCase();
      lowered.set(t, l);
    }
    return l;
  };
  // Han: the phrase anywhere; English: each word at the start of a word (acheng is not in Dacheng).
  const expectedOf = (q: string, field: 'text' | 'english' = 'text') => {
    if (field === 'text') return texts.filter((t) => t.text.includes(q)).map((t) => t.id).sort();
    const words = q.toLowerCase().split(' ').map((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w}`, 'u'));
    return texts.filter((t) => words.every((w) => w.test(lower(t)))).map((t) => t.id).sort();
  };
  const add = (q: string, kind: QueryKind, set: 'tuning' | 'held-back', field: 'text' | 'english' = 'text') => {
    if (!q || out.some((x) => x.q === q)) return;
    const expected = expectedOf(q, field);
    if (expected.length > 0) out.push({ q, kind, expected, ideal: Math.min(10, expected.length), set });
  };
  const byId = new Map(data.reports.map((r) => [r.id, r]));
  for (const [set, s] of [['tuning', seed * 7919 + 1], ['held-back', seed * 7919 + 2]] as const) {
    const rnd = new Random(s);
    for (let k = 0; k < 2; k++) {
      const t = rnd.pick(texts);
      const runs = [...t.text.matchAll(HAN_RUN)].map((m) => m[0]).filter((r) => r.length >= 4);
      const run = rnd.pick(runs);
      const at2 = rnd.int(0, run.length - 2);
      add(run.slice(at2, at2 + 2), 'text-2', set);
      const at4 = rnd.int(0, run.length - 4);
      add(run.slice(at4, at4 + 4), 'text-4', set);
    }
    for (const [kind, list] of [['text-problem', 'problems'], ['text-measure', 'measures']] as const) {
      for (let k = 0; k < 2; k++) {
        const withList = data.reports.filter((r) => r[list].length > 0);
        const sentence = rnd.pick(rnd.pick(withList)[list]).text;
        const runs = [...sentence.matchAll(HAN_RUN)].map((m) => m[0]).filter((r) => r.length >= 6);
        if (runs.length === 0) continue;
        const run = rnd.pick(runs);
        const len = rnd.int(6, Math.min(9, run.length));
        const at = rnd.int(0, run.length - len);
        add(run.slice(at, at + len), kind, set);
      }
    }
    for (let k = 0; k < 2; k++) {
      const t = rnd.pick(texts);
      const r = byId.get(t.id);
      const d = data.departments.find((x) => x.id === r?.department_id);
      if (!r || !d) continue;
      add(`${placeEn(d.name_en).split(',')[0]!.replace(/ (District|County|City|Banner)$/u, '').toLowerCase()} ${r.fiscal_year}`, 'text-english', set, 'english');
    }
  }
  return out;
}

const bare = (s: string) => s.replace(/(自治县|自治旗|[市区县旗])$/u, '');

/** A department's own place name (白云区, or 江门市 for a city). */
function placeOf(d: SiteData['departments'][number]): string {
  if (d.level === 'city') return d.city_zh;
  return /([^市]+?(?:区|县|旗|市))/u.exec(d.name_zh.replace(d.province_zh, '').replace(d.city_zh, ''))?.[1] ?? d.city_zh;
}

/** A typo: the second-to-last letter dropped ("baiyun" → "baiyn"). */
export function typo(word: string): string {
  return word.length < 5 ? word : word.slice(0, -2) + word.slice(-1);
}

export function benchQueries(data: SiteData, seed = 1): BenchQuery[] {
  const reportsOf = new Map<string, string[]>();
  for (const r of data.reports) reportsOf.set(r.department_id, [...(reportsOf.get(r.department_id) ?? []), r.id]);
  // Departments whose bare place name is unambiguous (two characters or more, no other
  // department shares it), so "the expected results" are well defined.
  const count = new Map<string, number>();
  for (const d of data.departments) count.set(bare(placeOf(d)), (count.get(bare(placeOf(d))) ?? 0) + 1);
  const clear = data.departments.filter((d) => {
    const b = bare(placeOf(d));
    return b.length >= 2 && count.get(b) === 1 && (reportsOf.get(d.id)?.length ?? 0) > 0 && /^[a-z]+$/u.test(pinyinForms(b)[0] ?? '') && (pinyinForms(b)[0]?.length ?? 0) >= 5;
  });
  const rnd = new Random(seed);
  const preferred = clear.find((d) => d.id === 'guangzhou-baiyun');
  const cities = clear.filter((d) => d.level === 'city' && d.city_zh.endsWith('市'));
  const districts = clear.filter((d) => d.level === 'district' && d !== preferred);
  const picked = [preferred ?? rnd.pick(districts), rnd.pick(districts.filter((d) => d !== preferred)), cities.length > 0 ? rnd.pick(cities) : rnd.pick(districts)].filter((d, i, a) => d && a.indexOf(d) === i);
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });

  const queries: BenchQuery[] = [];
  for (const d of picked) {
    const reports = reportsOf.get(d.id) ?? [];
    const expected = [d.id, ...reports];
    const ideal = Math.min(10, expected.length);
    const place = bare(placeOf(d));
    const py = pinyinForms(place)[0]!;
    const en = placeEn(d.name_en).split(',')[0]!;
    queries.push({ q: place, kind: 'chinese', expected, ideal });
    queries.push({ q: d.name_zh, kind: 'chinese-full', expected, ideal });
    queries.push({ q: py, kind: 'pinyin', expected, ideal });
    queries.push({ q: en, kind: 'english', expected, ideal });
    queries.push({ q: typo(py), kind: 'typo', expected, ideal });
    const trad = toTrad(place);
    if (trad !== place) queries.push({ q: trad, kind: 'traditional', expected, ideal });
    const latest = data.reports.filter((r) => r.department_id === d.id).sort((a, b) => b.fiscal_year - a.fiscal_year)[0];
    if (latest) {
      const ofYear = data.reports.filter((r) => r.department_id === d.id && r.fiscal_year === latest.fiscal_year).map((r) => r.id);
      queries.push({ q: `${place} ${latest.fiscal_year}`, kind: 'report', expected: ofYear, ideal: Math.min(10, ofYear.length) });
    }
  }
  for (const word of ['满意度', '招商推介']) {
    const names = new Set(data.indicators.filter((i) => i.name.includes(word)).map((i) => i.report_id));
    if (names.size > 0) queries.push({ q: word, kind: 'indicator', expected: [...names].sort(), ideal: Math.min(10, names.size) });
  }
  queries.push({ q: '投促局', kind: 'generic', expected: data.departments.map((d) => d.id), ideal: Math.min(10, data.departments.length) });
  return queries;
}

/** The department or report a result link leads to (search results, Pagefind URLs), or null. */
export function resultId(url: string): string | null {
  const path = url.replace(/^https?:\/\/[^/]+/u, '').replace(/[?#].*$/u, '');
  const m = /\/(departments|reports|sources)\/([a-z0-9-]+)\/(?:index\.html)?$/u.exec(path);
  return m?.[2] ?? null;
}

/** Share of the ideal number of expected results found in a top 10 (distinct ids, in order). */
export function relevance(query: BenchQuery, urls: readonly string[]): { found: number; score: number } {
  const ids: string[] = [];
  for (const u of urls) {
    const id = resultId(u);
    if (id !== null && !ids.includes(id)) ids.push(id);
    if (ids.length === 10) break;
  }
  const expected = new Set(query.expected);
  const found = ids.filter((id) => expected.has(id)).length;
  return { found, score: query.ideal === 0 ? 1 : Math.min(1, found / query.ideal) };
}
