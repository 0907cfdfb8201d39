/**
 * The language switch keeps what the reader chose. The link in the header goes to the other
 * language's version of the page; this brings along the address's query (search
 * words `?q=`, the indicator filters, the comparison's `?ids=`) and fragment.
 * The page's own scripts change the query with history.replaceState, so the link is brought
 * up to date whenever it may be followed or copied. Without JavaScript it is a plain link.
 * Loaded by the pages whose address holds such a state: search, comparison, indicators.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  const page = new URL(link.href);
  page.search = '';
  page.hash = '';
  const update = () => {
    const target = new URL(page.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  update();
  for (const type of ['pointerenter', 'pointerdown', 'focus', 'click', 'contextmenu']) link.addEventListener(type, update);
}
