/**
 * Runs a query against a loaded payload; shared by the browser script and the tests.
 *
 * Fuse indexes over every record are built once, when the payload arrives: one of the
 * Chinese strings, one of the Latin ones (pinyin, English), options.ts. A query is then
 * scored only against its candidates (keys.ts: the records sharing its rarest character or
 * word start), by handing Fuse an index of just those records, in the query's script: per
 * keystroke, a few hundred records are scored instead of 20,000. Indicator names found are
 * expanded into the rows that carry them.
 */
import Fuse, { type FuseIndex, type FuseResult } from 'fuse.js';
import { SCRIPT_OPTIONS, scriptOf, type Script } from './options.ts';
import { normaliseForSearch } from './normalise.ts';
import { buildPostings, candidates } from './keys.ts';
import { expandPayload, indicatorRowRecords } from './wire.ts';
import { printedRanges } from './highlight.ts';
import type { SearchPayload, SearchRecord } from './types.ts';

/** Most records scored per keystroke (the rarest key's records are always scored). */
const CANDIDATE_CAP = 300;
/** Rows listed per indicator name found. */
export const ROWS_PER_NAME = 20;

export interface Searcher {
  search(query: string, limit?: number): FuseResult<SearchRecord>[];
}

type IndexJson = { keys: Parameters<typeof Fuse.parseIndex>[0]['keys']; records: Parameters<typeof Fuse.parseIndex>[0]['records'] };

/** Normalises records like queries (case, width); each distinct string once. */
function normaliser(): (r: SearchRecord) => SearchRecord {
  const memo = new Map<string, string>();
  const norm = (s: string) => {
    let n = memo.get(s);
    if (n === undefined) {
      n = normaliseForSearch(s);
      memo.set(s, n);
    }
    return n;
  };
  return (r) => ({ ...r, name: norm(r.name), alt: r.alt.map(norm), context: r.context.filter(Boolean).map(norm) });
}

/**
 * A result as it is shown: the record as printed (not its searchable form, which is lower-cased
 * and half-width), with the name's match ranges moved onto the printed name.
 */
function asPrinted(f: FuseResult<SearchRecord>, printed: SearchRecord): FuseResult<SearchRecord> {
  const matches = f.matches?.map((m) => (m.key === 'name' ? { ...m, value: printed.name, indices: printedRanges(printed.name, m.indices) } : m));
  return { ...f, item: printed, ...(matches ? { matches } : {}) };
}

export function createSearcher(payload: SearchPayload): Searcher {
  const raw = expandPayload(payload);
  const normalised = normaliser();
  const x = { ...raw, records: raw.records.map(normalised) };
  const full: Record<Script, IndexJson> = {
    han: Fuse.createIndex(SCRIPT_OPTIONS.han.keys ?? [], x.records).toJSON() as IndexJson,
    latin: Fuse.createIndex(SCRIPT_OPTIONS.latin.keys ?? [], x.records).toJSON() as IndexJson,
  };
  const exact = raw.exactWords.map((ws) => new Set(ws.map((w) => normaliseForSearch(w))));
  const postings = buildPostings(x.records.map((r, i) => [r.name, ...r.alt, ...r.context, ...(x.keyText[i] ?? [])]));
  return {
    search(query, limit = 50) {
      const q = normaliseForSearch(query, payload.t2s);
      if (!q) return [];
      const ids = candidates(postings, q, CANDIDATE_CAP);
      if (ids.length === 0) return [];
      const script = scriptOf(q);
      const { keys, records } = full[script];
      const index: FuseIndex<SearchRecord> = Fuse.parseIndex<SearchRecord>({ keys, records: ids.map((i) => records[i]!) });
      // Fuse scores any exact substring alike (白云 in 白云区 and in 白云鄂博矿区): among equal
      // scores, the records the query names exactly come first.
      const words = q.split(' ').filter(Boolean);
      const exactness = (i: number) => {
        const own = exact[i];
        return own ? words.filter((w) => own.has(w)).length : 0;
      };
      const found = new Fuse(x.records, SCRIPT_OPTIONS[script], index)
        .search(q, { limit: limit * 2 })
        .map((f, rank) => ({ f, rank, e: exactness(f.refIndex) }))
        .sort((a, b) => (a.f.score ?? 0) - (b.f.score ?? 0) || b.e - a.e || a.rank - b.rank)
        .map((r) => r.f)
        .slice(0, limit);
      const out: FuseResult<SearchRecord>[] = [];
      for (const f of found) {
        if (out.length >= limit) break;
        if (f.refIndex < x.firstIndicator) {
          out.push(asPrinted(f, raw.records[f.refIndex]!));
          continue;
        }
        for (const row of indicatorRowRecords(raw, f.refIndex - x.firstIndicator, Math.min(ROWS_PER_NAME, limit - out.length))) {
          out.push(asPrinted({ item: row, refIndex: f.refIndex, ...(f.score !== undefined ? { score: f.score } : {}), ...(f.matches ? { matches: f.matches } : {}) }, row));
        }
      }
      return out;
    },
  };
}
