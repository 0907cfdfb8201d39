/**
 * The drafts `--out` writes are valid curated input: the report record passes the curated
 * schema, every quote is found in the text, the indicators CSV parses, and for the five real
 * sources the suggested sources.csv row is the curated one and the headline figures are exactly
 * the curated figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { parseCsv, parseJson } from '../../src/lib/data/parse.ts';
import { SourceText } from '../../src/lib/data/provenance.ts';
import { INDICATOR_COLUMNS, SOURCE_COLUMNS, indicatorRow, reportRecord, sourceRow } from '../../src/lib/data/schema.ts';
import { draftFiles, suggestDepartmentId } from '../../scripts/extract/draft.ts';
import { extractReport } from '../../scripts/extract/extract.ts';
import { FIGURE_FIELDS } from '../../scripts/extract/schema.ts';
import { ROOT, evalCases } from './helpers.ts';

const data = loadData(join(ROOT, 'data'), ROOT);
const departments = data.departments.map((d) => d.value);
const text = (f: string | Uint8Array | undefined) => (typeof f === 'string' ? f : '');

describe.each(evalCases().map((c) => [c.name, c] as const))('the draft of %s', (_name, c) => {
  const x = extractReport(c.text);
  const draft = draftFiles(x, { bytes: c.bytes, inputLabel: `${c.name}.txt`, departments });
  const source = new SourceText(c.text);

  it('is a report record the build accepts, every quote found in the text', () => {
    const record = parseJson('draft.json', text(draft.files.get(`reports/${draft.id}.json`)), reportRecord).value;
    expect(record.id).toBe(draft.id);
    for (const [key, fig] of Object.entries(record.figures)) expect(source.contains(fig!.quote), `${key}: ${fig!.quote}`).toBe(true);
  });

  it('has an indicators CSV the build accepts, names and values found in the text', () => {
    const rows = parseCsv('draft.csv', text(draft.files.get(`reports/${draft.id}.indicators.csv`)), INDICATOR_COLUMNS, indicatorRow);
    for (const { value: r } of rows) {
      expect(source.contains(r.quote), r.quote).toBe(true);
      for (const part of [r.name, r.target_text, r.actual_text]) if (part) expect(source.contains(part), part).toBe(true);
    }
  });

  it('copies the text byte for byte and suggests a sources.csv row with its sha256', () => {
    expect(draft.files.get(`sources/${draft.id}.txt`)).toBe(c.bytes);
    const rowCsv = text(draft.files.get('sources.row.csv'));
    // A text that does not say its year or kind leaves the row for the reviewer to complete: the build says so.
    if (x.fields.fiscal_year.value === null) {
      expect(() => parseCsv('sources.row.csv', rowCsv, SOURCE_COLUMNS, sourceRow)).toThrow(/column "fiscal_year"/u);
      return;
    }
    const [row] = parseCsv('sources.row.csv', rowCsv, SOURCE_COLUMNS, sourceRow);
    expect(row!.value.file).toBe(`${draft.id}.txt`);
    expect(source.contains(row!.value.title)).toBe(true);
  });

  it('lists every flagged field in REVIEW.md', () => {
    const review = text(draft.files.get('REVIEW.md'));
    for (const [field, r] of Object.entries(x.fields)) if (r.uncertain.length > 0) expect(review).toContain(`- \`${field}\``);
  });
});

describe('the drafts of the five real sources', () => {
  for (const r of data.reports) {
    const bytes = readFileSync(join(ROOT, 'data/sources', r.source.file));
    const x = extractReport(new TextDecoder().decode(bytes));
    const draft = draftFiles(x, { bytes, inputLabel: r.source.file, departments });

    it(`${r.source.id}: suggests exactly the curated sources.csv row`, () => {
      const [row] = parseCsv('sources.row.csv', text(draft.files.get('sources.row.csv')), SOURCE_COLUMNS, sourceRow);
      expect(row!.value).toEqual(r.source);
    });

    it(`${r.source.id}: drafts the curated headline figures, as printed`, () => {
      const record = parseJson('draft.json', text(draft.files.get(`reports/${draft.id}.json`)), reportRecord).value;
      const curated = r.record.value.figures;
      for (const key of FIGURE_FIELDS) expect(record.figures[key]?.printed ?? null, key).toBe(curated[key]?.printed ?? null);
      expect(record.project_name).toBe(r.record.value.project_name);
    });
  }
});

describe('suggestDepartmentId', () => {
  it('finds a known department by name or alias', () => {
    expect(suggestDepartmentId('广州市白云区投资促进局', departments)).toEqual({ id: 'guangzhou-baiyun', known: true });
    expect(suggestDepartmentId('坪山投推署', departments)).toEqual({ id: 'shenzhen-pingshan', known: true });
  });

  it('makes a pinyin slug of the places of an unknown one', () => {
    expect(suggestDepartmentId('浙江省温州市鹿城区投资促进中心', departments)).toEqual({ id: 'wenzhou-lucheng', known: false });
    expect(suggestDepartmentId(null, departments)).toEqual({ id: 'unknown-department', known: false });
  });
});
