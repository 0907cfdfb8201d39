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
import { BUDGET_LINE_FILE, INDICATOR_FILE, SOURCE_FILE, budgetLineRow, indicatorRow, reportRecord, sourceRow } from '../../src/lib/data/schema.ts';
import { readGlossary } from '../../src/lib/data/glossary.ts';
import { draftFiles, suggestDepartmentId } from '../../scripts/extract/draft.ts';
import { extractReport } from '../../scripts/extract/extract.ts';
import { FIGURE_FIELDS } from '../../scripts/extract/schema.ts';
import { ROOT, evalCases } from './helpers.ts';

const data = loadData(join(ROOT, 'data'), ROOT);
const departments = data.departments.map((d) => d.value);
const glossary = readGlossary(join(ROOT, 'data/glossary.csv'));
const text = (f: string | Uint8Array | undefined) => (typeof f === 'string' ? f : '');

describe.each(evalCases().map((c) => [c.name, c] as const))('the draft of %s', (_name, c) => {
  const x = extractReport(c.text);
  const draft = draftFiles(x, { bytes: c.bytes, inputLabel: `${c.name}.txt`, departments, glossary });
  const source = new SourceText(c.text);

  it('is a report record the build accepts, every quote found in the text', () => {
    const record = parseJson('draft.json', text(draft.files.get(`reports/${draft.id}.json`)), reportRecord).value;
    expect(record.id).toBe(draft.id);
    for (const [key, fig] of Object.entries(record.figures)) expect(source.contains(fig!.quote), `${key}: ${fig!.quote}`).toBe(true);
  });

  it('has an indicators CSV the build accepts, names and values found in the text', () => {
    const rows = parseCsv('draft.csv', text(draft.files.get(`reports/${draft.id}.indicators.csv`)), INDICATOR_FILE.columns, indicatorRow, INDICATOR_FILE.optional);
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
      expect(() => parseCsv('sources.row.csv', rowCsv, SOURCE_FILE.columns, sourceRow, SOURCE_FILE.optional)).toThrow(/column "fiscal_year"/u);
      return;
    }
    const [row] = parseCsv('sources.row.csv', rowCsv, SOURCE_FILE.columns, sourceRow, SOURCE_FILE.optional);
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
    const draft = draftFiles(x, { bytes, inputLabel: r.source.file, departments, glossary });

    it(`${r.source.id}: suggests exactly the curated sources.csv row, its title flagged for translation`, () => {
      const [row] = parseCsv('sources.row.csv', text(draft.files.get('sources.row.csv')), SOURCE_FILE.columns, sourceRow, SOURCE_FILE.optional);
      expect(row!.value).toEqual({ ...r.source, title_en: `UNTRANSLATED: ${r.source.title}` });
    });

    it(`${r.source.id}: drafts the curated headline figures, as printed`, () => {
      const record = parseJson('draft.json', text(draft.files.get(`reports/${draft.id}.json`)), reportRecord).value;
      const curated = r.record.value.figures;
      for (const key of FIGURE_FIELDS) expect(record.figures[key]?.printed ?? null, key).toBe(curated[key]?.printed ?? null);
      expect(record.project_name).toBe(r.record.value.project_name);
    });
  }
});

describe('English in the drafts', () => {
  // Pingshan's scoring table prints the standard items the glossary holds (立项依据充分性 …), and
  // its project is 招商引资; the rest of its indicator names are its own.
  const r = data.reports.find((x) => x.source.id === 'shenzhen-pingshan-2021-project')!;
  const bytes = readFileSync(join(ROOT, 'data/sources', r.source.file));
  const draft = draftFiles(extractReport(new TextDecoder().decode(bytes)), { bytes, inputLabel: r.source.file, departments, glossary });
  const rows = parseCsv('draft.csv', text(draft.files.get(`reports/${draft.id}.indicators.csv`)), INDICATOR_FILE.columns, indicatorRow, INDICATOR_FILE.optional).map((x) => x.value);

  it('proposes the glossary\'s English for known terms, and flags every other Chinese text', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const col of ['name', 'level1', 'level2'] as const) {
        const zh = row[col];
        const en = row[`${col}_en`];
        if (zh === null || !/\p{Script=Han}/u.test(zh)) expect(en, `${col} "${zh}"`).toBeNull();
        else expect(en, `${col} "${zh}"`).toBe(glossary.lookup(zh)?.en ?? `UNTRANSLATED: ${zh}`);
      }
    }
    // Both kinds occur: the test would pass vacuously otherwise.
    expect(rows.some((x) => x.level1_en !== null && !x.level1_en.startsWith('UNTRANSLATED'))).toBe(true);
    expect(rows.some((x) => x.name_en?.startsWith('UNTRANSLATED: '))).toBe(true);
  });

  it('gives a project its glossary English and says in REVIEW.md what is left to translate', () => {
    const record = parseJson('draft.json', text(draft.files.get(`reports/${draft.id}.json`)), reportRecord).value;
    expect(record.project_name).toBe('招商引资');
    expect(record.project_name_en).toBe('Investment attraction');
    expect(text(draft.files.get('REVIEW.md'))).toMatch(/## English\n\n\d+ text\(s\) got their English from the glossary \(data\/glossary\.csv\); [1-9]\d* say `UNTRANSLATED: …`/u);
  });

  it('flags the English of every Chinese text of the record and of its budget lines, each line a project unless a task\'s funds', () => {
    const record = parseJson('draft.json', text(draft.files.get(`reports/${draft.id}.json`)), reportRecord).value;
    const listed = [...record.problems, ...record.measures, ...(record.outcomes ?? [])];
    expect(listed.length).toBeGreaterThan(0);
    for (const p of [...record.problems, ...record.measures]) expect(p.text_en).toBe(glossary.lookup(p.text)?.en ?? `UNTRANSLATED: ${p.text}`);
    for (const o of record.outcomes ?? []) expect(o.name_en).toBe(glossary.lookup(o.name)?.en ?? `UNTRANSLATED: ${o.name}`);
    const lines = parseCsv('lines.csv', text(draft.files.get(`reports/${draft.id}.budget-lines.csv`)), BUDGET_LINE_FILE.columns, budgetLineRow, BUDGET_LINE_FILE.optional).map((x) => x.value);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.kind).toBe('project');
      expect(l.name_en).toBe(glossary.lookup(l.name)?.en ?? `UNTRANSLATED: ${l.name}`);
    }
  });
});

describe('suggestDepartmentId', () => {
  it('finds a known department by name or alias', () => {
    expect(suggestDepartmentId('广州市白云区投资促进局', departments)).toEqual({ id: 'guangzhou-baiyun', known: true });
    expect(suggestDepartmentId('坪山投推署', departments)).toEqual({ id: 'shenzhen-pingshan', known: true });
    // As a PDF's text layer prints it: 门 as the radical form ⻔ (U+2ED4).
    expect(suggestDepartmentId('江\u2ed4市投资促进局', departments)).toEqual({ id: 'jiangmen', known: true });
  });

  it('makes a pinyin slug of the places of an unknown one', () => {
    expect(suggestDepartmentId('浙江省温州市鹿城区投资促进中心', departments)).toEqual({ id: 'wenzhou-lucheng', known: false });
    expect(suggestDepartmentId(null, departments)).toEqual({ id: 'unknown-department', known: false });
  });
});
