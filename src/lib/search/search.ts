/**
 * Runs a query against a loaded payload; shared by the browser script and the tests.
 *
 * When the payload arrives only the candidate keys are built (keys.ts: the records under each
 * Han character or word start), departments' and indicator names' at once, reports' after
 * (indexMore). A query is scored only against its candidates, by a Fuse index assembled from
 * their entries, each made the first time its record is a candidate, in the query's script
 * (options.ts: Chinese strings, or Latin ones: pinyin, English): per keystroke, a few
 * hundred records are scored instead of 20,000, and no index of every record delays the
 * first results. Indicator names found are
 * expanded into the rows that carry them.
 */
import Fuse, { type FuseIndex, type FuseResult } from 'fuse.js';
import { SCRIPT_OPTIONS, scriptOf, type Script } from './options.ts';
import { normaliseForSearch } from './normalise.ts';
import { candidates, mergedPostings, postingsBuilder } from './keys.ts';
import { expandPayload, indicatorRowRecords, type ExpandedRecords } from './wire.ts';
import type { SearchPayload, SearchRecord } from './types.ts';

/** Most records scored per keystroke (the rarest key's records are always scored). */
const CANDIDATE_CAP = 300;
/** Rows listed per indicator name found. */
export const ROWS_PER_NAME = 20;

export interface Searcher {
  search(query: string, limit?: number): FuseResult<SearchRecord>[];
  /**
   * Indexes more of the report records, for about `ms` milliseconds; true once all are.
   * Only needed with `deferReports`: departments and indicators are searched at once, the
   * reports by name as they are added (the browser adds them in slices between queries).
   */
  indexMore(ms: number): boolean;
}

type IndexJson = { keys: Parameters<typeof Fuse.parseIndex>[0]['keys']; records: IndexRecord[] };
type IndexRecord = Parameters<typeof Fuse.parseIndex>[0]['records'][number];

/** Normalises strings like queries (case, width); each distinct string once. */
function normaliser(): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let n = memo.get(s);
    if (n === undefined) {
      n = normaliseForSearch(s);
      memo.set(s, n);
    }
    return n;
  };
}

export function createSearcher(payload: SearchPayload, raw: ExpandedRecords = expandPayload(payload), { deferReports = false } = {}): Searcher {
  const norm = normaliser();
  const normalised = (r: SearchRecord): SearchRecord => ({
    kind: r.kind, path: r.path, name: norm(r.name), alt: r.alt.map(norm), context: r.context.filter(Boolean).map(norm),
    subtitle: r.subtitle, subtitle_en: r.subtitle_en, name_en: r.name_en,
  });
  // Records are normalised when first a candidate: most never are.
  const cache: (SearchRecord | undefined)[] = [];
  const record = (i: number) => (cache[i] ??= normalised(raw.records[i]!));
  const x = { ...raw, record };
  const exactSets = new Map<readonly string[], Set<string>>();
  const exactSet = (ws: readonly string[]) => {
    let set = exactSets.get(ws);
    if (!set) {
      set = new Set(ws.map(norm));
      exactSets.set(ws, set);
    }
    return set;
  };
  // Departments and indicator names first (a few thousand records: ready at once), the
  // 15,000 reports after, by indexMore.
  const early = postingsBuilder(norm);
  raw.keyText.forEach((strings, i) => {
    if (i < raw.firstDepartmentOfReport || i >= raw.firstIndicator) early.add(i, strings);
  });
  const late = postingsBuilder(norm);
  let next = raw.firstDepartmentOfReport;
  const indexMore = (ms: number) => {
    const end = performance.now() + ms;
    while (next < raw.firstIndicator) {
      late.add(next, raw.keyText[next]!);
      next++;
      if ((next & 255) === 0 && performance.now() > end) break;
    }
    return next >= raw.firstIndicator;
  };
  if (!deferReports) indexMore(Infinity);
  const postings = mergedPostings(early.postings, late.postings);
  // Fuse index entries, per script, made for a record when it is first a candidate and kept:
  // a query's index is assembled from its candidates' entries, so no index of every record
  // delays the first results, and typing a word does not index the same records again.
  const entries: Record<Script, (IndexRecord | undefined)[]> = { han: [], latin: [] };
  const indexed: Record<Script, Set<number>> = { han: new Set(), latin: new Set() };
  const indexKeys: Record<Script, IndexJson['keys']> = {
    han: (Fuse.createIndex(SCRIPT_OPTIONS.han.keys ?? [], []).toJSON() as IndexJson).keys,
    latin: (Fuse.createIndex(SCRIPT_OPTIONS.latin.keys ?? [], []).toJSON() as IndexJson).keys,
  };
  const indexOf = (script: Script, ids: readonly number[]): FuseIndex<SearchRecord> => {
    const missing = ids.filter((i) => !indexed[script].has(i));
    if (missing.length > 0) {
      const made = Fuse.createIndex(SCRIPT_OPTIONS[script].keys ?? [], missing.map(record)).toJSON() as IndexJson;
      for (const rec of made.records) entries[script][missing[rec.i]!] = { ...rec, i: missing[rec.i]! };
      for (const i of missing) indexed[script].add(i);
    }
    return Fuse.parseIndex<SearchRecord>({ keys: indexKeys[script], records: ids.map((i) => entries[script][i]).filter((r): r is IndexRecord => r !== undefined) });
  };
  return {
    indexMore,
    search(query, limit = 50) {
      const q = normaliseForSearch(query, payload.t2s);
      if (!q) return [];
      const ids = candidates(postings, q, CANDIDATE_CAP);
      if (ids.length === 0) return [];
      const script = scriptOf(q);
      const options = SCRIPT_OPTIONS[script];
      const index = indexOf(script, ids);
      // Fuse scores any exact substring alike (白云 in 白云区 and in 白云鄂博矿区): among equal
      // scores, the records the query names exactly come first.
      const words = q.split(' ').filter(Boolean);
      const exactness = (i: number) => {
        const own = (x.exactWords[i] ?? []).map(exactSet);
        return words.filter((w) => own.some((set) => set.has(w))).length;
      };
      // The normalised records by id (only candidates' are ever made): index entries point there.
      const found = new Fuse(cache as SearchRecord[], options, index)
        .search(q, { limit: limit * 2 })
        .map((f, rank) => ({ f, rank, e: exactness(f.refIndex) }))
        .sort((a, b) => (a.f.score ?? 0) - (b.f.score ?? 0) || b.e - a.e || a.rank - b.rank)
        .map((r) => r.f)
        .slice(0, limit);
      const out: FuseResult<SearchRecord>[] = [];
      for (const f of found) {
        if (out.length >= limit) break;
        if (f.refIndex < x.firstIndicator) {
          out.push(f);
          continue;
        }
        for (const row of indicatorRowRecords(raw, f.refIndex - x.firstIndicator, Math.min(ROWS_PER_NAME, limit - out.length))) {
          out.push({ item: normalised(row), refIndex: f.refIndex, ...(f.score !== undefined ? { score: f.score } : {}), ...(f.matches ? { matches: f.matches } : {}) });
        }
      }
      return out;
    },
  };
}
