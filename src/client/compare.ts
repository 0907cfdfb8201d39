/**
 * The comparison page: reads `?ids=` (readSelection: 2–4, the first four, unknown ids named),
 * fetches each chosen department's column from /data/compare/<id>.json, and builds the table
 * (the same model a department page renders, src/lib/compare/table.ts), the warnings and the
 * small multiples as DOM nodes. Departments are chosen by province (the province's list,
 * /data/compare/provinces/<code>.json) or by name (the site's search index, in the search
 * worker). The address follows the choice.
 */
import { MAX_COMPARE, MIN_COMPARE, readSelection, selectionQuery } from '../lib/compare/selection.ts';
import { compareTable, warningText, type CompareTable } from '../lib/compare/table.ts';
import { multipleChart, prepareMultiples } from '../lib/compare/multiples.ts';
import type { CompareColumn, MeasureWords, ProvinceDepartment } from '../lib/compare/measures.ts';
import type { Answer } from '../lib/search/engine.ts';
import type { SearchRecord } from '../lib/search/types.ts';
import { svgElement } from './svg-dom.ts';

type Loaded = { ok: true; column: CompareColumn } | { ok: false; missing: boolean };

const root = document.querySelector<HTMLElement>('[data-compare-root]');
if (root) init(root);

function node<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.text !== undefined) el.textContent = props.text;
  el.append(...children);
  return el;
}

function init(root: HTMLElement): void {
  const lang = root.dataset.lang === 'en' ? 'en' : 'zh';
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string>;
  const words = JSON.parse(root.dataset.words ?? '{}') as MeasureWords;
  const page = root.dataset.page ?? '/';
  const dataUrl = root.dataset.data ?? '/data/compare/';
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const message = $('[data-compare-message]');
  const chosenList = $('[data-compare-chosen]');
  const results = $('[data-compare-results]');
  const provinceSelect = $<HTMLSelectElement>('[data-compare-province]');
  const provinceList = $('[data-compare-province-list]');
  const provinceBoxes = $('[data-compare-province-boxes]');
  const searchInput = $<HTMLInputElement>('[data-compare-search]');
  const searchResults = $('[data-compare-search-results]');
  const searchStatus = $('[data-compare-search-status]');
  $('[data-compare-nojs]').hidden = true;
  $('[data-compare-chooser]').hidden = false;

  const cache = new Map<string, Promise<Loaded>>();
  const load = (id: string): Promise<Loaded> => {
    let p = cache.get(id);
    if (!p) {
      p = fetch(`${dataUrl}${encodeURIComponent(id)}.json`).then(
        async (r) => (r.ok ? { ok: true as const, column: (await r.json()) as CompareColumn } : { ok: false as const, missing: r.status === 404 }),
        () => ({ ok: false as const, missing: false }),
      );
      cache.set(id, p);
    }
    return p;
  };
  const fill = (template: string | undefined, key: string, value: string) => (template ?? '').replace(`{${key}}`, value);
  const list = (ids: readonly string[]) => ids.join(lang === 'zh' ? '、' : ', ');

  // What the address asked for; its notes stay until the reader changes the choice.
  const initial = readSelection(new URLSearchParams(location.search).get('ids'));
  let chosen = initial.ids;
  let notes: string[] = [
    ...(initial.dropped.length ? [fill(text.dropped, 'ids', list(initial.dropped))] : []),
    ...(initial.invalid.length ? [fill(text.unknown, 'ids', list(initial.invalid))] : []),
  ];
  let names = new Map<string, string>();
  let generation = 0;

  void update();

  async function update(): Promise<void> {
    const mine = ++generation;
    const url = new URL(location.href);
    url.search = selectionQuery(chosen);
    history.replaceState(null, '', url.toString());
    message.textContent = chosen.length ? (text.loading ?? '') : '';
    const loaded = await Promise.all(chosen.map(load));
    if (mine !== generation) return; // a newer choice is being shown
    const unknown = chosen.filter((_, i) => { const l = loaded[i]!; return !l.ok && l.missing; });
    const failed = chosen.filter((_, i) => { const l = loaded[i]!; return !l.ok && !l.missing; });
    const columns = loaded.flatMap((l) => (l.ok ? [l.column] : []));
    if (unknown.length) {
      notes = [...notes, fill(text.unknown, 'ids', list(unknown))];
      chosen = chosen.filter((id) => !unknown.includes(id));
      const u = new URL(location.href);
      u.search = selectionQuery(chosen);
      history.replaceState(null, '', u.toString());
    }
    names = new Map(columns.map((c) => [c.department.id, lang === 'zh' ? c.department.short_name_zh : c.department.short_name_en]));
    const count = columns.length + failed.length;
    message.textContent = [
      ...notes,
      ...(failed.length ? [fill(text.loadError, 'ids', list(failed))] : []),
      ...(count === 0 ? [text.empty ?? ''] : count < MIN_COMPARE ? [text.needMore ?? ''] : []),
    ].join(' ');
    renderChosen();
    syncBoxes();
    renderResults(columns);
    root.dataset.compareDone = chosen.join(',');
  }

  function choose(ids: string[]): void {
    notes = [];
    chosen = ids;
    void update();
  }

  function add(id: string): boolean {
    if (chosen.includes(id)) return true;
    if (chosen.length >= MAX_COMPARE) {
      message.textContent = text.full ?? '';
      return false;
    }
    choose([...chosen, id]);
    return true;
  }

  function renderChosen(): void {
    if (chosen.length === 0) {
      chosenList.replaceChildren(node('li', { className: 'text-muted', text: text.noneChosen ?? '' }));
      return;
    }
    chosenList.replaceChildren(...chosen.map((id) => {
      const name = names.get(id) ?? id;
      const button = node('button', { className: 'chip-button', text: `${name} ×` });
      button.type = 'button';
      button.setAttribute('aria-label', fill(text.remove, 'name', name));
      button.dataset.remove = id;
      button.addEventListener('click', () => choose(chosen.filter((x) => x !== id)));
      return node('li', {}, button);
    }));
  }

  function renderResults(columns: CompareColumn[]): void {
    results.hidden = columns.length === 0;
    if (columns.length === 0) return;
    const table = compareTable(columns, lang, words);
    renderWarnings(table);
    $('[data-compare-table]').replaceChildren(...tableNodes(table));
    const { data, max } = prepareMultiples(columns, lang);
    $('[data-compare-multiples]').replaceChildren(...data.map((d) => {
      const chart = multipleChart(d, max, lang);
      const figure = node('figure', { className: 'chart card' }, node('figcaption', { className: 'font-semibold mb-2', text: chart.title }));
      figure.dataset.col = d.id;
      const box = node('div', { className: 'chart-svg' });
      box.append(svgElement(chart.svg));
      figure.append(box, node('p', { className: 'sr-only', text: chart.description }));
      return figure;
    }));
  }

  function renderWarnings(table: CompareTable): void {
    const box = $('[data-likeness]');
    box.hidden = table.warnings.length === 0;
    $('[data-likeness-list]').replaceChildren(...table.warnings.map((w) => {
      const p = node('p', { text: warningText(text[w.code] ?? '', w.years, lang) });
      p.dataset.like = w.code;
      return p;
    }));
  }

  function tableNodes(table: CompareTable): Node[] {
    // Measure names keep a readable width on a phone (the col-name class), not a letter a line.
    const head = node('tr', {}, node('th', { className: 'col-name', text: text.measure ?? '' }));
    (head.firstChild as HTMLElement).setAttribute('scope', 'col');
    const reportRow = node('tr', {}, node('th', { className: 'col-name', text: text.reportOf ?? '' }));
    (reportRow.firstChild as HTMLElement).setAttribute('scope', 'row');
    for (const c of table.columns) {
      const a = node('a', { text: lang === 'zh' ? c.department.short_name_zh : c.department.short_name_en });
      a.href = `${page}departments/${c.department.id}/`;
      if (lang === 'en') a.lang = 'en';
      const th = node('th', {}, a);
      th.setAttribute('scope', 'col');
      th.dataset.col = c.department.id;
      th.dataset.kind = c.report?.kind ?? '';
      th.dataset.year = String(c.report?.fiscal_year ?? '');
      head.append(th);
      const td = node('td');
      td.dataset.col = c.department.id;
      if (c.report) {
        const r = node('a', { text: `${c.report.fiscal_year} · ${words.kind[c.report.kind]}` });
        r.href = `${page}reports/${c.report.id}/`;
        td.append(r);
      } else td.textContent = text.noReport ?? '';
      reportRow.append(td);
    }
    const body = node('tbody', {}, reportRow, ...table.rows.map((row) => {
      const th = node('th', { className: 'col-name', text: row.label });
      th.setAttribute('scope', 'row');
      const tr = node('tr', {}, th);
      tr.dataset.row = row.key;
      if (row.ranked) tr.dataset.ranked = 'true';
      row.cells.forEach((cell, i) => {
        const td = node('td', { text: cell.text });
        td.dataset.col = table.columns[i]!.department.id;
        if (cell.value !== null) td.dataset.value = cell.value;
        if (cell.computed) td.append(node('span', { className: 'computed-tag', text: ` (${text.computed ?? ''})` }));
        if (cell.max) td.append(node('span', { className: 'extreme extreme-max', text: text.max ?? '' }));
        if (cell.min) td.append(node('span', { className: 'extreme extreme-min', text: text.min ?? '' }));
        tr.append(td);
      });
      return tr;
    }));
    return [node('caption', { text: text.caption ?? '' }), node('thead', {}, head), body];
  }

  // By province: the province's departments as checkboxes.
  let provinceDepartments: ProvinceDepartment[] = [];
  provinceSelect.addEventListener('change', () => void showProvince(provinceSelect.value));
  async function showProvince(code: string): Promise<void> {
    provinceList.hidden = code === '';
    if (!code) return;
    const r = await fetch(`${dataUrl}provinces/${encodeURIComponent(code)}.json`).catch(() => null);
    if (!r?.ok) return;
    provinceDepartments = ((await r.json()) as { departments: ProvinceDepartment[] }).departments;
    const option = provinceSelect.selectedOptions[0];
    $('[data-compare-province-legend]').textContent = fill(text.provinceDepartments, 'province', option?.text.replace(/\s*\(\d+\)$/u, '') ?? code);
    provinceBoxes.replaceChildren(...provinceDepartments.map(([id, zh, en, city, , year]) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = id;
      box.checked = chosen.includes(id);
      box.addEventListener('change', () => {
        if (box.checked) box.checked = add(id);
        else choose(chosen.filter((x) => x !== id));
      });
      const label = node('label', {}, box, ` ${lang === 'zh' ? zh : en}`, node('span', { className: 'text-xs text-muted', text: ` ${city}${year ? ` · ${year}` : ''}` }));
      return label;
    }));
  }
  function syncBoxes(): void {
    for (const box of provinceBoxes.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = chosen.includes(box.value);
    for (const b of searchResults.querySelectorAll<HTMLButtonElement>('button[data-add]')) b.disabled = chosen.includes(b.dataset.add ?? '');
  }

  // By name: the site's search worker, departments only.
  let worker: Worker | null = null;
  let ready: Promise<void> | null = null;
  let latest = 0;
  const answers = new Map<number, (r: { item: SearchRecord }[]) => void>();
  const startSearch = (): Promise<void> => {
    ready ??= new Promise<void>((resolve, reject) => {
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
      // The worker's protocol (search-worker.ts): names are in `answer.names`; full text is not used here.
      worker.onmessage = (e: MessageEvent<{ type: string; id?: number; answer?: Answer | null }>) => {
        const msg = e.data;
        if (msg.type === 'ready') resolve();
        else if (msg.type === 'error') reject(new Error('index'));
        else if (msg.type === 'results' && msg.id !== undefined) answers.get(msg.id)?.(msg.answer?.names ?? []);
      };
      worker.postMessage({ type: 'load', url: new URL(root.dataset.indexUrl ?? '/search/index.json', location.href).href });
    });
    return ready;
  };
  searchInput.addEventListener('focus', () => void startSearch().catch(() => undefined), { once: true });
  searchInput.addEventListener('input', () => void runSearch());
  async function runSearch(): Promise<void> {
    const q = searchInput.value.trim();
    const id = ++latest;
    if (!q) {
      searchResults.replaceChildren();
      searchStatus.textContent = '';
      return;
    }
    try {
      await startSearch();
    } catch {
      searchStatus.textContent = text.loadError?.replace('{ids}', '') ?? '';
      return;
    }
    const found = await new Promise<{ item: SearchRecord }[]>((done) => {
      answers.set(id, done);
      worker!.postMessage({ type: 'search', id, q, limit: 30 });
    });
    answers.delete(id);
    if (id !== latest) return;
    const departments = found.filter((f) => f.item.kind === 'department').slice(0, 10);
    searchStatus.textContent = departments.length ? '' : fill(text.searchNone, 'q', q);
    searchResults.replaceChildren(...departments.map((f) => {
      const depId = f.item.path.replace(/^departments\//u, '').replace(/\/$/u, '');
      const name = lang === 'zh' ? f.item.name : (f.item.name_en ?? f.item.name);
      const button = node('button', { className: 'chip-button', text: `+ ${name}` });
      button.type = 'button';
      button.dataset.add = depId;
      button.setAttribute('aria-label', fill(text.add, 'name', name));
      button.disabled = chosen.includes(depId);
      button.addEventListener('click', () => { if (add(depId)) button.disabled = true; });
      return node('li', {}, button);
    }));
  }
}
