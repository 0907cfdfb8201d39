/**
 * The benchmark's own pieces (scripts/bench): page weights, the query set and its scoring,
 * percentiles, and measuring a process tree.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetsOf, pageWeight, withStaticImports } from '../../scripts/bench/weights.ts';
import { benchQueries, relevance, resultId, textQueries, typo, type ReportTexts } from '../../scripts/bench/queries.ts';
import { percentile } from '../../scripts/bench/browser.ts';
import { measure } from '../../scripts/bench/process-tree.ts';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { tempDir } from '../workspace.ts';

const tmp = tempDir('bench-lib');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('page weight', () => {
  it('finds the stylesheets and scripts a page loads', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><link rel="modulepreload" href="/_astro/c.js"><link rel="icon" href="/favicon.svg">';
    expect(assetsOf(html)).toEqual({ css: ['_astro/a.css'], js: ['_astro/b.js', '_astro/c.js'] });
  });
  it('adds HTML, CSS and JS, each gzipped', () => {
    mkdirSync(join(tmp, 'site/p'), { recursive: true });
    mkdirSync(join(tmp, 'site/_astro'), { recursive: true });
    writeFileSync(join(tmp, 'site/p/index.html'), `<link rel="stylesheet" href="/_astro/a.css">${'报告'.repeat(500)}`);
    writeFileSync(join(tmp, 'site/_astro/a.css'), 'body{color:red}'.repeat(100));
    const w = pageWeight(join(tmp, 'site'), 'p/');
    expect(w.js).toBe(0);
    expect(w.css).toBeGreaterThan(0);
    expect(w.total).toBe(w.html + w.css);
    expect(w.html).toBeLessThan(3000);
  });
  it('counts the scripts a page script imports statically, each once, not those it loads on demand', () => {
    const site = join(tmp, 'site-js');
    mkdirSync(join(site, 'q'), { recursive: true });
    mkdirSync(join(site, '_astro'), { recursive: true });
    writeFileSync(join(site, 'q/index.html'), '<script type="module" src="/_astro/entry.js"></script>');
    writeFileSync(join(site, '_astro/entry.js'), 'import"./a.js";import{b}from"./b.js";const c=()=>import("./lazy.js");');
    writeFileSync(join(site, '_astro/a.js'), 'import"./b.js";');
    writeFileSync(join(site, '_astro/b.js'), 'export const b=1;');
    writeFileSync(join(site, '_astro/lazy.js'), 'x'.repeat(5000));
    expect(withStaticImports(site, ['_astro/entry.js']).sort()).toEqual(['_astro/a.js', '_astro/b.js', '_astro/entry.js']);
    const w = pageWeight(site, 'q/');
    expect(w.js).toBe(['entry', 'a', 'b'].reduce((n, f) => n + gzipSync(readFileSync(join(site, `_astro/${f}.js`)), { level: 9 }).length, 0));
  });
});

describe('query set', () => {
  const data = buildSiteData('data');
  const queries = benchQueries(data);
  it('asks for Baiyun in Chinese, pinyin, English, with a typo and in traditional characters', () => {
    const qs = queries.map((q) => q.q);
    expect(qs).toEqual(expect.arrayContaining(['白云', 'baiyun', 'Baiyun District', 'baiyn', '白雲', '满意度', '投促局']));
    const baiyun = queries.find((q) => q.q === 'baiyun')!;
    expect(baiyun.expected).toEqual(['guangzhou-baiyun', 'guangzhou-baiyun-2021-department']);
    expect(baiyun.ideal).toBe(2);
  });
  it('typo drops the second-to-last letter', () => {
    expect(typo('jiangmen')).toBe('jiangmn');
  });
  it('maps result URLs to departments and reports, and scores a top 10', () => {
    expect(resultId('http://x/en/departments/guangzhou-baiyun/')).toBe('guangzhou-baiyun');
    expect(resultId('/reports/guangzhou-baiyun-2021-department/#indicator-3')).toBe('guangzhou-baiyun-2021-department');
    expect(resultId('/sources/guangzhou-baiyun-2021-department/')).toBe('guangzhou-baiyun-2021-department');
    expect(resultId('/search/')).toBeNull();
    const q = queries.find((x) => x.q === 'baiyun')!;
    expect(relevance(q, ['/departments/guangzhou-baiyun/', '/departments/jiangmen/'])).toEqual({ found: 1, score: 0.5 });
    // The report page and its source page are one result.
    expect(relevance(q, ['/reports/guangzhou-baiyun-2021-department/', '/sources/guangzhou-baiyun-2021-department/', '/departments/guangzhou-baiyun/'])).toEqual({ found: 2, score: 1 });
  });
});

describe('full-text query set', () => {
  const data = buildSiteData('data');
  const texts: ReportTexts[] = data.reports.map((r) => ({
    id: r.id,
    text: readFileSync(join('data/sources', r.source_file), 'utf8'),
    english: `${data.departments.find((d) => d.id === r.department_id)!.name_en} ${r.fiscal_year}`,
  }));
  const queries = textQueries(data, texts, 1);
  it('draws Han words, problem and measure phrases and English, in a tuning and a held-back set', () => {
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['text-2', 'text-4', 'text-problem', 'text-measure', 'text-english']));
    expect(new Set(queries.map((q) => q.set))).toEqual(new Set(['tuning', 'held-back']));
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
  });
  it('expects exactly the reports whose texts contain the query', () => {
    for (const q of queries.filter((x) => x.kind !== 'text-english')) {
      const holding = texts.filter((t) => t.text.includes(q.q)).map((t) => t.id).sort();
      expect(q.expected, q.q).toEqual(holding);
      expect(q.ideal).toBe(Math.min(10, holding.length));
    }
    for (const q of queries.filter((x) => x.kind === 'text-english')) {
      expect(q.q).toMatch(/^[a-z ]+ \d{4}$/u);
      expect(q.expected.length, q.q).toBeGreaterThan(0);
    }
  });
  it('is the same for the same seed and differs for another', () => {
    expect(textQueries(data, texts, 1)).toEqual(queries);
    expect(textQueries(data, texts, 2).map((q) => q.q)).not.toEqual(queries.map((q) => q.q));
  });
});

describe('percentile', () => {
  it('is the nearest rank, ignoring missing values', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([3, Number.NaN, 1], 100)).toBe(3);
  });
});

describe('measure', () => {
  it('times a process tree and samples its memory', async () => {
    const r = await measure(process.execPath, ['-e', 'const a = Buffer.alloc(64 * 2 ** 20, 1); setTimeout(() => console.log(a.length), 400)']);
    expect(r.code).toBe(0);
    expect(r.output.trim()).toBe(String(64 * 2 ** 20));
    expect(r.peakRssMb).toBeGreaterThan(60);
    expect(r.seconds).toBeGreaterThan(0.3);
  });
});
