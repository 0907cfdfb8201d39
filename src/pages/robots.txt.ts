import type { APIRoute } from 'astro';
import { absoluteUrl, href } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, href('sitemap.xml'))}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
