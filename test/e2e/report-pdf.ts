/**
 * A source text laid out as an HTML page like the reports (indented paragraphs, ruled tables
 * that split across pages with a repeated header row, rows kept whole, full-width digits in
 * every third paragraph), for Chromium to print as a PDF: the extractor's PDF test and the
 * review page's test both read PDFs made this way.
 */
const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
/** Digits in prose printed full-width, as some offices' documents do. */
const fullWidth = (s: string) => s.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The text as a report page: tab-separated lines become ruled tables (with a repeated header), the rest paragraphs. */
export function reportHtml(text: string): string {
  const blocks: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const n = Math.max(...rows.map((r) => r.length));
    const tr = (r: string[], cell: 'td' | 'th') => `<tr>${Array.from({ length: n }, (_, i) => `<${cell}>${escape(r[i] ?? '')}</${cell}>`).join('')}</tr>`;
    blocks.push(`<table><thead>${tr(rows[0]!, 'th')}</thead><tbody>${rows.slice(1).map((r) => tr(r, 'td')).join('')}</tbody></table>`);
    rows = [];
  };
  text.split('\n').forEach((line, i) => {
    if (line.includes('\t')) { rows.push(line.split('\t').map((c) => c.trim())); return; }
    const t = line.trim();
    // A blank line inside a table does not end it.
    if (t === '') return;
    flush();
    // Every third paragraph with full-width digits.
    blocks.push(`<p>${escape(i % 3 === 0 ? fullWidth(t) : t)}</p>`);
  });
  flush();
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; line-height: 1.5; }
    p { text-indent: 2em; margin: 0 0 4pt; text-align: justify; }
    table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    th, td { border: 0.75pt solid #000; padding: 2pt 3pt; font-size: 8.5pt; font-weight: normal; vertical-align: middle; }
  </style></head><body>${blocks.join('\n')}</body></html>`;
}

