import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './types.ts';

/** Weighted keys: names count most, then other names (pinyin, English, aliases), then context. */
export const SEARCH_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'alt', weight: 2 },
  { name: 'context', weight: 1 },
] as const;

export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 1,
};
