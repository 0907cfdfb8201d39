import type { APIRoute } from 'astro';
import { sitemapXml } from '../lib/site/sitemap.ts';
import { siteData } from '../lib/site/data.ts';

export const GET: APIRoute = ({ site }) => new Response(sitemapXml(siteData, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
