/** /search/ft/<n>.bin: one shard of the full-text index (src/lib/search/fulltext/), fetched for the terms of a query. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFullTextIndex } from '../../../lib/search/fulltext/site-index.ts';
import { siteData } from '../../../lib/site/data.ts';

export const getStaticPaths = (() => siteFullTextIndex(siteData).shards.map((_, n) => ({ params: { shard: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const bytes = siteFullTextIndex(siteData).shards[Number(params.shard)];
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } });
};
