/** Runs a query against a loaded payload; shared by the browser script and the tests. */
import Fuse, { type FuseResult } from 'fuse.js';
import { FUSE_OPTIONS } from './options.ts';
import { normaliseForSearch } from './normalise.ts';
import type { SearchPayload, SearchRecord } from './types.ts';

export interface Searcher {
  search(query: string, limit?: number): FuseResult<SearchRecord>[];
}

export function createSearcher(payload: SearchPayload): Searcher {
  const fuse = new Fuse(payload.records, FUSE_OPTIONS, Fuse.parseIndex(payload.index as Parameters<typeof Fuse.parseIndex>[0]));
  return {
    search(query, limit = 50) {
      const q = normaliseForSearch(query, payload.t2s);
      if (!q) return [];
      return fuse.search(q, { limit });
    },
  };
}
