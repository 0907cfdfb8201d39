/** Every page of the site (site paths without base and language), for sitemap.xml and the crawl tests. */
import type { SiteData } from '../data/model.ts';
import { absoluteUrl, pageHref, paths } from './urls.ts';

export function sitePaths(data: SiteData): string[] {
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
  ];
}

const xml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

/** sitemap.xml with both languages of each page and their hreflang alternates. */
export function sitemapXml(data: SiteData, site: URL | undefined): string {
  const entries = sitePaths(data).flatMap((p) => {
    const zh = absoluteUrl(site, pageHref('zh', p));
    const en = absoluteUrl(site, pageHref('en', p));
    const alternates = `<xhtml:link rel="alternate" hreflang="zh-CN" href="${xml(zh)}"/><xhtml:link rel="alternate" hreflang="en" href="${xml(en)}"/>`;
    return [zh, en].map((loc) => `<url><loc>${xml(loc)}</loc>${data.dataVersion.match(/^\d{4}-\d{2}-\d{2}$/u) ? `<lastmod>${data.dataVersion}</lastmod>` : ''}${alternates}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
