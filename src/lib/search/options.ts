import type { FuseOptionKey, IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './types.ts';

/** Weighted keys: names count most, then other names (pinyin, English, aliases), then context. */
const SEARCH_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'alt', weight: 2 },
  { name: 'context', weight: 1 },
] as const;

const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 1,
};

export type Script = 'han' | 'latin';

const HAN = /\p{Script=Han}/u;
const LATIN = /[\p{Script=Latin}\p{N}]/u;

/** The script a (normalised) query is searched in: Chinese if it has a Han character. */
export function scriptOf(query: string): Script {
  return HAN.test(query) ? 'han' : 'latin';
}

/**
 * The same weighted keys, restricted to the strings of one script: a Chinese query is never
 * compared with English names and pinyin, nor a Latin one with Chinese names (it could not
 * match them, and comparing costs). Strings mixing both ("白云区 2021 年…") are in both.
 */
function keysFor(script: Script): FuseOptionKey<SearchRecord>[] {
  const keep = script === 'han' ? (s: string) => HAN.test(s) : (s: string) => LATIN.test(s);
  return [
    { name: 'name', weight: 3, getFn: (r) => (keep(r.name) ? r.name : null) },
    { name: 'alt', weight: 2, getFn: (r) => r.alt.filter(keep) },
    { name: 'context', weight: 1, getFn: (r) => r.context.filter(keep) },
  ];
}

export const SCRIPT_OPTIONS: Record<Script, IFuseOptions<SearchRecord>> = {
  han: { ...FUSE_OPTIONS, keys: keysFor('han') },
  latin: { ...FUSE_OPTIONS, keys: keysFor('latin') },
};
