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
import { reportHtml } from './report-pdf.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'data/sources');

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
