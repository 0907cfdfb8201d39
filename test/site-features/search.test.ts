import { gzipSync } from 'node:zlib';
import { DEPARTMENT_QUERIES } from '../fixtures/search-queries.ts';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { buildSearchPayload, buildSearchRecords, pinyinForms, traditionalMap } from '../../src/lib/search/build-index.ts';
import { createSearcher } from '../../src/lib/search/search.ts';
import { normaliseForSearch } from '../../src/lib/search/normalise.ts';
import { highlightParts } from '../../src/lib/search/highlight.ts';
import { createEngine } from '../../src/lib/search/engine.ts';

const data = buildSiteData('data');
const payload = buildSearchPayload(data);
// Round-trip through JSON, as the browser receives it.
const searcher = createSearcher(JSON.parse(JSON.stringify(payload)));
const departments = (q: string) => searcher.search(q).filter((r) => r.item.kind === 'department').map((r) => r.item.path);
const first = (q: string) => searcher.search(q)[0]?.item.path;

describe('search index builder', () => {
  it('pinyinForms("白云区") gives full pinyin, spaced pinyin and initials', () => {
    expect(pinyinForms('白云区')).toEqual(['baiyunqu', 'bai yun qu', 'byq']);
  });
  it('gives each department its aliases, English name and pinyin', () => {
    const baiyun = buildSearchRecords(data).find((r) => r.path === 'departments/guangzhou-baiyun/')!;
    expect(baiyun.alt).toEqual(expect.arrayContaining(['白云区投促局', 'Investment Promotion Bureau of Baiyun District, Guangzhou', '投促局', 'baiyun', 'by']));
  });
  it('keeps long narrative text out of the index', () => {
    const texts = buildSearchRecords(data).flatMap((r) => [r.name, ...r.alt, ...r.context]);
    for (const p of data.reports.flatMap((r) => [...r.problems, ...r.measures, ...r.duties])) expect(texts).not.toContain(p.text);
  });
  it('maps traditional variants of indexed characters to simplified', () => {
    const map = traditionalMap(buildSearchRecords(data));
    expect(map['雲']).toBe('云');
    expect(map['滿']).toBe('满');
  });
  it('normalises full-width letters, case and traditional characters alike', () => {
    expect(normaliseForSearch('ＢａｉＹｕｎ')).toBe('baiyun');
    expect(normaliseForSearch('白雲', { 雲: '云' })).toBe('白云');
  });
  it('fits in a small first payload (gzip)', () => {
    expect(gzipSync(JSON.stringify(payload)).length).toBeLessThan(300_000);
  });
});

describe('search queries', () => {
  it.each(DEPARTMENT_QUERIES)('%s finds %s first and no other department', (q, id) => {
    expect(first(q)).toBe(`departments/${id}/`);
    expect(departments(q)).toEqual([`departments/${id}/`]);
  });

  it('满意度 finds the satisfaction indicator of every report that has one', () => {
    const found = searcher.search('满意度').filter((r) => r.item.kind === 'indicator').map((r) => r.item.path.split('#')[0]);
    expect(new Set(found)).toEqual(new Set(['reports/jiangmen-2024-department/', 'reports/shenzhen-pingshan-2021-project/']));
  });

  it("外出考察 finds Baiyun's indicator", () => {
    const hit = searcher.search('外出考察')[0]!;
    expect(hit.item.kind).toBe('indicator');
    expect(hit.item.name).toBe('外出考察数量');
    expect(hit.item.path).toMatch(/^reports\/guangzhou-baiyun-2021-department\/#indicator-\d+$/u);
  });

  it('投促局 finds the bureaus by their common alias', () => {
    expect(departments('投促局').length).toBeGreaterThanOrEqual(4);
  });
});

describe('highlightParts', () => {
  it('splits text around matched ranges', () => {
    expect(highlightParts('外出考察数量', [[0, 3]])).toEqual([{ text: '外出考察', match: true }, { text: '数量', match: false }]);
  });
  it('treats a hostile string as plain parts', () => {
    expect(highlightParts('<img onerror=x>', [[1, 3]]).map((p) => p.text).join('')).toBe('<img onerror=x>');
  });
});

describe('search engine (names and full text together)', () => {
  const p = JSON.parse(JSON.stringify(payload)) as typeof payload;
  const noFetch = { fetchText: () => Promise.reject(new Error('no texts here')), fetchBytes: () => Promise.reject(new Error('no shards here')) };

  it('indexes reports by name later when asked to defer them, departments at once', () => {
    const deferred = createSearcher(p, undefined, { deferReports: true });
    const reports = (s: ReturnType<typeof createSearcher>) => s.search('番禺').filter((r) => r.item.kind === 'report').map((r) => r.item.path);
    expect(deferred.search('番禺')[0]?.item.path).toBe('departments/guangzhou-panyu/');
    expect(reports(deferred)).toEqual([]);
    while (!deferred.indexMore(1));
    expect(reports(deferred)).toEqual(['reports/guangzhou-panyu-2021-department/']);
    expect(reports(deferred)).toEqual(reports(searcher));
  });

  it('shows names as printed, though it matches their normalised form', async () => {
    const engine = createEngine(p, noFetch);
    const printed = '招商活动促成签约项目投资金额（亿元）';
    expect(data.indicators.some((i) => i.name === printed)).toBe(true);
    // The searcher itself sees the half-width, lower-cased form.
    expect(searcher.search('签约项目投资金额').map((r) => r.item.name)).toContain('招商活动促成签约项目投资金额(亿元)');
    const answer = await engine.search('签约项目投资金额', 60);
    expect(answer.names.map((r) => r.item.name)).toContain(printed);
  });

  it('says whether a name holds the query as typed (names first) or not (texts first)', async () => {
    const engine = createEngine({ ...p, ft: undefined }, noFetch);
    expect((await engine.search('白云', 60)).named).toBe(true);
    expect((await engine.search('baiyun', 60)).named).toBe(true);
    expect((await engine.search('上下九', 60)).named).toBe(false);
  });
});
