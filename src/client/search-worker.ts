/**
 * The search, off the main thread: fetches and parses the payload, builds the index (about a
 * second for 15,000 reports) and answers queries, so typing never waits for it. Messages:
 * `{ type: 'load', url }` → `{ type: 'ready' }` or `{ type: 'error' }`;
 * `{ type: 'search', id, q, limit }` → `{ type: 'results', id, results }`.
 */
import { createSearcher, type Searcher } from '../lib/search/search.ts';
import type { SearchPayload, SearchRecord } from '../lib/search/types.ts';
import type { FuseResult } from 'fuse.js';

/**
 * What the page needs of a result: the record's display fields and where the name matched
 * (for the highlight). Copying the rest between threads would only cost time.
 */
function slim(r: FuseResult<SearchRecord>): FuseResult<SearchRecord> {
  const { kind, path, name, subtitle, subtitle_en, name_en } = r.item;
  const nameMatch = r.matches?.filter((m) => m.key === 'name');
  return { item: { kind, path, name, subtitle, subtitle_en, name_en, alt: [], context: [] }, refIndex: r.refIndex, ...(nameMatch ? { matches: nameMatch } : {}) };
}

export type WorkerRequest = { type: 'load'; url: string } | { type: 'search'; id: number; q: string; limit: number };

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;
let searcher: Promise<Searcher> | null = null;

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'load') {
    searcher ??= fetch(msg.url)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<SearchPayload>;
      })
      .then((payload) => {
        const s = createSearcher(payload);
        // Warm the engine (the first searches run unoptimised code) before the user types.
        for (const q of ['投促局', 'baiyun', '满意度']) s.search(q, 60);
        return s;
      });
    searcher.then(() => scope.postMessage({ type: 'ready' }), () => scope.postMessage({ type: 'error' }));
  } else if (msg.type === 'search' && searcher) {
    void searcher.then((s) => scope.postMessage({ type: 'results', id: msg.id, results: s.search(msg.q, msg.limit).map(slim) }));
  }
};
