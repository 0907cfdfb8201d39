/**
 * The whole search behind the search box: names (Fuse over departments, reports and indicator
 * names: search.ts) and full text (fulltext/query.ts), one answer per query. Runs in the
 * search worker, or on the page where workers are unavailable; keep it free of Node imports.
 */
import type { FuseResult } from 'fuse.js';
import { printedRanges } from './highlight.ts';
import { createSearcher } from './search.ts';
import { normaliseForSearch } from './normalise.ts';
import { expandPayload, reportWords } from './wire.ts';
import { createFullText, type Snippet } from './fulltext/query.ts';
import type { SearchPayload, SearchRecord } from './types.ts';

export interface TextResult {
  /** The report as search lists it */
  item: SearchRecord;
  snippets: Snippet[];
}

export interface Answer {
  names: FuseResult<SearchRecord>[];
  /** Whether a name holds the query as typed (白云, baiyun): then names come before texts */
  named: boolean;
  text: TextResult[];
  /** Reports whose texts may hold the query; `textExact` when that count is exact */
  textCount: number;
  textExact: boolean;
}

export interface Engine {
  search(q: string, limit: number): Promise<Answer>;
  /** Adds report records to the name search for about `ms`; true once all are (Searcher.indexMore) */
  indexMore(ms: number): boolean;
}

/** Slices of indexing between queries (ms): short enough that a keystroke never waits long for one. */
const SLICE_MS = 8;

/** Indexes the rest in slices between other work; `done` once all is indexed. */
export function indexInSlices(engine: Engine, done: () => void): void {
  const step = () => {
    if (engine.indexMore(SLICE_MS)) done();
    else setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

/** Reports with their sentences shown per query. */
const TEXT_LIMIT = 10;

/**
 * What the page needs of a name result: the record's display fields, with the name as printed
 * (Fuse matched its normalised, lower-cased form), and where the name matched, those ranges
 * moved onto the printed name (printedRanges follows folded spaces and characters that
 * normalise to two), for the highlight.
 * Copying the rest between threads would only cost time.
 */
function slim(r: FuseResult<SearchRecord>, printed: string | undefined): FuseResult<SearchRecord> {
  const { kind, path, subtitle, subtitle_en, name_en } = r.item;
  const name = printed ?? r.item.name;
  const nameMatch = r.matches?.filter((m) => m.key === 'name').map((m) => ({ ...m, value: name, indices: printed === undefined ? m.indices : printedRanges(name, m.indices) }));
  return { item: { kind, path, name, subtitle, subtitle_en, name_en, alt: [], context: [] }, refIndex: r.refIndex, ...(nameMatch ? { matches: nameMatch } : {}) };
}

/** `fetch` of a path relative to `base`, as text or bytes. */
export function fetchers(base: string): { fetchText: (p: string) => Promise<string>; fetchBytes: (p: string) => Promise<Uint8Array> } {
  const get = async (p: string) => {
    const r = await fetch(new URL(p, base));
    if (!r.ok) throw new Error(`${r.status} ${p}`);
    return r;
  };
  return {
    fetchText: async (p) => (await get(p)).text(),
    fetchBytes: async (p) => new Uint8Array(await (await get(p)).arrayBuffer()),
  };
}

export function createEngine(payload: SearchPayload, fetch: ReturnType<typeof fetchers>): Engine {
  const x = expandPayload(payload);
  const names = createSearcher(payload, x, { deferReports: true });
  const text = payload.ft
    ? createFullText({ manifest: payload.ft, t2s: payload.t2s, reportIds: x.reportIds, years: x.reportYears, reportWords: (r) => reportWords(x, r), ...fetch })
    : null;
  return {
    indexMore: (ms) => names.indexMore(ms),
    async search(q, limit) {
      const found = names.search(q, limit);
      const words = normaliseForSearch(q, payload.t2s).split(' ').filter(Boolean);
      const named = found.slice(0, 3).some((f) => words.every((w) => f.matches?.some((m) => typeof m.value === 'string' && m.value.includes(w))));
      const t = text ? await text.search(q, TEXT_LIMIT) : null;
      return {
        names: found.map((f) => slim(f, x.records[f.refIndex]?.name)),
        named,
        text: (t?.hits ?? []).map((h) => {
          const { kind, path, name, subtitle, subtitle_en, name_en } = x.records[x.firstDepartmentOfReport + h.report]!;
          return { item: { kind, path, name, subtitle, subtitle_en, name_en, alt: [], context: [] }, snippets: h.snippets };
        }),
        textCount: t?.candidates ?? 0,
        textExact: t?.exact ?? true,
      };
    },
  };
}
