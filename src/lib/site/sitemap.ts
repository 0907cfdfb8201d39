/** Every page of the site (site paths without base and language), for sitemap.xml and the crawl tests. */
import type { SiteData } from '../data/model.ts';
import { absoluteUrl, pageHref, paths } from './urls.ts';
import { coverageIsPaged, coveragePages } from './coverage.ts';
import { INDICATOR_PAGE_SIZE, REPORT_LIST_PAGE_SIZE, SITEMAP_URL_LIMIT, listsAllDepartments, pageCount, showsAllReports } from './scale.ts';

export function sitePaths(data: SiteData): string[] {
  const range = (n: number, from = 1) => Array.from({ length: Math.max(0, n - from + 1) }, (_, i) => i + from);
  return [
    paths.overview(),
    ...data.departments.map((d) => paths.department(d.id)),
    ...data.reports.map((r) => paths.report(r.id)),
    ...data.reports.map((r) => paths.source(r.id)),
    paths.search(),
    paths.compare(),
    paths.indicators(),
    paths.data(),
    paths.about(),
    paths.coverage(),
    ...(coverageIsPaged(data) ? range(coveragePages(data)).map(paths.coveragePage) : []),
    // The pages a large data set adds (src/lib/site/scale.ts).
    ...(showsAllReports(data) ? [] : range(pageCount(data.reports.length, REPORT_LIST_PAGE_SIZE)).map(paths.reportList)),
    ...(listsAllDepartments(data) ? [] : [...new Set(data.departments.map((d) => d.admin_code.slice(0, 2)))].sort().map(paths.province)),
    ...range(pageCount(data.indicators.length, INDICATOR_PAGE_SIZE), 2).map(paths.indicatorsPage),
  ];
}

const xml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

function entries(data: SiteData, site: URL | undefined, ps: readonly string[]): string[] {
  return ps.flatMap((p) => {
    const zh = absoluteUrl(site, pageHref('zh', p));
    const en = absoluteUrl(site, pageHref('en', p));
    const alternates = `<xhtml:link rel="alternate" hreflang="zh-CN" href="${xml(zh)}"/><xhtml:link rel="alternate" hreflang="en" href="${xml(en)}"/>`;
    return [zh, en].map((loc) => `<url><loc>${xml(loc)}</loc>${data.dataVersion.match(/^\d{4}-\d{2}-\d{2}$/u) ? `<lastmod>${data.dataVersion}</lastmod>` : ''}${alternates}</url>`);
  });
}

const urlset = (items: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${items.join('\n')}\n</urlset>\n`;

/** Pages per sitemap file (each page is listed twice, once per language). */
const PAGES_PER_FILE = SITEMAP_URL_LIMIT / 2;

/** How many sitemap-<n>.xml files a large site needs; 0 when sitemap.xml lists every page itself. */
export function sitemapParts(data: SiteData): number {
  const n = sitePaths(data).length;
  return n * 2 <= SITEMAP_URL_LIMIT ? 0 : Math.ceil(n / PAGES_PER_FILE);
}

/**
 * sitemap.xml with both languages of each page and their hreflang alternates; for a site of
 * more than SITEMAP_URL_LIMIT URLs, a sitemap index of sitemap-1.xml, sitemap-2.xml …
 */
export function sitemapXml(data: SiteData, site: URL | undefined): string {
  const parts = sitemapParts(data);
  if (parts === 0) return urlset(entries(data, site, sitePaths(data)));
  const items = Array.from({ length: parts }, (_, i) => `<sitemap><loc>${xml(absoluteUrl(site, pageHref('zh', `sitemap-${i + 1}.xml`)))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** sitemap-<part>.xml of a large site (part is 1-based). */
export function sitemapPartXml(data: SiteData, site: URL | undefined, part: number): string {
  return urlset(entries(data, site, sitePaths(data).slice((part - 1) * PAGES_PER_FILE, part * PAGES_PER_FILE)));
}
