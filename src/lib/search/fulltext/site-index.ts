/**
 * The full-text index of the site's data set, built once per build (the payload route and
 * every shard route ask for it). Build time only: it reads the verbatim texts from disk.
 */
import type { SiteData } from '../../data/model.ts';
import { readSourceLines } from '../../site/source-text.ts';
import { buildSearchPayload } from '../build-index.ts';
import { buildFullTextIndex, type FullTextIndex } from './build.ts';

const cache = new WeakMap<SiteData, FullTextIndex>();

export function siteFullTextIndex(data: SiteData): FullTextIndex {
  let index = cache.get(data);
  if (!index) {
    index = buildFullTextIndex(data, buildSearchPayload(data), (file) => readSourceLines(file).join('\n'));
    cache.set(data, index);
  }
  return index;
}
