/**
 * Expands the compact search payload into search records. Runs in the browser (keep it free
 * of Node imports) and in the tests, so both search exactly the same records.
 */
import { isolate } from '../format/bidi.ts';
import { placeEn, shortNameEn } from '../format/names.ts';
import type { SearchPayload, SearchRecord, WireDepartment } from './types.ts';

const KIND_ZH = { department: '部门整体支出', project: '项目支出' } as const;
const KIND_EN = { department: 'department-wide', project: 'project' } as const;
const MET_ZH = ['未达标', '达标', '未评定'] as const;
const MET_EN = ['not met', 'met', 'not assessed'] as const;

/** "bai yun" → ["baiyun", "by"]: the joined syllables and their initials. */
function pinyinVariants(spaced: string): string[] {
  const syllables = spaced.split(' ').filter(Boolean);
  return syllables.length === 0 ? [] : [syllables.join(''), syllables.map((s) => s[0]).join('')];
}

const bare = (s: string) => s.replace(/[市区县]$/u, '');
const unique = (xs: readonly string[]) => [...new Set(xs.filter(Boolean))];

interface DepartmentParts {
  id: string;
  short: string;
  name_zh: string;
  name_en: string;
  /** Place words the department is found by: 白云区, 白云, 广州市, 广州 */
  places: string[];
  /** Its own place name as printed: 白云区 (江门市 for a city) */
  place: string;
  /** Pinyin of the place names, full and bare, joined and as initials: baiyunqu, byq, baiyun, by … */
  pinyin: string[];
  /** Pinyin of its own place name as printed (baiyunqu, byq): what its reports are found by */
  placePinyin: string[];
  /** Pinyin syllables, for the candidate keys only */
  syllables: string[];
  placeEn: string;
  /** The English short name, as tables and charts show it (Baiyun District) */
  shortEn: string;
  /** The words that name this department's own place exactly (白云区, 白云, baiyun, baiyun district …), to break ties */
  own: string[];
  /** Everything the department is called (names, aliases, places, pinyin): what full-text search finds its reports by */
  words: string[];
}

/** Pinyin variants of a place name, with and without its 市/区/县 (the last syllable). */
function placeVariants(zh: string, spaced: string): string[] {
  const syllables = spaced.split(' ').filter(Boolean);
  const bareForm = /[市区县]$/u.test(zh) && syllables.length > 1 ? syllables.slice(0, -1).join(' ') : '';
  return [...pinyinVariants(spaced), ...pinyinVariants(bareForm)];
}

function departmentParts(w: WireDepartment): DepartmentParts {
  const [id, name_zh, short, name_en, , , province, city, district, aliases, pinyin] = w;
  // Pinyin travels for the place itself first (the district, or the city), then the city.
  const [ownSpaced = '', citySpaced = ''] = pinyin.split('|');
  const place = district || city;
  const own = placeVariants(place, ownSpaced);
  const ofCity = district && citySpaced ? placeVariants(city, citySpaced) : [];
  return {
    id, short, name_zh, name_en, place,
    places: unique([district, bare(district), city, bare(city)]),
    pinyin: unique([...own, ...ofCity]),
    placePinyin: pinyinVariants(ownSpaced),
    // Without the 区/县/市 syllable every district shares ("qu"): the key of a place is its name.
    syllables: unique([[place, ownSpaced], [city, citySpaced]].flatMap(([zh, spaced]) => {
      const parts = (spaced ?? '').split(' ').filter(Boolean);
      return /[市区县]$/u.test(zh ?? '') && parts.length > 1 ? parts.slice(0, -1) : parts;
    })),
    placeEn: placeEn(name_en),
    shortEn: shortNameEn(name_en),
    own: unique([place, bare(place), ...own, shortNameEn(name_en)]),
    words: unique([name_zh, short, name_en, ...aliases.split('|'), province, city, district, ...own, ...ofCity]),
  };
}

/** The records of a payload, ready for Fuse, plus what the candidate keys need. */
export interface ExpandedRecords {
  records: SearchRecord[];
  /**
   * Per record, the strings whose keys narrow the candidates: its searched texts and pinyin
   * syllables (which Fuse does not score); a report's in parts, shared with its department's
   * other reports, so that the keys of a part are worked out once.
   */
  keyText: (readonly string[])[];
  /** Per record, lists of the words that name it exactly (its own place, a report's year), to break Fuse's ties; lists are shared */
  exactWords: (readonly string[])[][];
  /** Index of the first indicator-name record; records from here on are indicator names */
  firstIndicator: number;
  /** Index of the first report record (report r is record firstDepartmentOfReport + r) */
  firstDepartmentOfReport: number;
  /** Rows behind each indicator-name record (same order), expanded on demand */
  indicatorRows: { name: string; count: number; rows: number[] }[];
  /** The report records (same order as payload.reports), for the indicator rows' subtitles */
  reportIds: string[];
  departmentOfReport: DepartmentParts[];
  reportYears: number[];
}

/**
 * A report's search record, its texts made when first read: a data set of 15,000 reports
 * expands at once, and only the few hundred candidates of a query are ever read.
 * Searched by place, year, kind and project, and (weakly, as context) by the full name of
 * the department: a search for a place finds the department before its reports.
 */
class ReportRecord implements SearchRecord {
  readonly kind = 'report' as const;
  readonly path: string;
  constructor(private readonly d: DepartmentParts, private readonly year: number, private readonly k: 'department' | 'project', private readonly project: string, id: string) {
    this.path = `reports/${id}/`;
  }
  get name(): string {
    return `${this.d.place} ${this.year} 年${this.project ? `「${this.project}」` : ''}${KIND_ZH[this.k]}绩效自评报告`;
  }
  get alt(): string[] {
    return unique([String(this.year), this.d.placeEn, ...this.d.placePinyin]);
  }
  get context(): string[] {
    return unique([this.d.name_zh, KIND_ZH[this.k], KIND_EN[this.k]]);
  }
  get subtitle(): string {
    return `${this.d.name_zh} · ${this.year} · ${KIND_ZH[this.k]}`;
  }
  get subtitle_en(): string {
    return `${isolate(this.d.name_en)} · ${this.year} · ${KIND_EN[this.k]} report`;
  }
  get name_en(): string {
    return `${isolate(this.d.name_en)}, ${this.year} ${KIND_EN[this.k]} self-evaluation`;
  }
}

/** Builds the search records (as printed; the searcher normalises what it indexes). */
export function expandPayload(payload: SearchPayload): ExpandedRecords {
  const depts = payload.departments.map(departmentParts);
  const records: SearchRecord[] = [];
  const keyText: (readonly string[])[] = [];
  const exactWords: (readonly string[])[][] = [];
  payload.departments.forEach((w, i) => {
    const d = depts[i]!;
    const [, , , , level, code, province, city] = w;
    const aliases = w[9].split('|').filter(Boolean);
    records.push({
      kind: 'department',
      path: `departments/${d.id}/`,
      name: d.name_zh,
      alt: unique([d.short, d.name_en, ...aliases, ...d.pinyin]),
      context: unique([province, ...d.places]),
      subtitle: `${province}${city}${level === 0 ? ' · 区县级' : ' · 地级市'} · ${code}`,
      subtitle_en: `${level === 0 ? 'District' : 'Prefecture-level city'} · ${code}`,
      name_en: d.name_en,
    });
    const record = records.at(-1)!;
    keyText.push([record.name, ...record.alt, ...record.context, ...d.syllables]);
    exactWords.push([d.own]);
  });
  const firstDepartmentOfReport = records.length;
  const reportIds: string[] = [];
  const departmentOfReport: DepartmentParts[] = [];
  const reportYears: number[] = [];
  for (const [di, year, k, project, explicitId] of payload.reports) {
    const d = depts[di]!;
    const kind = k === 1 ? 'project' : 'department';
    const id = explicitId || `${d.id}-${year}-${kind}`;
    reportIds.push(id);
    departmentOfReport.push(d);
    reportYears.push(year);
    records.push(new ReportRecord(d, year, kind, project, id));
    // The record's words in parts (its name is made of them), most shared by every report of
    // the department or every report of a year: the candidate keys are worked out once per part.
    keyText.push([d.place, String(year), '年', project, KIND_ZH[kind], '绩效自评报告', d.placeEn, ...d.placePinyin, d.name_zh, KIND_EN[kind], ...d.syllables]);
    exactWords.push([d.own, [String(year)]]);
  }
  const firstIndicator = records.length;
  const indicatorRows = payload.indicators.map(([name, count, rows]) => {
    records.push({
      kind: 'indicator', path: '', name: name, alt: [], context: [],
      subtitle: `${count}`, subtitle_en: `${count}`, name_en: null,
    });
    keyText.push([name]);
    exactWords.push([[name]]);
    return { name, count, rows };
  });
  return { records, keyText, exactWords, firstIndicator, firstDepartmentOfReport, indicatorRows, reportIds, departmentOfReport, reportYears };
}

/**
 * What a report is called besides its text: its department's names, places and pinyin, its
 * year, kind and project (白云 2021 and "panyu 2021" find a report by these): the
 * department's words, and the report's own.
 */
export function reportWords(x: ExpandedRecords, r: number): [department: readonly string[], report: readonly string[]] {
  const d = x.departmentOfReport[r];
  const record = x.records[x.firstDepartmentOfReport + r];
  if (!d || !record) return [[], []];
  // The department's words are the same array for each of its reports (callers cache by it).
  // The report's are what a result shows of it: its name and the line under it (the Chinese
  // one: the English line adds only the kind's words, which would explain every report).
  return [d.words, [record.name, ...(record.name_en ? [record.name_en] : []), record.subtitle]];
}

/** The search records of the rows behind an indicator name (at most `max`). */
export function indicatorRowRecords(x: ExpandedRecords, nameIndex: number, max: number): SearchRecord[] {
  const entry = x.indicatorRows[nameIndex];
  if (!entry) return [];
  const out: SearchRecord[] = [];
  for (let k = 0; k + 2 < entry.rows.length && out.length < max; k += 3) {
    const r = entry.rows[k]!;
    const index = entry.rows[k + 1]!;
    const flags = entry.rows[k + 2]!;
    const met = flags & 3;
    const illegible = (flags & 4) !== 0;
    const d = x.departmentOfReport[r]!;
    const year = x.reportYears[r]!;
    out.push({
      kind: 'indicator',
      path: `reports/${x.reportIds[r]}/#indicator-${index}`,
      name: entry.name,
      alt: [],
      context: [],
      subtitle: `${d.short} ${year} · ${MET_ZH[met] ?? ''}${illegible ? ' · 原文无法辨认' : ''}`,
      subtitle_en: `${isolate(d.shortEn)} ${year} · ${MET_EN[met] ?? ''}${illegible ? ' · illegible in source' : ''}`,
      name_en: null,
    });
  }
  return out;
}
