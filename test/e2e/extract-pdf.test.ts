/**
 * PDFs in, through a real PDF: each of the five source texts is laid out as an HTML page like
 * the reports (indented paragraphs, ruled tables that split across pages with a repeated header
 * row, rows kept whole, full-width digits in the prose), printed by Chromium, read back with `readPdf`, and
 * drafted. The draft of the PDF must state the same values as the draft of the text. A PDF of
 * the same page as an image (a scan) is refused. Nothing generated is kept.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../scripts/extract/fold.ts';
import { extractReport, toJson, type Extraction } from '../../scripts/extract/extract.ts';
import { PdfError, readPdf } from '../../scripts/extract/pdf.ts';
import { HEADLINE_FIELDS } from '../../scripts/extract/schema.ts';
import { launch } from './harness.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'data/sources');

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
/** Digits in prose printed full-width, as some offices' documents do. */
const fullWidth = (s: string) => s.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The text as a report page: tab-separated lines become ruled tables (with a repeated header), the rest paragraphs. */
function reportHtml(text: string): string {
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

/** The values a draft states, in their reading form, for comparing a PDF's draft with a text's. */
function values(x: Extraction): Record<string, unknown> {
  const j = toJson(x);
  // Reading form: look-alikes folded, full-width digits half-width, whitespace and the kind of dash (a font maps — to ―) aside.
  const norm = (v: unknown) => (typeof v === 'string' ? foldText(v).replace(/[\s\uff10-\uff19]/gu, (c) => (/\s/u.test(c) ? '' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))).replace(/[\u2012-\u2015]/gu, '—') : v);
  return {
    ...Object.fromEntries(HEADLINE_FIELDS.map((f) => [f, norm(j[f])])),
    indicators: x.indicators.map((r) => [r.task, r.name, r.target_text, r.actual_text, r.target_quantity, r.actual_quantity, r.stated_met, r.reason, r.weight, r.score].map(norm)),
    tasks: x.record.tasks.map((t) => [t.name, t.funds?.printed ?? null, t.goal, t.outcome].map(norm)),
    outcomes: x.record.outcomes.map((o) => [o.name, o.target_text, o.actual_text].map(norm)),
    figures: Object.fromEntries(Object.entries(x.record.figures).map(([k, f]) => [k, norm(f!.printed)])),
    problems: x.record.problems.map((p) => norm(p.text)),
    measures: x.record.measures.map((p) => norm(p.text)),
    duties: x.record.duties.length,
    budgetLines: x.record.budgetLines.map((l) => [l.name, l.initial_wan, l.final_wan, l.spent_wan].map(norm)),
  };
}

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function printPdf(html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
  await page.close();
  return new Uint8Array(pdf);
}

describe.each(readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort())('a PDF of %s', (file) => {
  const text = readFileSync(join(SOURCES, file), 'utf8');

  it('drafts the same values as its text', async () => {
    const pdf = await readPdf(await printPdf(reportHtml(text)));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/u);
    const fromText = values(extractReport(text));
    const fromPdf = values(extractReport(pdf.text));
    expect(fromPdf).toEqual(fromText);
  });
});

describe('a scanned PDF (the page as an image)', () => {
  it('is refused: it needs OCR first', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.setContent(reportHtml(readFileSync(join(SOURCES, 'shenzhen-pingshan-2021-project.txt'), 'utf8')));
    const png = (await page.screenshot({ type: 'png' })).toString('base64');
    await page.close();
    const scanned = await printPdf(`<!doctype html><html><body style="margin:0"><img alt="" src="data:image/png;base64,${png}" style="width:100%"></body></html>`);
    await expect(readPdf(scanned)).rejects.toThrow(PdfError);
    await expect(readPdf(scanned)).rejects.toThrow(/no text layer.*OCR/u);
  });
});
