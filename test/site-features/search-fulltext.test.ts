/**
 * Full-text search in Node, on the five real reports: the index (shards, terms), the generic
 * reading of a record's texts, and queries end to end, with the expected reports read from
 * the texts by plain substring search (not by the engine).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import type { SiteData } from '../../src/lib/data/model.ts';
import { buildSearchPayload } from '../../src/lib/search/build-index.ts';
import { buildFullTextIndex } from '../../src/lib/search/fulltext/build.ts';
import { createFullText } from '../../src/lib/search/fulltext/query.ts';
import { Shard, encodeShard } from '../../src/lib/search/fulltext/shard.ts';
import { findTerm, fold, queryTerms, textTerms } from '../../src/lib/search/fulltext/text.ts';
import { curatedUnits } from '../../src/lib/search/fulltext/units.ts';
import { expandPayload, reportWords } from '../../src/lib/search/wire.ts';

const data = buildSiteData('data');
const sourceText = (file: string) => readFileSync(join('data/sources', file), 'utf8');

/** A full-text searcher over a data set, its files served from memory; counts the files fetched. */
function searcherOf(d: SiteData) {
  const payload = JSON.parse(JSON.stringify(buildSearchPayload(d))) as ReturnType<typeof buildSearchPayload>;
  const index = buildFullTextIndex(d, payload, sourceText);
  const x = expandPayload(payload);
  const bundles = new Map(d.reports.map((r) => [r.id, JSON.stringify({ report: r, indicators: d.indicators.filter((i) => i.report_id === r.id), budget_lines: d.budgetLines.filter((b) => b.report_id === r.id), outcomes: d.outcomes.filter((o) => o.report_id === r.id) })]));
  const fetched: string[] = [];
  const ft = createFullText({
    manifest: index.manifest, t2s: payload.t2s, reportIds: x.reportIds, years: x.reportYears, reportWords: (r) => reportWords(x, r),
    fetchBytes: (p) => {
      fetched.push(p);
      const n = Number(/^ft\/(\d+)\.bin$/u.exec(p)?.[1]);
      const b = index.shards[n];
      return b ? Promise.resolve(b) : Promise.reject(new Error(p));
    },
    fetchText: (p) => {
      fetched.push(p);
      const source = /^\.\.\/data\/sources\/([a-z0-9-]+\.txt)$/u.exec(p)?.[1];
      if (source) return Promise.resolve(sourceText(source));
      const bundle = bundles.get(/^\.\.\/data\/reports\/([a-z0-9-]+)\.json$/u.exec(p)?.[1] ?? '');
      return bundle ? Promise.resolve(bundle) : Promise.reject(new Error(p));
    },
  });
  return { ft, index, fetched };
}

const real = searcherOf(data);
const ids = async (q: string) => ((await real.ft.search(q, 10))?.hits ?? []).map((h) => h.id).sort();

/** Reports whose source text or curated files contain a string (whitespace ignored, as PDF text spreads characters). */
function containing(q: string): string[] {
  const squash = (s: string) => s.replace(/\s+/gu, '');
  const files = readdirSync('data/reports');
  return data.reports
    .filter((r) => {
      const texts = [sourceText(r.source_file), ...files.filter((f) => f.startsWith(`${r.id}.`)).map((f) => readFileSync(join('data/reports', f), 'utf8'))];
      return texts.some((t) => squash(t).includes(squash(q)));
    })
    .map((r) => r.id)
    .sort();
}

describe('full-text terms', () => {
  it('cuts Han text into bigrams across whitespace, not across punctuation, and words folded', () => {
    const terms = [...textTerms('招商 引资，产业 ＡＢＣ Budget-2021', new Set())];
    expect(terms).toEqual(expect.arrayContaining(['招商', '商引', '引资', '产业', 'abc', 'budget', '2021']));
    expect(terms).not.toContain('资产');
  });
  it('a query is its Han runs and words; whitespace separates them', () => {
    expect(queryTerms('白云 2021')).toEqual([{ kind: 'han', text: '白云' }, { kind: 'word', text: '2021' }]);
    expect(queryTerms('白云 招商')).toEqual([{ kind: 'han', text: '白云' }, { kind: 'han', text: '招商' }]);
    expect(queryTerms('Ｅｘｅｃｕｔｉｏｎ  Rate')).toEqual([{ kind: 'word', text: 'execution' }, { kind: 'word', text: 'rate' }]);
    // One Han character or one letter is left to the name search.
    expect(queryTerms('白 a')).toEqual([]);
  });
  it('finds a term at offsets of the text as printed', () => {
    const text = '年度预算 执行率为 96.05%';
    expect(findTerm(fold(text), { kind: 'han', text: '预算执行' })).toEqual([[2, 7]]);
    // A word matches at the start of a word, and the whole word is marked.
    expect(findTerm(fold('Budget execution rate; accurate'), { kind: 'word', text: 'execut' })).toEqual([[7, 16]]);
    expect(findTerm(fold('accurate'), { kind: 'word', text: 'rate' })).toEqual([]);
  });
});

describe('full-text shards', () => {
  it('round-trip terms with their reports, as gap lists and as bitmaps', () => {
    const many = Array.from({ length: 900 }, (_, i) => i);
    const terms: [string, number[]][] = [['产业', [3, 17, 999]], ['绩效', many], ['budget', [0]]];
    const bytes = encodeShard(terms, 1000);
    const shard = new Shard(bytes, 1000);
    expect([...shard.terms()]).toEqual(['产业', '绩效', 'budget']);
    for (const [t, list] of terms) expect(shard.get(t)).toEqual(list);
    expect(shard.get('missing')).toEqual([]);
    // 900 of 1,000 reports: a bitmap of 125 bytes, not 900 gaps.
    expect(bytes.length).toBeLessThan(125 + 40);
  });
  it('rejects bytes that are not a shard', () => {
    expect(() => new Shard(new Uint8Array([1, 2, 3, 4]), 10)).toThrow(/not a full-text index shard/u);
  });
});

describe('the texts of a record', () => {
  it('takes every text field generically: translations, new tables, row anchors, no quotes or ids', () => {
    const units = curatedUnits({
      report: { id: 'x-2021-department', title: '报告', title_en: 'Report', problems: [{ text: '问题', text_en: 'A problem', quote: '一是问题', line: 9 }], duties: [{ text: '职责', quote: '职责。', line: 4 }] },
      indicators: [{ report_id: 'x-2021-department', index: 7, name: '满意度', name_en: 'Satisfaction', quote: '满意度 95%' }],
      outcomes: [{ report_id: 'x-2021-department', text: '成效', text_en: 'An outcome' }],
      provenance: [{ value: '不应出现' }],
      // The record of corrections: superseded values and commit messages, not the report's content.
      history: { report_id: 'x-2021-department', unavailable: null, first_published: '2025-01-10' },
      corrections: [{ report_id: 'x-2021-department', field: 'notes[0]', old_value: '旧的说明', new_value: '新的说明', reason: 'As Baiyun does' }],
    });
    expect(units.map((u) => [u.text, u.target])).toEqual([
      ['报告', { page: true }],
      ['Report', { page: true }],
      ['问题', { anchor: 'problem-1' }],
      ['A problem', { anchor: 'problem-1' }],
      ['职责', { line: 4 }],
      ['满意度', { anchor: 'indicator-7' }],
      ['Satisfaction', { anchor: 'indicator-7' }],
      ['成效', { anchor: 'outcome-1' }],
      ['An outcome', { anchor: 'outcome-1' }],
    ]);
  });
});

describe('full-text queries on the five reports', () => {
  it.each(['疫情', '华为', '上下九', '执行率', '绩效', '招商', '外出考察', '营商环境'])('%s finds every report whose texts contain it', async (q) => {
    const expected = containing(q);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(q)).toEqual(expected);
  });

  it('shows the matching sentence with the hit marked, leading to its source line or record row', async () => {
    const found = (await real.ft.search('上下九'))!;
    const hit = found.hits[0]!;
    expect(hit.id).toBe('guangzhou-liwan-2022-department');
    const lines = sourceText('guangzhou-liwan-2022-department.txt').split('\n');
    for (const s of hit.snippets) {
      expect(s.marks.length).toBeGreaterThan(0);
      for (const [a, b] of s.marks) expect(s.text.slice(a, b)).toBe('上下九');
      if ('line' in s.target) expect(lines[s.target.line - 1]).toContain('上下九');
    }
    expect(hit.snippets.some((s) => 'line' in s.target)).toBe(true);
  });

  it('finds a report by its department’s names and its year (panyu 2021, guangzhou baiyun)', async () => {
    expect(await ids('panyu 2021')).toEqual(['guangzhou-panyu-2021-department']);
    expect(await ids('guangzhou baiyun')).toEqual(['guangzhou-baiyun-2021-department']);
    expect(await ids('番禺 疫情')).toEqual(['guangzhou-panyu-2021-department']);
  });

  it.each(['产业园', '投资推广'])('a phrase is confirmed in the text: reports holding the bigrams of %s apart are dropped', async (q) => {
    // Some reports hold 产业 and 业园 but not 产业园: the index lists them, the text rules them out.
    const found = (await real.ft.search(q))!;
    expect(found.candidates).toBeGreaterThan(containing(q).length);
    expect(found.exact).toBe(false);
    expect(await ids(q)).toEqual(containing(q));
  });

  it('typed a character at a time, each phrase still finds exactly the reports that hold it', async () => {
    // Later keystrokes leave out reports found not to hold an earlier part of the phrase.
    const typing = searcherOf(data);
    for (const phrase of ['投资推广服务', '产业园区']) {
      for (let n = 2; n <= phrase.length; n++) {
        const q = phrase.slice(0, n);
        const found = ((await typing.ft.search(q, 10))?.hits ?? []).map((h) => h.id).sort();
        expect(found, q).toEqual(containing(q).slice(0, 10));
      }
    }
  });

  it('searches the English translations the records carry (any `_en` field)', async () => {
    // Expected: the reports with the word in any `…_en` text of their records, found by a plain scan.
    const enTexts = (v: unknown, key = ''): string[] =>
      typeof v === 'string' ? (key.endsWith('_en') ? [v] : [])
        : Array.isArray(v) ? v.flatMap((x) => enTexts(x, key.endsWith('_en') ? key : ''))
          : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => enTexts(x, k)) : [];
    const withWord = (word: string) => {
      const re = new RegExp(`\\b${word}`, 'iu');
      const rows = [...data.reports, ...data.indicators, ...data.budgetLines, ...data.outcomes];
      return [...new Set(rows.filter((r) => enTexts(r).some((t) => re.test(t))).map((r) => ('report_id' in r ? r.report_id : r.id)))].sort();
    };
    const s = searcherOf(data);
    for (const word of ['epidemic', 'satisfaction']) {
      const expected = withWord(word);
      expect(expected.length, word).toBeGreaterThan(0);
      const found = (await s.ft.search(word))!;
      expect(found.hits.map((h) => h.id).sort(), word).toEqual(expected.slice(0, 10));
    }
    // A translated indicator row is linked to its anchor on the report page.
    const ind = data.indicators.find((i) => i.report_id === 'jiangmen-2024-department' && /satisfaction/iu.test(i.name_en ?? ''))!;
    const jiangmen = (await s.ft.search('satisfaction'))!.hits.find((h) => h.id === 'jiangmen-2024-department')!;
    expect(jiangmen.snippets.map((x) => x.target)).toContainEqual({ anchor: `indicator-${ind.index}` });
  });

  it('a query all in what the result shows of a report, or typed in letters as its department’s name, lists it without fetching its texts', async () => {
    const s = searcherOf(data);
    for (const q of ['by', 'gz', '白云', 'guangzhou baiyun', 'baiyun 2021', '广州 2021']) {
      const found = (await s.ft.search(q))!;
      const hit = found.hits.find((h) => h.id === 'guangzhou-baiyun-2021-department');
      expect(hit, q).toBeDefined();
      expect(hit!.snippets, q).toEqual([]);
    }
    expect(s.fetched.filter((p) => p.includes('guangzhou-baiyun-2021-department'))).toEqual([]);
    // A word the name does not hold is looked for in the texts, and its sentence shown.
    const epidemic = (await s.ft.search('白云 疫情'))!.hits.find((h) => h.id === 'guangzhou-baiyun-2021-department');
    expect(epidemic?.snippets.length).toBeGreaterThan(0);
    // So is a Chinese word in another name of the department only (Jiangmen's alias 招商局),
    // which the result does not show.
    const jiangmen = data.departments.find((d) => d.id === 'jiangmen')!;
    expect(jiangmen.aliases).toContain('招商局');
    expect(jiangmen.name_zh).not.toContain('招商');
    const alias = (await s.ft.search('招商'))!.hits.find((h) => h.id === 'jiangmen-2024-department');
    expect(alias?.snippets.length).toBeGreaterThan(0);
  });

  it('looks for a number after a name (baiyun 20, as a year is typed) in the source text first, not in the larger record', async () => {
    const s = searcherOf(data);
    const hit = (await s.ft.search('baiyun 20'))!.hits.find((h) => h.id === 'guangzhou-baiyun-2021-department');
    // Its sentences hold the number 20 (总用地面积约 20 万亩, 外出考察数为20次).
    expect(hit?.snippets.length).toBeGreaterThan(0);
    for (const sn of hit!.snippets) expect(sn.marks.map(([a, b]) => sn.text.slice(a, b))).toContain('20');
    expect(s.fetched.filter((p) => p.includes('guangzhou-baiyun-2021-department'))).toEqual(['../data/sources/guangzhou-baiyun-2021-department.txt']);
    // A Chinese word the department's names hold only in a form the result does not show
    // (Jiangmen's alias 招商局) is looked for in the record first.
    const alias = searcherOf(data);
    await alias.ft.search('招商');
    expect(alias.fetched.filter((p) => p.includes('jiangmen-2024-department'))[0]).toBe('../data/reports/jiangmen-2024-department.json');
    // English words are looked for in the record first: it holds the translations.
    const en = searcherOf(data);
    await en.ft.search('baiyun epidemic');
    expect(en.fetched.filter((p) => p.includes('guangzhou-baiyun-2021-department'))[0]).toBe('../data/reports/guangzhou-baiyun-2021-department.json');
  });

  it('fetches only the shards of the query’s terms and the texts it shows', async () => {
    const s = searcherOf(data);
    await s.ft.search('华为');
    expect(s.fetched.filter((p) => p.startsWith('ft/'))).toHaveLength(1);
    expect(s.fetched.filter((p) => p.startsWith('../data/'))).toEqual(['../data/sources/guangzhou-baiyun-2021-department.txt']);
  });
});
