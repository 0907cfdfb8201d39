/** /search/index.json: the pre-built search payload, fetched when a search box first gets focus; `ft` locates the full-text shards. */
import type { APIRoute } from 'astro';
import { buildSearchPayload } from '../../lib/search/build-index.ts';
import { siteFullTextIndex } from '../../lib/search/fulltext/site-index.ts';
import { siteData } from '../../lib/site/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ ...buildSearchPayload(siteData), ft: siteFullTextIndex(siteData).manifest }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
