/**
 * The comparison picker: shows only the departments in `?ids=` (2–4), keeps the address in
 * step with the checkboxes, re-marks the highest and lowest values among those shown and
 * says when the chosen reports are not alike. Only toggles pre-rendered nodes and text.
 */
import { MAX_COMPARE, MIN_COMPARE, parseIds } from '../lib/compare/model.ts';
import { extremes } from '../lib/compare/extremes.ts';

const root = document.querySelector<HTMLElement>('[data-compare-root]');
if (root) init(root);

function init(root: HTMLElement): void {
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string>;
  const picker = root.querySelector<HTMLFormElement>('[data-compare-picker]')!;
  const message = root.querySelector<HTMLElement>('[data-compare-message]')!;
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const known = boxes.map((b) => b.value);
  const heads = [...root.querySelectorAll<HTMLElement>('th[data-col]')];
  picker.hidden = false;

  const fromUrl = parseIds(new URLSearchParams(location.search).get('ids'), known);
  apply(fromUrl.length >= MIN_COMPARE ? fromUrl : known, fromUrl.length > 0 && fromUrl.length < MIN_COMPARE);

  picker.addEventListener('submit', (e) => e.preventDefault());
  picker.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    let chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (chosen.length > MAX_COMPARE) {
      box.checked = false;
      chosen = chosen.filter((id) => id !== box.value);
      message.textContent = text.tooMany ?? '';
      return;
    }
    const url = new URL(location.href);
    if (chosen.length >= MIN_COMPARE) url.searchParams.set('ids', chosen.join(','));
    else url.searchParams.delete('ids');
    // Keep the commas readable in a shared link.
    history.replaceState(null, '', url.toString().replace(/%2C/gu, ','));
    apply(chosen.length >= MIN_COMPARE ? chosen : known, chosen.length < MIN_COMPARE, chosen);
  });

  function apply(shown: string[], tooFew: boolean, checked: string[] = shown): void {
    const set = new Set(shown);
    for (const b of boxes) b.checked = checked.includes(b.value);
    message.textContent = tooFew ? (text.tooFew ?? '') : '';
    for (const node of root.querySelectorAll<HTMLElement>('[data-col]')) node.hidden = !set.has(node.dataset.col ?? '');
    markExtremes(set);
    likeness(heads.filter((h) => set.has(h.dataset.col ?? '')));
  }

  function markExtremes(set: Set<string>): void {
    for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-numeric]')) {
      const cells = [...row.querySelectorAll<HTMLElement>('td[data-col]')].filter((c) => set.has(c.dataset.col ?? ''));
      const { max, min } = extremes(cells.map((c) => (c.dataset.value === undefined ? null : Number(c.dataset.value))));
      cells.forEach((c, i) => {
        const slot = c.querySelector('.extreme-slot');
        if (!slot) return;
        const marks: HTMLElement[] = [];
        if (max.includes(i)) marks.push(badge('extreme extreme-max', text.max ?? 'max'));
        if (min.includes(i)) marks.push(badge('extreme extreme-min', text.min ?? 'min'));
        slot.replaceChildren(...marks);
      });
    }
  }

  function badge(className: string, label: string): HTMLElement {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = label;
    return span;
  }

  function likeness(shownHeads: HTMLElement[]): void {
    const years = [...new Set(shownHeads.map((h) => h.dataset.year).filter(Boolean))].sort();
    const kinds = new Set(shownHeads.map((h) => h.dataset.kind).filter(Boolean));
    const missing = shownHeads.some((h) => !h.dataset.kind);
    const box = root.querySelector<HTMLElement>('[data-likeness]')!;
    const p = (code: string) => box.querySelector<HTMLElement>(`[data-like="${code}"]`)!;
    p('years').hidden = years.length < 2;
    p('years').textContent = (text.years ?? '').replace('{years}', years.join(text.sep ?? ', '));
    p('kinds').hidden = kinds.size < 2;
    p('missing').hidden = !missing;
    box.hidden = years.length < 2 && kinds.size < 2 && !missing;
  }
}
