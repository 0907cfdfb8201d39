import { describe, expect, it } from 'vitest';
import { computeMet, deriveReport } from '../../src/lib/data/derive.ts';
import { parseQuantity } from '../../src/lib/data/quantity.ts';
import { formatWarning, parseCsv, parseJson, type Warning } from '../../src/lib/data/parse.ts';
import { SourceText } from '../../src/lib/data/provenance.ts';
import {
  BUDGET_LINE_COLUMNS, INDICATOR_COLUMNS, budgetLineRow, indicatorRow, reportRecord, type SourceRow,
} from '../../src/lib/data/schema.ts';
import type { LoadedReport } from '../../src/lib/data/load.ts';

const q = (printed: string) => parseQuantity(printed);

describe('computeMet', () => {
  it.each([
    ['≥100 家', '105 家', true],
    ['≥100 家', '100 家', true],
    ['≥100 家', '99 家', false],
    ['≥170 个', '151个。', false],
    ['98%以上', '100%', true],
    ['≤5 天', '3 天', true],
    ['≤5 天', '6 天', false],
    ['<5 天', '5 天', false],
    ['<5 天', '<5 天', true],
    ['>2000 亿元', '2000 亿元', false],
    ['>2000 亿元', '超 2000 亿元', true],
    ['≥2000 亿元', '超 <b>2000</b> 亿元', true],
    ['=3 个', '3 个', true],
    ['=3 个', '4 个', false],
  ])('target %j against result %j is %s', (target, actual, met) => {
    expect(computeMet(q(target), q(actual))).toBe(met);
  });

  it('reads a target without a comparator as a minimum: "100%" is met by 100% and missed by 98%', () => {
    expect(computeMet(q('100%'), q('100%'))).toBe(true);
    expect(computeMet(q('100%'), q('98%'))).toBe(false);
    expect(computeMet(q('3 册'), q('4 册'))).toBe(true);
  });

  it('returns null when the units differ: "≥2000 亿元" against "2500 万元"', () => {
    expect(computeMet(q('≥2000 亿元'), q('2500 万元'))).toBeNull();
    expect(computeMet(q('1 部'), q('90%'))).toBeNull();
  });

  it('compares legible numbers when a unit is OCR damage: Jiangmen\'s "≥5 ↑" against "7个" is met, "≥40 ↑" against "38 个" is not', () => {
    expect(computeMet(q('≥5 ↑'), q('7个'))).toBe(true);
    expect(computeMet(q('≥40 ↑'), q('38 个'))).toBe(false);
  });

  it('compares when only one side prints a unit: "≥85" against "100%"', () => {
    expect(computeMet(q('≥85'), q('100%'))).toBe(true);
  });

  it('returns null when the result bounds the other way: "≥5" against "<6"', () => {
    expect(computeMet(q('≥5 个'), q('<6 个'))).toBeNull();
    expect(computeMet(q('≤5 个'), q('超 4 个'))).toBeNull();
  });

  it('returns null when either side is missing', () => {
    expect(computeMet(null, q('5 个'))).toBeNull();
    expect(computeMet(q('≥5 个'), null)).toBeNull();
  });
});

// ── deriveReport on a report put together in memory ─────────────────────────────────────
const SOURCE_TEXT = [
  '测试用文本，不是真实报告',
  '年初预算 1,588.40 万元，年中调减 41.36 万元，全年预算数为 1,547.04 万元，执行率为 ９６.０５％。',
  '招商活动场次 ≥10 场 12 场',
  '工程成本控制 控制在预算内 控制在预算内',
  '落户企业 ≥50 家 45 家，达到预期目标',
  '乙项目年初预算 200 万元，年中全部调减，资金无法支出。丙项目执行率为 125.00%。',
].join('\n');
const source: SourceRow = {
  id: 'memo-2023-department', file: 'memo.txt', sha256: '0'.repeat(64), title: '测试用文本', department_id: 'x',
  fiscal_year: 2023, title_year: 2023, kind: 'department', filed_on: null, original_url: null, retrieved_on: null, title_en: null,
};
const header = (cols: readonly string[]) => cols.join(',');

function loaded(parts: { figures?: object; indicators?: string[]; budgetLines?: string[]; tasks?: object[] }): LoadedReport {
  const record = { id: source.id, project_name: null, figures: parts.figures ?? {}, tasks: parts.tasks ?? [], duties: [], problems: [], measures: [], notes: [] };
  const labels = { source: 'memo.txt', record: 'memo.json', indicators: 'memo.indicators.csv', budgetLines: 'memo.budget-lines.csv', sources: 'sources.csv' };
  return {
    source,
    sourceLine: 2,
    labels,
    text: new SourceText(SOURCE_TEXT),
    record: parseJson(labels.record, JSON.stringify(record, null, 2), reportRecord),
    indicators: parseCsv(labels.indicators, [header(INDICATOR_COLUMNS), ...(parts.indicators ?? [])].join('\n'), INDICATOR_COLUMNS, indicatorRow),
    budgetLines: parseCsv(labels.budgetLines, [header(BUDGET_LINE_COLUMNS), ...(parts.budgetLines ?? [])].join('\n'), BUDGET_LINE_COLUMNS, budgetLineRow),
  };
}

describe('deriveReport', () => {
  it('reads a figure printed with full-width digits and a full-width percent sign: "９６.０５％" → 96.05', () => {
    const { report } = deriveReport(loaded({ figures: { execution_rate_pct: { printed: '９６.０５％', quote: '执行率为 ９６.０５％' } } }), []);
    expect(report.figures.execution_rate_pct).toMatchObject({ value: '96.05', printed: '９６.０５％', line: 2 });
  });

  it('negates a figure marked negative: 调减 41.36 → -41.36', () => {
    const { report } = deriveReport(loaded({ figures: { budget_adjustment_wan: { printed: '41.36', negative: true, quote: '年中调减 41.36 万元' } } }), []);
    expect(report.figures.budget_adjustment_wan?.value).toBe('-41.36');
  });

  it('accepts a budget line whose quote prints thousands separators ("1,588.40" → 1588.40)', () => {
    const { budgetLines } = deriveReport(loaded({
      budgetLines: ['测试项目,project,"1,588.40",-41.36,"1,547.04",,,,,,"年初预算 1,588.40 万元，年中调减 41.36 万元，全年预算数为 1,547.04 万元"'],
    }), []);
    expect(budgetLines[0]).toMatchObject({ initial_wan: '1588.40', adjustment_wan: '-41.36', final_wan: '1547.04', line: 2 });
  });

  it('rejects a budget-line value whose digits are not in its quote', () => {
    expect(() => deriveReport(loaded({ budgetLines: ['测试项目,project,1588.41,,,,,,,,"年初预算 1,588.40 万元"'] }), []))
      .toThrowErrorMatchingInlineSnapshot(`[DataError: memo.budget-lines.csv:2: column "initial_wan": 1588.41 does not occur in its quote]`);
  });

  it('derives met from target and result, and counts a result that repeats its target word for word as met', () => {
    const { indicators, report } = deriveReport(loaded({
      indicators: [
        ',,,招商活动场次,≥10 场,12 场,≥10 场,12 场,,,,,true,,招商活动场次 ≥10 场 12 场,',
        ',,,工程成本控制,控制在预算内,控制在预算内,,,,,,,true,,工程成本控制 控制在预算内 控制在预算内,',
      ],
    }), []);
    expect(indicators.map((i) => [i.met, i.met_basis, i.comparator, i.target_value, i.actual_value, i.unit])).toEqual([
      [true, 'computed', '>=', '10', '12', '场'],
      [true, 'computed', null, null, null, null],
    ]);
    expect([report.indicator_count, report.indicators_met, report.indicators_not_met]).toEqual([2, 2, 0]);
  });

  it('keeps the report\'s own word over the computed one, with a warning naming the row', () => {
    const warnings: Warning[] = [];
    const { indicators } = deriveReport(loaded({
      indicators: [',,,落户企业,≥50 家,45 家,≥50 家,45 家,true,,,,true,,落户企业 ≥50 家 45 家，达到预期目标,'],
    }), warnings);
    expect(indicators[0]).toMatchObject({ met: true, met_basis: 'stated' });
    expect(warnings.map(formatWarning)).toMatchInlineSnapshot(`
      [
        "memo.indicators.csv:2: 落户企业: the report says met, but 45 家 against ≥50 家 is not met",
      ]
    `);
  });

  it('rejects an indicator whose name is not in the source', () => {
    expect(() => deriveReport(loaded({ indicators: [',,,招商活动次数,≥10 场,12 场,,,,,,,true,,招商活动场次 ≥10 场 12 场,'] }), []))
      .toThrowErrorMatchingInlineSnapshot(`[DataError: memo.indicators.csv:2: column "name": "招商活动次数" not found in memo.txt]`);
  });

  it('rejects a target_quantity that is not part of target_text', () => {
    expect(() => deriveReport(loaded({ indicators: [',,,招商活动场次,≥10 场,12 场,≥11 场,12 场,,,,,true,,招商活动场次 ≥10 场 12 场,'] }), []))
      .toThrowErrorMatchingInlineSnapshot(`[DataError: memo.indicators.csv:2: column "target_quantity": "≥11 场" is not part of target_text "≥10 场"]`);
  });

  it('rejects a quantity that is two numbers', () => {
    expect(() => deriveReport(loaded({ indicators: [',,,招商活动场次,≥10 场,≥10 场 12 场,≥10 场,≥10 场 12 场,,,,,true,,招商活动场次 ≥10 场 12 场,'] }), []))
      .toThrowErrorMatchingInlineSnapshot(`[DataError: memo.indicators.csv:2: column "actual_quantity": "≥10 场 12 场" is not a single quantity]`);
  });

  it('accepts a 0 the text states in words (全部调减, 无法支出)', () => {
    const { budgetLines } = deriveReport(loaded({ budgetLines: ['乙项目,project,200,,0,0,,,,,乙项目年初预算 200 万元，年中全部调减，资金无法支出'] }), []);
    expect(budgetLines[0]).toMatchObject({ initial_wan: '200', final_wan: '0', spent_wan: '0', line: 6 });
  });

  it('warns about an execution rate above 110 % (and takes it)', () => {
    const warnings: Warning[] = [];
    const { budgetLines } = deriveReport(loaded({ budgetLines: ['丙项目,project,,,,,,125.00%,,,丙项目执行率为 125.00%'] }), warnings);
    expect(budgetLines[0]?.execution_rate_pct).toBe('125.00');
    expect(warnings.map(formatWarning)).toEqual(['memo.budget-lines.csv:2: column "execution_rate_pct": 125.00% is above 110%: a rate this high is rare; check it against the source']);
  });

  it('gives a task the funds of its task line, and rejects funds stated in both places', () => {
    const line = '测试任务,task,,,,,200,,,,乙项目年初预算 200 万元，年中全部调减，资金无法支出';
    const task = (funds: object | null) => ({ name: '测试任务', funds, goal: null, outcome: null, quote: '招商活动场次' });
    expect(deriveReport(loaded({ tasks: [task(null)], budgetLines: [line] }), []).report.tasks[0]?.funds).toMatchObject({ value: '200', line: 6 });
    expect(() => deriveReport(loaded({ tasks: [task({ printed: '200', quote: '乙项目年初预算 200 万元' })], budgetLines: [line] }), []))
      .toThrow('tasks.0.funds: the funds of "测试任务" are also a task line of memo.budget-lines.csv (source line 6): state them once, in the budget lines');
  });
});
