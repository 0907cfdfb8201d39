/**
 * Search as you type on /search/. Progressive enhancement: without JavaScript the page is a
 * GET form plus links to every department and report. The index is fetched when the page is
 * idle, or sooner when the search box gets focus (at once when the page opens with ?q=), by a
 * Web Worker that also
 * runs the queries (src/client/search-worker.ts), so the page never freezes while a large
 * index is built; where workers are unavailable the same code runs here. Results are built
 * as DOM nodes: report text is untrusted, so no HTML strings are ever parsed. After each
 * render the root's `data-search-done` holds the query shown (the benchmark waits for it).
 */
import { highlightParts, type Part } from '../lib/search/highlight.ts';
import type { Answer } from '../lib/search/engine.ts';
import type { Snippet } from '../lib/search/fulltext/query.ts';
import type { SearchPayload, SearchRecord } from '../lib/search/types.ts';
import type { FuseResult } from 'fuse.js';

/** Runs queries; resolves with the answer, or null when a newer query overtook this one. */
type Run = (q: string, limit: number) => Promise<Answer | null>;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) init(root);

/** A search engine in a worker (preferred) or on this thread; `complete` once every record is indexed. */
function engine(url: string, complete: () => void): Promise<Run> {
  if (typeof Worker === 'undefined') return inPage(url, complete);
  return new Promise<Run>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(inPage(url, complete));
      return;
    }
    let latest = 0;
    const pending = new Map<number, (r: Answer | null) => void>();
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
    worker.onmessage = (e: MessageEvent<{ type: string; id?: number; answer?: Answer | null }>) => {
      const m = e.data;
      if (m.type === 'ready') resolve(run);
      else if (m.type === 'complete') complete();
      else if (m.type === 'error') reject(new Error('index'));
      else if (m.type === 'results' && m.id !== undefined) {
        pending.get(m.id)?.(m.answer ?? { names: [], named: false, text: [], textCount: 0, textExact: true });
        pending.delete(m.id);
      }
    };
    worker.onerror = () => reject(new Error('worker'));
    worker.postMessage({ type: 'load', url: new URL(url, location.href).href });
  });
}

/** Without workers: the same search on this thread (the engine is then loaded as a separate chunk). */
async function inPage(url: string, complete: () => void): Promise<Run> {
  const absolute = new URL(url, location.href).href;
  const [{ createEngine, fetchers, indexInSlices }, response] = await Promise.all([import('../lib/search/engine.ts'), fetch(absolute)]);
  if (!response.ok) throw new Error(`${response.status}`);
  const s = createEngine((await response.json()) as SearchPayload, fetchers(absolute));
  indexInSlices(s, complete);
  return (q, limit) => s.search(q, limit);
}

function init(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const base = root.dataset.base ?? '/';
  const lang = root.dataset.lang === 'en' ? 'en' : 'zh';
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string> & { parts?: Record<string, string> };
  let searcher: Promise<Run> | null = null;

  const load = () => {
    searcher ??= engine(root.dataset.indexUrl!, () => {
      root.dataset.searchComplete = '';
      // Results shown before the reports were indexed by name are brought up to date
      // (unless the reader has moved into them).
      if (input.value.trim() && !results.contains(document.activeElement)) void run();
    });
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
  } else {
    // Whoever opens the search page means to search: the index loads once the page is idle,
    // so the first keystroke finds it ready (focus still loads it at once if that is sooner).
    const idle = (f: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 500));
    idle(() => void load());
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
    let found: Answer | null;
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

  function render(found: Answer, q: string): void {
    if (fallback) fallback.hidden = true;
    const groups: SearchRecord['kind'][] = ['department', 'report', 'indicator'];
    const named = groups.flatMap((kind) => {
      const items = found.names.filter((f) => f.item.kind === kind);
      return items.length === 0 ? [] : [section(text[kind] ?? kind, items.length, items.map(item))];
    });
    const inText = found.text.length === 0 ? [] : [textSection(found)];
    // A name that holds the query as typed comes first; otherwise the texts that do.
    results.replaceChildren(...(found.named || inText.length === 0 ? [...named, ...inText] : [...inText, ...named]));
    const n = found.names.length + found.text.length;
    status.textContent = n === 0 ? (text.none ?? 'No results').replace('{q}', q) : (text.count ?? '{n}').replace('{n}', String(n));
  }

  function section(title: string, count: number, items: HTMLLIElement[], lead?: HTMLElement): HTMLElement {
    const s = document.createElement('section');
    s.setAttribute('aria-label', title);
    const h = document.createElement('h2');
    h.textContent = `${title} (${count})`;
    const ul = document.createElement('ul');
    ul.className = 'search-list';
    ul.append(...items);
    s.append(h, ...(lead ? [lead] : []), ul);
    return s;
  }

  /** Text with its matched parts in <mark> elements (DOM nodes: report text is never parsed as HTML). */
  function marked(parts: Part[], into: HTMLElement): HTMLElement {
    for (const part of parts) {
      if (part.match) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        into.append(mark);
      } else into.append(document.createTextNode(part.text));
    }
    return into;
  }

  const pageHref = (path: string) => `${base}${lang === 'en' ? 'en/' : ''}${path}`;

  function item(f: FuseResult<SearchRecord>): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = pageHref(f.item.path);
    const title = document.createElement('span');
    title.className = 'search-title';
    // The name as printed, isolated for direction: a right-to-left override in it stays inside.
    title.dir = 'auto';
    const nameMatch = f.matches?.find((m) => m.key === 'name');
    marked(highlightParts(f.item.name, nameMatch?.indices), title);
    title.dir = 'auto';
    if (lang === 'en') title.lang = 'zh-CN';
    const sub = document.createElement('span');
    sub.className = 'search-sub';
    sub.dir = 'auto';
    if (lang === 'en' && f.item.name_en) {
      const name = document.createElement('bdi');
      name.textContent = f.item.name_en;
      sub.append(name, ` · ${f.item.subtitle_en}`);
    } else sub.textContent = lang === 'en' ? f.item.subtitle_en : f.item.subtitle;
    a.append(title, sub);
    li.append(a);
    return li;
  }

  /** Reports whose texts hold the query: the report, then each matching sentence linking to its line or row. */
  function textSection(found: Answer): HTMLElement {
    const items = found.text.map((t) => {
      const li = document.createElement('li');
      li.className = 'search-text-hit';
      const a = document.createElement('a');
      a.href = pageHref(t.item.path);
      const title = document.createElement('span');
      title.className = 'search-title';
      title.dir = 'auto';
      title.textContent = lang === 'en' && t.item.name_en ? t.item.name_en : t.item.name;
      const sub = document.createElement('span');
      sub.className = 'search-sub';
      sub.textContent = lang === 'en' ? t.item.subtitle_en : t.item.subtitle;
      a.append(title, sub);
      li.append(a);
      for (const s of t.snippets) li.append(snippetLink(t.item.path, s));
      return li;
    });
    let lead: HTMLElement | undefined;
    if (found.textCount > found.text.length) {
      lead = document.createElement('p');
      lead.className = 'search-sub';
      lead.textContent = (found.textExact ? text.more : text.moreApprox)?.replace('{n}', found.textCount.toLocaleString(lang === 'en' ? 'en' : 'zh-CN')).replace('{shown}', String(found.text.length)) ?? '';
    }
    return section(text.text ?? 'Text', found.text.length, items, lead);
  }

  function snippetLink(reportPath: string, s: Snippet): HTMLAnchorElement {
    const a = document.createElement('a');
    a.className = 'search-snippet';
    const id = /^reports\/([^/]+)\//u.exec(reportPath)?.[1] ?? '';
    const t = s.target;
    a.href = 'line' in t ? pageHref(`sources/${id}/#L${t.line}`) : 'anchor' in t ? pageHref(`${reportPath}#${t.anchor}`) : pageHref(reportPath);
    const where = document.createElement('span');
    where.className = 'search-where';
    where.textContent = 'line' in t ? (text.line ?? '{n}').replace('{n}', String(t.line)) : (text.parts?.[s.part] ?? text.parts?.report ?? s.part);
    const quote = document.createElement('q');
    quote.dir = 'auto';
    // Chinese texts are marked as such on English pages; a translation (ASCII) is English.
    if (lang === 'en' && /\p{Script=Han}/u.test(s.text)) quote.lang = 'zh-CN';
    const parts = highlightParts(s.text, s.marks.map(([start, end]) => [start, end - 1] as const));
    a.append(where, marked(parts, quote));
    return a;
  }
}
