/** Filters of the indicator explorer: hide non-matching rows, keep the filter in the URL. */
import { FILTER_KEYS, matches, readFilter, writeFilter, type IndicatorFilter } from '../lib/indicators/filters.ts';

const root = document.querySelector<HTMLElement>('[data-indicators-root]');
if (root) init(root);

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-indicator-filters]')!;
  const count = root.querySelector<HTMLElement>('[data-indicator-count]')!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string>;
  const select = (k: keyof IndicatorFilter) => form.elements.namedItem(k) as HTMLSelectElement;
  form.hidden = false;

  const initial = readFilter(new URLSearchParams(location.search));
  for (const k of FILTER_KEYS) {
    const s = select(k);
    s.value = [...s.options].some((o) => o.value === initial[k]) ? initial[k] : '';
  }
  apply();

  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
  form.addEventListener('reset', () => setTimeout(apply, 0));

  function apply(): void {
    const f = Object.fromEntries(FILTER_KEYS.map((k) => [k, select(k).value])) as unknown as IndicatorFilter;
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const ok = matches({ category: d.category ?? '', sub: d.sub ?? '', met: d.met ?? '', dept: d.dept ?? '', year: d.year ?? '', signal: d.signals ?? '' }, f);
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = (text.showing ?? '{n}/{total}').replace('{n}', String(shown)).replace('{total}', String(rows.length));
    const url = new URL(location.href);
    url.search = writeFilter(f).toString();
    history.replaceState(null, '', url);
  }
}
