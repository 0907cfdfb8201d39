/**
 * Golden outputs: the small fixture data folder builds into exactly the committed tables under
 * test/data/expected/. On a mismatch the new output is written beside the expected file as
 * `<table>-changed.<ext>` for a person to diff (and to rename over the expected file when the
 * change is intended), and the test fails.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import type { DataHistory } from '../../src/lib/data/model.ts';
import { formatWarning } from '../../src/lib/data/parse.ts';
import { TABLE_NAMES, tableCsv, tableJson } from '../../src/lib/data/tables.ts';
import { EXPECTED, GOLDEN, ROOT } from './helpers.ts';

/**
 * The corrections table from a history written here by hand (the fixture folder's own git
 * history depends on the clone): a figure changed, with a reason a spreadsheet would run as a
 * formula, and a quote changed on a report whose record starts with a minus value.
 */
const history = (ids: readonly string[]): DataHistory => {
  const [first = '', second = first] = ids;
  const at = { date: '2024-03-30', commit: 'c0ffee0000000000000000000000000000000000', file: 'record' as const, row: null };
  return {
    reports: ids.map((id) => ({ report_id: id, unavailable: null, first_published: '2024-03-01' })),
    corrections: [
      { ...at, report_id: first, field: 'figures.budget_adjustment_wan.printed', kind: 'value', change: 'changed', old_value: '-625.58', new_value: '-625.85', reason: '=Typo in the adjustment, corrected from the source line' },
      { ...at, report_id: second, field: 'figures.spent_wan.quote', kind: 'provenance', change: 'removed', old_value: '@实际支出 1 万元', new_value: null, reason: 'Quote removed with its figure' },
    ],
  };
};
const data = buildSiteData(GOLDEN, { labelRoot: ROOT, dataVersion: '2024-03-31', history });

/** Compares `actual` with the expected file; writes a `-changed` copy and fails on a difference. */
function expectGolden(name: string, ext: string, actual: string): void {
  const expectedPath = join(EXPECTED, `${name}.${ext}`);
  const changedPath = join(EXPECTED, `${name}-changed.${ext}`);
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect.fail(
    expected === null
      ? `${expectedPath} does not exist; the output is in ${changedPath}`
      : `${name}.${ext} differs from the expected output: diff ${expectedPath} ${changedPath}`,
  );
}

const DESIGN_COLUMNS = {
  departments: 'id,name_zh,name_en,short_name_zh,admin_code,level,city_zh,city_en,province_zh,province_en',
  reports: 'id,department_id,fiscal_year,title_year,kind,project_name,project_name_en,title,title_en,filed_on,budget_initial_wan,budget_adjustment_wan,budget_final_wan,spent_wan,execution_rate_pct,execution_rate_computed_pct,basic_spent_wan,project_spent_wan,self_score,grade,grade_as_printed,indicator_count,indicators_met,indicators_not_met,indicators_not_assessed,indicators_stated_total,indicators_stated_met,source_file,original_url,retrieved_on',
  indicators: 'report_id,task,task_en,level1,level1_en,level2,level2_en,name,name_en,target_text,target_text_en,actual_text,actual_text_en,target_value,actual_value,unit,unit_en,actual_unit,unit_legible,comparator,met,status,not_assessed_reason,reason,reason_en,weight,score,legible',
  'budget-lines': 'report_id,name,name_en,kind,initial_wan,adjustment_wan,final_wan,spent_wan,funds_wan,execution_rate_pct,score',
  outcomes: 'report_id,name,name_en,target_text,target_text_en,actual_text,actual_text_en,target_value,actual_value,unit,unit_en,quote,line,target_quote,target_line',
  signals: 'report_id,signal,level,value,threshold,text_zh,text_en,lines',
  provenance: 'report_id,field,value,quote,source_file,line',
  corrections: 'report_id,date,commit,file,field,row,kind,change,old_value,new_value,reason',
} as const;

describe('golden outputs of the fixture data folder', () => {
  it('publishes exactly the eight tables of the design', () => {
    expect([...TABLE_NAMES].sort()).toEqual(Object.keys(DESIGN_COLUMNS).sort());
  });

  describe.each(TABLE_NAMES)('%s', (table) => {
    it(`${table}.csv equals test/data/expected/${table}.csv`, () => {
      expectGolden(table, 'csv', tableCsv(table, data));
    });

    it(`${table}.json equals test/data/expected/${table}.json`, () => {
      expectGolden(table, 'json', tableJson(table, data));
    });

    it('has exactly the columns of the design, in order', () => {
      const csv = tableCsv(table, data);
      expect(csv.slice(0, csv.indexOf('\n'))).toBe(DESIGN_COLUMNS[table]);
      const rows = JSON.parse(tableJson(table, data)) as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(Object.keys(row).join(',')).toBe(DESIGN_COLUMNS[table]);
    });

    it('is UTF-8 without a byte-order mark, with LF line ends and a final newline', () => {
      const csv = tableCsv(table, data);
      expect(csv.startsWith('\uFEFF')).toBe(false);
      expect(csv).not.toContain('\r');
      expect(csv.endsWith('\n')).toBe(true);
    });
  });

  it('warns once, about the budget line whose stated rate is truncated', () => {
    expect(data.warnings.map(formatWarning)).toMatchInlineSnapshot(`
      [
        "test/data/fixtures/golden/sources/fixture-2023-department.txt:22: budget_lines[0].execution_rate_pct: 招商推介经费项目: execution rate: stated 96.65%, computed 96.66% (96.65% when truncated instead of rounded)",
      ]
    `);
  });
});
