/**
 * "Download these rows (CSV)": a `[data-csv-download]` button (with `data-csv-table`, the
 * selector of its table, and `data-csv-name`, the file's name) writes the table's header and
 * the rows on screen (not hidden by a filter, in their shown order) to a CSV file built here
 * (src/lib/site/table-csv.ts) and saved through a blob: link. No HTML strings, nothing sent.
 */
import { rowsCsv } from '../lib/site/table-csv.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-csv-download]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const table = document.querySelector<HTMLTableElement>(button.dataset.csvTable ?? 'table');
    if (!table) return;
    const header = [...(table.tHead?.rows[0]?.cells ?? [])];
    const rows = [...table.tBodies].flatMap((b) => [...b.rows]).filter((r) => !r.hidden).map((r) => [...r.cells]);
    const blob = new Blob([rowsCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = button.dataset.csvName ?? 'rows.csv';
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
