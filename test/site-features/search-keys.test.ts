/**
 * Search at scale: candidate keys (src/lib/search/keys.ts) narrow a query to the records it
 * can match, and the searcher still finds what it should in a synthetic corpus.
 */
import { describe, expect, it } from 'vitest';
import { buildPostings, candidates, queryKeys, textKeys } from '../../src/lib/search/keys.ts';
import { buildSearchPayload } from '../../src/lib/search/build-index.ts';
import { createSearcher, ROWS_PER_NAME } from '../../src/lib/search/search.ts';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { corpusFiles, synthCorpus } from '../../scripts/synth/index.ts';
import { writeFoldersAtomically } from '../../src/lib/data/write.ts';
import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tempDir } from '../workspace.ts';

describe('keys', () => {
  it('textKeys gives Han characters and 2- to 6-letter word prefixes, never one letter', () => {
    const k = textKeys('白云区 baiyunqu 2021');
    expect([...k]).toEqual(expect.arrayContaining(['白', '云', '区', 'ba', 'bai', 'baiy', 'baiyu', 'baiyun', '20', '202', '2021']));
    expect(k.has('b')).toBe(false);
    expect(k.has('baiyunq')).toBe(false);
  });
  it('queryKeys falls back to the longest prefix some record has (a late typo)', () => {
    const postings = buildPostings([['baiyun'], ['baiyin']]);
    expect(queryKeys('baiyn', postings)).toEqual(['baiy']);
  });
  it('candidates: the rarest key, capped, plus small further keys', () => {
    const postings = buildPostings([['白云'], ['白银'], ['云浮'], ['江门']]);
    expect(candidates(postings, '白云', 10)).toEqual([0, 1, 2]);
    expect(candidates(postings, '白云', 10, 1)).toEqual([0, 1]);
    expect(candidates(postings, 'xyz', 10)).toEqual([]);
  });
});

describe('searching a synthetic corpus', () => {
  const tmp = tempDir('search-scale');
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  writeFoldersAtomically(new Map([[tmp, corpusFiles(synthCorpus({ reports: 50, years: 5, seed: 2 }))]]));
  const data = buildSiteData(tmp, { labelRoot: tmp });
  const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchPayload(data))));
  const d = data.departments[0]!;

  it('finds a department by its full Chinese name, first', () => {
    expect(searcher.search(d.name_zh)[0]?.item.path).toBe(`departments/${d.id}/`);
  });
  it('finds the department and its reports by the English place name', () => {
    const place = /\bof ([^,]+)/u.exec(d.name_en)?.[1] ?? d.name_en.split(' ')[0]!;
    const paths = searcher.search(place).map((r) => r.item.path);
    expect(paths).toContain(`departments/${d.id}/`);
    for (const r of data.reports.filter((x) => x.department_id === d.id)) expect(paths).toContain(`reports/${r.id}/`);
  });
  it('lists at most ROWS_PER_NAME rows of an indicator name, newest first', () => {
    const rows = searcher.search('满意度', 200).filter((r) => r.item.kind === 'indicator');
    expect(rows.length).toBeGreaterThan(0);
    const perName = new Map<string, number>();
    for (const r of rows) perName.set(r.item.name, (perName.get(r.item.name) ?? 0) + 1);
    for (const n of perName.values()) expect(n).toBeLessThanOrEqual(ROWS_PER_NAME);
    for (const r of rows) expect(r.item.path).toMatch(/^reports\/[a-z0-9-]+\/#indicator-\d+$/u);
  });
});
