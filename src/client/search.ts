/**
 * Search as you type on /search/. Progressive enhancement: without JavaScript the page is a
 * GET form plus links to every department and report. The index is fetched the first time a
 * search box gets focus (or at once when the page opens with ?q=), by a Web Worker that also
 * runs the queries (src/client/search-worker.ts), so the page never freezes while a large
 * index is built; where workers are unavailable the same code runs here. Results are built
 * as DOM nodes: report text is untrusted, so no HTML strings are ever parsed. After each
 * render the root's `data-search-done` holds the query shown (the benchmark waits for it).
 */
import { highlightParts } from '../lib/search/highlight.ts';
import type { SearchPayload, SearchRecord } from '../lib/search/types.ts';
import type { FuseResult } from 'fuse.js';

/** Runs queries; resolves with the results, or null when a newer query overtook this one. */
type Run = (q: string, limit: number) => Promise<FuseResult<SearchRecord>[] | null>;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) init(root);

/** A search engine in a worker (preferred) or on this thread. */
function engine(url: string): Promise<Run> {
  if (typeof Worker === 'undefined') return inPage(url);
  return new Promise<Run>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(inPage(url));
      return;
    }
    let latest = 0;
    const pending = new Map<number, (r: FuseResult<SearchRecord>[] | null) => void>();
    const run: Run = (q, limit) =>
      new Promise((done) => {
        const id = ++latest;
        // Only the newest query's results matter: older ones are answered with null.
        for (const [old, settle] of pending) {
          settle(null);
          pending.delete(old);
        }
        pending.set(id, done);
        worker.postMessage({ type: 'search', id, q, limit });
      });
    worker.onmessage = (e: MessageEvent<{ type: string; id?: number; results?: FuseResult<SearchRecord>[] }>) => {
      const m = e.data;
      if (m.type === 'ready') resolve(run);
      else if (m.type === 'error') reject(new Error('index'));
      else if (m.type === 'results' && m.id !== undefined) {
        pending.get(m.id)?.(m.results ?? []);
        pending.delete(m.id);
      }
    };
    worker.onerror = () => reject(new Error('worker'));
    worker.postMessage({ type: 'load', url: new URL(url, location.href).href });
  });
}

/** Without workers: the same search on this thread (Fuse is then loaded as a separate chunk). */
async function inPage(url: string): Promise<Run> {
  const [{ createSearcher }, response] = await Promise.all([import('../lib/search/search.ts'), fetch(url)]);
  if (!response.ok) throw new Error(`${response.status}`);
  const s = createSearcher((await response.json()) as SearchPayload);
  return (q, limit) => Promise.resolve(s.search(q, limit));
}

function init(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const base = root.dataset.base ?? '/';
  const lang = root.dataset.lang === 'en' ? 'en' : 'zh';
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string>;
  let searcher: Promise<Run> | null = null;

  const load = () => {
    searcher ??= engine(root.dataset.indexUrl!);
    void searcher.then(() => {
      root.dataset.searchReady = '';
    }, () => undefined);
    return searcher;
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  root.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== input && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
      e.preventDefault();
      input.focus();
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = results.querySelector<HTMLAnchorElement>('a');
      if (first) { e.preventDefault(); first.focus(); }
    }
  });
  results.addEventListener('keydown', (e) => {
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && links[i + 1]) { e.preventDefault(); links[i + 1]!.focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); (links[i - 1] ?? input).focus(); }
    if (e.key === 'Escape') input.focus();
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }

  async function run(): Promise<void> {
    const q = input.value.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      results.replaceChildren();
      status.textContent = '';
      if (fallback) fallback.hidden = false;
      root.dataset.searchDone = '';
      return;
    }
    let found: FuseResult<SearchRecord>[] | null;
    try {
      found = await (await load())(q, 60);
    } catch {
      status.textContent = text.loadError ?? 'Search index could not be loaded.';
      return;
    }
    if (found === null || input.value.trim() !== q) return; // a newer keystroke is running
    render(found, q);
    root.dataset.searchDone = q;
  }

  function render(found: FuseResult<SearchRecord>[], q: string): void {
    if (fallback) fallback.hidden = true;
    const groups: SearchRecord['kind'][] = ['department', 'report', 'indicator'];
    const sections = groups.flatMap((kind) => {
      const items = found.filter((f) => f.item.kind === kind);
      if (items.length === 0) return [];
      const section = document.createElement('section');
      section.setAttribute('aria-label', text[kind] ?? kind);
      const h = document.createElement('h2');
      h.textContent = `${text[kind] ?? kind} (${items.length})`;
      const ul = document.createElement('ul');
      ul.className = 'search-list';
      for (const f of items) ul.append(item(f));
      section.append(h, ul);
      return [section];
    });
    results.replaceChildren(...sections);
    status.textContent = found.length === 0 ? (text.none ?? 'No results').replace('{q}', q) : (text.count ?? '{n}').replace('{n}', String(found.length));
  }

  function item(f: FuseResult<SearchRecord>): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `${base}${lang === 'en' ? 'en/' : ''}${f.item.path}`;
    const title = document.createElement('span');
    title.className = 'search-title';
    // The name as printed, isolated for direction: a right-to-left override in it stays inside.
    title.dir = 'auto';
    const nameMatch = f.matches?.find((m) => m.key === 'name');
    for (const part of highlightParts(f.item.name, nameMatch?.indices)) {
      if (part.match) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        title.append(mark);
      } else title.append(document.createTextNode(part.text));
    }
    if (lang === 'en') title.lang = 'zh-CN';
    const sub = document.createElement('span');
    sub.className = 'search-sub';
    if (lang === 'en' && f.item.name_en) {
      const name = document.createElement('bdi');
      name.textContent = f.item.name_en;
      sub.append(name, ` · ${f.item.subtitle_en}`);
    } else sub.textContent = lang === 'en' ? f.item.subtitle_en : f.item.subtitle;
    a.append(title, sub);
    li.append(a);
    return li;
  }
}
