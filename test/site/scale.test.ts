/**
 * What keeps pages small for a large data set (src/lib/site/scale.ts, sitemap.ts): the
 * latest reports, summaries by province, pages of a list, a split sitemap.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import type { SiteData } from '../../src/lib/data/model.ts';
import { latestReports, pageCount, pageOf, pagerPages, provinceSummaries, showsAllReports, listsAllDepartments, SITEMAP_URL_LIMIT } from '../../src/lib/site/scale.ts';
import { sitemapPartXml, sitemapParts, sitemapXml, sitePaths } from '../../src/lib/site/sitemap.ts';

const real = buildSiteData('data');

/** The real data set, its reports copied `times` times under new ids (a large site's shape). */
function inflated(times: number): SiteData {
  const reports = Array.from({ length: times }, (_, k) => real.reports.map((r) => ({ ...r, id: `${r.id}-copy${k}` }))).flat();
  return { ...real, reports };
}

describe('the real data set is small', () => {
  it('lists every report and department as before', () => {
    expect(showsAllReports(real)).toBe(true);
    expect(listsAllDepartments(real)).toBe(true);
    expect(sitemapParts(real)).toBe(0);
    expect(sitemapXml(real, new URL('https://example.org')).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true);
  });
});

describe('pages of a list', () => {
  it('pageOf(items, 2, 3) is the fourth to sixth item; pageCount is at least 1', () => {
    expect(pageOf([1, 2, 3, 4, 5, 6, 7], 2, 3)).toEqual([4, 5, 6]);
    expect(pageCount(7, 3)).toBe(3);
    expect(pageCount(0, 3)).toBe(1);
  });
  it('pagerPages shows the first, the last and the neighbours, with gaps as null', () => {
    expect(pagerPages(1, 3)).toEqual([1, 2, 3]);
    expect(pagerPages(10, 30)).toEqual([1, null, 8, 9, 10, 11, 12, null, 30]);
  });
});

describe('overview summaries', () => {
  it('latestReports puts the latest fiscal year first', () => {
    const latest = latestReports(real.reports, 2);
    expect(latest.map((r) => r.fiscal_year)).toEqual([2024, 2022]);
  });
  it('provinceSummaries counts departments and reports, and project reports apart (no money summed across years and kinds)', () => {
    const [gd] = provinceSummaries(real.departments, real.reports);
    expect(gd).toEqual({ province: '广东省', code: '44', departments: 5, reports: 5, latestYear: 2024, projectReports: 1 });
  });
});

describe('a large site', () => {
  const big = inflated(5000); // 25,000 reports: 50,000 report and source pages
  it('adds the report list pages to its site paths', () => {
    expect(showsAllReports(big)).toBe(false);
    expect(sitePaths(big)).toContain('reports/page/1/');
  });
  it('splits the sitemap into parts of at most SITEMAP_URL_LIMIT URLs that together list every page in both languages', () => {
    const parts = sitemapParts(big);
    expect(parts).toBeGreaterThan(1);
    const index = sitemapXml(big, new URL('https://example.org'));
    expect(index).toContain('<sitemapindex');
    expect([...index.matchAll(/<loc>/gu)]).toHaveLength(parts);
    let urls = 0;
    for (let p = 1; p <= parts; p++) {
      const n = [...sitemapPartXml(big, new URL('https://example.org'), p).matchAll(/<url>/gu)].length;
      expect(n).toBeLessThanOrEqual(SITEMAP_URL_LIMIT);
      urls += n;
    }
    expect(urls).toBe(2 * sitePaths(big).length);
  });
});
