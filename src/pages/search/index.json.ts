/** /search/index.json: the pre-built search payload, fetched when a search box first gets focus. */
import type { APIRoute } from 'astro';
import { buildSearchPayload } from '../../lib/search/build-index.ts';
import { siteData } from '../../lib/site/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchPayload(siteData)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
