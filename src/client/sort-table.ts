/**
 * Sortable tables (progressive enhancement): every column header of a `table[data-sortable]`
 * becomes a button; rows are re-ordered by the cells' `data-sort-value`. Without JavaScript the
 * table reads as rendered. DOM nodes are moved, never rebuilt from strings.
 */
import { sortOrder, type SortDirection } from '../lib/site/sort.ts';

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);

function enhance(table: HTMLTableElement): void {
  const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const body = table.tBodies[0];
  if (!body) return;
  const locale = document.documentElement.lang || 'zh-CN';
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    const arrow = document.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    arrow.className = 'sort-arrow';
    arrow.textContent = '↕';
    button.append(arrow);
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      const rows = [...body.rows];
      const values = rows.map((r) => r.cells[col]?.dataset.sortValue ?? r.cells[col]?.textContent?.trim() ?? null);
      body.append(...sortOrder(values, direction, locale).map((i) => rows[i]!));
      for (const h of heads) {
        h.setAttribute('aria-sort', h === th ? direction : 'none');
        const a = h.querySelector('.sort-arrow');
        if (a) a.textContent = h === th ? (direction === 'ascending' ? '↑' : '↓') : '↕';
      }
    });
  });
}
