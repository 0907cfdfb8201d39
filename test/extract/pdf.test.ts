/**
 * PDFs in, without a browser: the text-layer layout from synthetic glyph positions, the folding
 * of look-alike code points, the refusal of a PDF without a text layer (a PDF written here by
 * hand), and a complete draft built by the data build in a folder of its own.
 * The round trip through real PDFs printed by Chromium is in test/e2e/extract-pdf.test.ts.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { foldText, readingText } from '../../scripts/extract/fold.ts';
import { layoutPages, type Glyph, type PageContent, type Rule } from '../../scripts/extract/pdf-layout.ts';
import { PdfError, readPdf } from '../../scripts/extract/pdf.ts';
import { ROOT, runScript } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), `extract-pdf-${process.pid}-`));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A run of glyphs of size 10, one unit of width per character. */
const g = (text: string, x: number, y: number): Glyph => ({ text, x, y, width: 10 * [...text].length, size: 10 });
const hRule = (x0: number, x1: number, y: number): Rule => ({ x0, x1, y0: y - 0.5, y1: y + 0.5 });
const vRule = (x: number, y0: number, y1: number): Rule => ({ x0: x - 0.5, x1: x + 0.5, y0, y1 });
const page = (glyphs: Glyph[], rules: Rule[] = []): PageContent => ({ width: 300, height: 400, glyphs, rules });

describe('layoutPages: lines and rows from glyph positions', () => {
  it('joins a paragraph wrapped at the right margin, and keeps a short line its own', () => {
    const text = layoutPages([page([g('一、基本情况', 20, 360), g('本单位年初预算数为一百万元，', 40, 340), g('全年执行数为九十万元。', 20, 326), g('二、自评结论', 20, 300)])]);
    expect(text).toBe('一、基本情况\n本单位年初预算数为一百万元，全年执行数为九十万元。\n二、自评结论\n');
  });

  it('joins a paragraph across a page break, and drops the page number', () => {
    const text = layoutPages([
      page([g('自评得分为九十六点五分，评价等级', 20, 40), g('3', 150, 15)]),
      page([g('为优。', 20, 370)]),
    ]);
    expect(text).toBe('自评得分为九十六点五分，评价等级为优。\n');
  });

  it('reads a ruled table one row per line, a wrapped cell joined, an empty cell and a cell spanning rows kept as empty columns', () => {
    // Columns at x 10 | 60 | 160 | 220; rows between y 300 | 270 | 240 | 210.
    const rules = [hRule(10, 220, 300), hRule(10, 220, 270), hRule(60, 220, 240), hRule(10, 220, 210), vRule(10, 210, 300), vRule(60, 210, 300), vRule(160, 210, 300), vRule(220, 210, 300)];
    const glyphs = [
      g('指标', 12, 282), g('目标值', 62, 282), g('得分', 162, 282),
      g('产出', 12, 250), g('完成招商推介', 62, 256), g('活动', 62, 245), g('9.5', 162, 250),
      g('≥3场', 62, 220),
    ];
    expect(layoutPages([page(glyphs, rules)])).toBe('指标\t目标值\t得分\n产出\t完成招商推介活动\t9.5\n\t≥3场\n');
  });
});

describe('look-alike code points', () => {
  it('folds Kangxi radicals, radicals supplement forms and compatibility ideographs, one code point each', () => {
    expect(foldText('⾃评得分⼀⻔⼾')).toBe('自评得分一门户');
    // U+F900 is 豈 under NFKC, read in its simplified form
    expect(foldText('\uf900')).toBe('岂');
  });

  it('reads a traditional text in simplified characters, keeping every offset', () => {
    const original = '部門整體支出績效自評報告：預算執行率為98.5%。';
    const reading = readingText(original);
    expect(reading).toBe('部门整体支出绩效自评报告：预算执行率为98.5%。');
    expect(reading.length).toBe(original.length);
  });

  it('reads letters an OCR put among a rate\'s digits as digits, same length, and no token that starts after a letter', () => {
    expect(readingText('完成预算的IO0%,执行率O76%')).toBe('完成预算的100%,执行率076%');
    expect(readingText('达标率AI5%,PM2.5')).toBe('达标率AI5%,PM2.5');
  });

  it('leaves a simplified text as it is', () => {
    const original = '显著提升，乾坤未定，著作权。';
    expect(readingText(original)).toBe(original);
  });
});

/** A one-page PDF whose only content is a filled rectangle (what a scan's page is, text-wise). */
function imageOnlyPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
  ];
  const content = '0.5 g 50 50 495 742 re f';
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('a PDF without a text layer', () => {
  it('is refused by readPdf with a message that it needs OCR first', async () => {
    await expect(readPdf(imageOnlyPdf())).rejects.toThrow(PdfError);
    await expect(readPdf(imageOnlyPdf())).rejects.toThrow(/no text layer .*run OCR on it first/u);
  });

  it('is refused by npm run extract, which writes nothing', () => {
    const pdf = join(work, 'scanned.pdf');
    writeFileSync(pdf, imageOnlyPdf());
    const out = join(work, 'scanned-out');
    const r = runScript('extract/cli.ts', [pdf, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: .*scanned\.pdf: the PDF has no text layer .*OCR/mu);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a complete draft is curated input the data build accepts', () => {
  it('builds: a real report drafted into a data folder of its own', () => {
    const data = join(work, 'data');
    mkdirSync(join(data, 'sources'), { recursive: true });
    copyFileSync(join(ROOT, 'data/departments.csv'), join(data, 'departments.csv'));
    const out = join(work, 'draft');
    const r = runScript('extract/cli.ts', [join(ROOT, 'data/sources/guangzhou-baiyun-2021-department.txt'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    copyFileSync(join(out, 'sources/guangzhou-baiyun-2021-department.txt'), join(data, 'sources/guangzhou-baiyun-2021-department.txt'));
    mkdirSync(join(data, 'reports'));
    for (const f of readdirSync(join(out, 'reports'))) copyFileSync(join(out, 'reports', f), join(data, 'reports', f));
    const header = readFileSync(join(ROOT, 'data/sources.csv'), 'utf8').split('\n')[0];
    const row = readFileSync(join(out, 'sources.row.csv'), 'utf8').split('\n')[1];
    writeFileSync(join(data, 'sources.csv'), `${header}\n${row}\n`);
    const site = buildSiteData(data, { labelRoot: work });
    const report = site.reports[0]!;
    expect(report.id).toBe('guangzhou-baiyun-2021-department');
    // The figures and lists as the report states them (lines 87, 105, 153–159).
    expect(report.figures.spent_wan?.value).toBe('4468.73');
    expect(report.figures.budget_adjustment_wan?.value).toBe('-625.85');
    expect(site.indicators.length).toBeGreaterThan(0);
    expect(site.provenance.length).toBeGreaterThan(20);
  });
});
