/**
 * The search, off the main thread: fetches and parses the payload, builds the name search's
 * keys and answers queries — names and full text (src/lib/search/engine.ts), fetching the
 * full-text shards and texts a query needs — so typing never waits for it. Messages:
 * `{ type: 'load', url }` → `{ type: 'ready' }` (departments, indicators and full text
 * searchable; reports by name follow in slices between queries) then `{ type: 'complete' }`,
 * or `{ type: 'error' }`;
 * `{ type: 'search', id, q, limit }` → `{ type: 'results', id, answer }`.
 */
import { createEngine, fetchers, indexInSlices, type Engine } from '../lib/search/engine.ts';
import type { SearchPayload } from '../lib/search/types.ts';

export type WorkerRequest = { type: 'load'; url: string } | { type: 'search'; id: number; q: string; limit: number };

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;
let engine: Promise<Engine> | null = null;

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'load') {
    engine ??= fetch(msg.url)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<SearchPayload>;
      })
      .then((payload) => createEngine(payload, fetchers(msg.url)));
    engine.then(
      (s) => {
        scope.postMessage({ type: 'ready' });
        indexInSlices(s, () => scope.postMessage({ type: 'complete' }));
      },
      () => scope.postMessage({ type: 'error' }),
    );
  } else if (msg.type === 'search' && engine) {
    void engine
      .then((s) => s.search(msg.q, msg.limit))
      .then(
        (answer) => scope.postMessage({ type: 'results', id: msg.id, answer }),
        () => scope.postMessage({ type: 'results', id: msg.id, answer: null }),
      );
  }
};
