/**
 * The overview's signal filter: shows only the reports that raise the chosen credibility
 * signal (rows carry `data-signals`, rendered at build time), says how many, and keeps the
 * choice in the URL (`?signal=<id>`). Without JavaScript the form stays hidden and every
 * report is listed.
 */
import { hasSignal } from '../lib/indicators/filters.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-signal-filter-root]')) init(root);

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-signal-filter]');
  const select = form?.elements.namedItem('signal');
  const count = root.querySelector<HTMLElement>('[data-signal-count]');
  if (!form || !(select instanceof HTMLSelectElement) || !count) return;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-report]')];
  const showing = count.dataset.text ?? '{n}/{total}';
  form.hidden = false;

  const wanted = new URLSearchParams(location.search).get('signal') ?? '';
  select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
  apply();
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });

  function apply(): void {
    const signal = (select as HTMLSelectElement).value;
    let shown = 0;
    for (const row of rows) {
      const ok = hasSignal(row.dataset.signals ?? '', signal);
      row.hidden = !ok;
      if (ok) shown++;
    }
    count!.textContent = signal ? showing.replace('{n}', String(shown)).replace('{total}', String(rows.length)) : '';
    const url = new URL(location.href);
    if (signal) url.searchParams.set('signal', signal);
    else url.searchParams.delete('signal');
    history.replaceState(null, '', url);
  }
}
