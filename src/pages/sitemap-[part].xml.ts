/** sitemap-<n>.xml: the parts of the sitemap of a large site (none for a small one). */
import type { APIRoute } from 'astro';
import { sitemapPartXml, sitemapParts } from '../lib/site/sitemap.ts';
import { siteData } from '../lib/site/data.ts';

export function getStaticPaths() {
  return Array.from({ length: sitemapParts(siteData) }, (_, i) => ({ params: { part: String(i + 1) } }));
}

export const GET: APIRoute = ({ site, params }) =>
  new Response(sitemapPartXml(siteData, site, Number(params.part)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
