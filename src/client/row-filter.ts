/**
 * Filters of a table kept in the address (overview, coverage): a `form[data-row-filter]`
 * whose `data-table` names its table; each select's name is a key, and a row shows when every
 * chosen value is one of the space-separated words of its `data-f-<key>` attribute (empty: all). `?key=value` opens the page
 * filtered; `[data-row-count]` in the form says how many rows are shown. Rows are hidden,
 * never rebuilt.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-row-filter]')) init(form);

function init(form: HTMLFormElement): void {
  const table = document.querySelector<HTMLTableElement>(form.dataset.table ?? 'table');
  if (!table) return;
  const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const count = form.querySelector<HTMLElement>('[data-row-count]');
  form.hidden = false;
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const v = params.get(s.name) ?? '';
    s.value = [...s.options].some((o) => o.value === v) ? v : '';
  }
  const apply = () => {
    const chosen = selects.filter((s) => s.value !== '');
    let shown = 0;
    for (const row of rows) {
      row.hidden = !chosen.every((s) => (row.getAttribute(`data-f-${s.name}`) ?? '').split(' ').includes(s.value));
      if (!row.hidden) shown++;
    }
    if (count) count.textContent = (count.dataset.template ?? '{n} / {total}').replace('{n}', String(shown)).replace('{total}', String(rows.length));
    const url = new URL(location.href);
    for (const s of selects) {
      if (s.value) url.searchParams.set(s.name, s.value);
      else url.searchParams.delete(s.name);
    }
    history.replaceState(null, '', url);
  };
  apply();
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
  form.addEventListener('reset', () => setTimeout(apply, 0));
}
