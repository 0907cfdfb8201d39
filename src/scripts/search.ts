/**
 * Search as you type on /search/. Progressive enhancement: without JavaScript the page is a
 * GET form plus a full list of departments and reports. The index is fetched the first time a
 * search box gets focus (or at once when the page opens with ?q=). Results are built as DOM
 * nodes: report text is untrusted, so no HTML strings are ever parsed.
 */
import { createSearcher, type Searcher } from '../lib/search/search.ts';
import { highlightParts } from '../lib/search/highlight.ts';
import type { SearchPayload, SearchRecord } from '../lib/search/types.ts';
import type { FuseResult } from 'fuse.js';

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) init(root);

function init(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const base = root.dataset.base ?? '/';
  const lang = root.dataset.lang === 'en' ? 'en' : 'zh';
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string>;
  let searcher: Promise<Searcher> | null = null;

  const load = () =>
    (searcher ??= fetch(root.dataset.indexUrl!)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<SearchPayload>;
      })
      .then(createSearcher));

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
      return;
    }
    let s: Searcher;
    try {
      s = await load();
    } catch {
      status.textContent = text.loadError ?? 'Search index could not be loaded.';
      return;
    }
    if (input.value.trim() !== q) return; // a newer keystroke is running
    render(s.search(q, 60), q);
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
    sub.textContent = lang === 'en' ? (f.item.name_en ? `${f.item.name_en} · ${f.item.subtitle_en}` : f.item.subtitle_en) : f.item.subtitle;
    a.append(title, sub);
    li.append(a);
    return li;
  }
}
