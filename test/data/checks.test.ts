import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/data/checks.ts';
import type { BudgetLine, Check, Indicator, Report } from '../../src/lib/data/model.ts';
import type { Grade } from '../../src/lib/data/grade.ts';

type FigureValues = Partial<Record<keyof Report['figures'], string>>;

/** A report stating `values` (each figure on line 10 + its position), with an optional grade. */
function report(values: FigureValues, grade: Grade | null = null): Report {
  const figures: Report['figures'] = {};
  Object.entries(values).forEach(([k, value], i) => {
    figures[k as keyof Report['figures']] = { value, printed: value, quote: value, line: 10 + i, note: null };
  });
  return {
    id: 'r', department_id: 'd', fiscal_year: 2021, title_year: 2021, kind: 'department', project_name: null,
    title: 't', title_line: 1, filed_on: null, source_file: 'r.txt', source_sha256: '0'.repeat(64), original_url: null, retrieved_on: null,
    figures,
    grade: grade && { value: grade, printed: grade, quote: grade, line: 99, note: null },
    execution_rate_computed_pct: null, indicator_count: 0, indicators_met: 0, indicators_not_met: 0, indicators_not_assessed: 0,
    tasks: [], duties: [], problems: [], measures: [], restructuring: [], notes: [], checks: [],
  };
}

function indicator(i: number, fields: Partial<Indicator>): Indicator {
  return {
    report_id: 'r', index: i, task: null, level1: null, level2: null, name: `指标${i}`, target_text: null, actual_text: null,
    target_value: null, actual_value: null, unit: null, actual_unit: null, unit_legible: true, comparator: null, met: null, met_basis: null, reason: null,
    weight: null, score: null, legible: true, note: null, quote: '', line: 50 + i, target_quote: null, target_line: null, ...fields,
  };
}

function budgetLine(fields: Partial<BudgetLine>): BudgetLine {
  return {
    report_id: 'r', name: '项目', kind: 'project', initial_wan: null, adjustment_wan: null, final_wan: null, spent_wan: null, funds_wan: null,
    execution_rate_pct: null, adjustment_rate_pct: null, score: null, quote: '', line: 70, ...fields,
  };
}

const only = (checks: Check[], field: string) => checks.filter((c) => c.field === field);
const brief = (c: Check) => `${c.ok ? 'ok' : 'FAIL'} ${c.label_en}: stated ${c.stated_en}, computed ${c.computed_en} (line ${c.line})`;

describe('runChecks: execution rate = spent ÷ final budget', () => {
  it('passes Baiyun\'s 96.05% (4468.73 ÷ 4652.48)', () => {
    const checks = runChecks(report({ execution_rate_pct: '96.05', spent_wan: '4468.73', budget_final_wan: '4652.48' }), [], []);
    expect(checks.map(brief)).toEqual(['ok execution rate = spent ÷ final budget: stated 96.05%, computed 96.05% (line 10)']);
  });

  it('fails a stated rate that differs after rounding half up', () => {
    const [c] = runChecks(report({ execution_rate_pct: '96.06', spent_wan: '4468.73', budget_final_wan: '4652.48' }), [], []);
    expect(c).toMatchObject({ ok: false, stated: '96.06%', computed: '96.05%', field: 'execution_rate_pct' });
  });

  it('compares at the precision printed: "100" against 430.89 ÷ 430.89', () => {
    const [c] = runChecks(report({ procurement_rate_pct: '100', procurement_spent_wan: '430.89', procurement_budget_wan: '430.89' }), [], []);
    expect(c).toMatchObject({ ok: true, stated: '100%', computed: '100%', field: 'procurement_rate_pct' });
  });

  it('says when the stated rate is the truncated one: 3504.7 ÷ 3507.76 is 99.91% either way, 1919.36 ÷ 1588.4 is 120.84% rounded, 120.83% truncated', () => {
    const [c] = runChecks(report({ budget_adjustment_rate_pct: '120.83', budget_adjustment_wan: '1919.36', budget_initial_wan: '1588.4' }), [], []);
    expect(c?.computed_en).toBe('120.84% (120.83% when truncated instead of rounded)');
    // Chinese pages say it in Chinese.
    expect(c?.computed).toBe('120.84%（若截尾而非四舍五入则为 120.83%）');
    expect(c?.ok).toBe(false);
  });

  it('does not mention truncation when the stated rate is neither', () => {
    const [c] = runChecks(report({ budget_adjustment_rate_pct: '120.80', budget_adjustment_wan: '1919.36', budget_initial_wan: '1588.4' }), [], []);
    expect(c?.computed).toBe('120.84%');
  });

  it('skips the check when an input is not stated, and when the budget is zero', () => {
    expect(runChecks(report({ execution_rate_pct: '96.05', spent_wan: '4468.73' }), [], [])).toEqual([]);
    expect(runChecks(report({ execution_rate_pct: '0', spent_wan: '0', budget_final_wan: '0' }), [], [])).toEqual([]);
  });
});

describe('runChecks: budget and spending sums', () => {
  it('initial + adjustment = final: 5278.33 + (−625.85) = 4652.48', () => {
    const checks = runChecks(report({ budget_initial_wan: '5278.33', budget_adjustment_wan: '-625.85', budget_final_wan: '4652.48' }), [], []);
    expect(only(checks, 'budget_final_wan').map(brief)).toEqual([
      'ok initial budget + adjustment = final budget: stated 4652.48, computed 4652.48 (line 12)',
    ]);
  });

  it('adjustment rate compares magnitudes: stated 11.86 for a decrease of 625.85 on 5278.33', () => {
    const checks = runChecks(report({ budget_initial_wan: '5278.33', budget_adjustment_wan: '-625.85', budget_adjustment_rate_pct: '11.86' }), [], []);
    expect(only(checks, 'budget_adjustment_rate_pct').map((c) => [c.ok, c.stated, c.computed])).toEqual([[true, '11.86%', '11.86%']]);
  });

  it('basic + project = spent (Jiangmen 473.63 + 447.31 = 920.94) and personnel + public = basic (443.50 + 30.13 = 473.63)', () => {
    const checks = runChecks(report({ spent_wan: '920.94', basic_spent_wan: '473.63', project_spent_wan: '447.31', personnel_spent_wan: '443.50', public_spent_wan: '30.13' }), [], []);
    expect(checks.map(brief)).toEqual([
      'ok basic + project spending = total spending: stated 920.94, computed 920.94 (line 10)',
      'ok personnel + public spending = basic spending: stated 473.63, computed 473.63 (line 11)',
    ]);
  });

  it('fails a sum that is off by a cent', () => {
    const [c] = runChecks(report({ spent_wan: '920.95', basic_spent_wan: '473.63', project_spent_wan: '447.31' }), [], []);
    expect(c).toMatchObject({ ok: false, stated: '920.95', computed: '920.94' });
  });

  it('fiscal + other income = total income, and fiscal + other spending = total spending (Panyu)', () => {
    const checks = runChecks(report({
      income_total_wan: '9825.88', income_fiscal_wan: '9806.06', income_other_wan: '19.82',
      spent_wan: '9825.88', spent_fiscal_wan: '9806.06', spent_other_wan: '19.82',
    }), [], []);
    expect(checks.map((c) => [c.field, c.ok])).toEqual([['income_total_wan', true], ['spent_wan', true]]);
  });
});

describe('runChecks: shares of spending', () => {
  it('flags Panyu\'s printed shares 99.78% and 0.22% (computed 99.80% and 0.20%)', () => {
    const checks = runChecks(report({
      spent_wan: '9825.88', spent_fiscal_wan: '9806.06', spent_other_wan: '19.82', spent_fiscal_share_pct: '99.78', spent_other_share_pct: '0.22',
    }), [], []);
    expect(checks.filter((c) => c.field.endsWith('share_pct')).map(brief)).toEqual([
      'FAIL share of fiscal spending: stated 99.78%, computed 99.80% (line 13)',
      'FAIL share of other spending: stated 0.22%, computed 0.20% (line 14)',
    ]);
  });
});

describe('runChecks: scoring table', () => {
  const table = [
    indicator(1, { weight: '60', score: '58' }),
    indicator(2, { weight: '40', score: '40' }),
  ];

  it('passes when the scores add up to the self score and the weights to 100', () => {
    const checks = runChecks(report({ self_score: '98' }), table, []);
    expect(checks.map(brief)).toEqual([
      'ok scoring table total = self score: stated 98, computed 98 (line 51)',
      'ok scoring table weights total 100: stated 100, computed 100 (line null)',
    ]);
  });

  it('fails when the scores do not add up to the self score', () => {
    const [c] = runChecks(report({ self_score: '97.5' }), table, []);
    expect(c).toMatchObject({ field: 'indicators.score', ok: false, stated: '97.5', computed: '98' });
  });

  it('fails when the weights do not add up to 100', () => {
    const checks = runChecks(report({}), [indicator(1, { weight: '60', score: '58' }), indicator(2, { weight: '30', score: '30' })], []);
    expect(only(checks, 'indicators.weight')[0]).toMatchObject({ ok: false, computed: '90' });
  });

  it('fails a row that scores more than its weight', () => {
    const checks = runChecks(report({}), [indicator(1, { weight: '60', score: '61' }), indicator(2, { weight: '40', score: '39' })], []);
    expect(only(checks, 'indicators[0].score').map(brief)).toEqual(['FAIL score within weight: 指标1: stated 61, computed ≤ 60 (line 51)']);
  });

  it('does not count scoring rows as performance indicators in the stated counts', () => {
    const checks = runChecks(report({ indicators_stated_total: '2' }), table, []);
    expect(only(checks, 'indicators_stated_total')).toEqual([]);
  });
});

describe('runChecks: grade against score band', () => {
  it.each([
    ['91.35', '优', true],
    ['90', '优', true],
    ['89.99', '优', false],
    ['89.99', '良', true],
    ['80', '良', true],
    ['79.99', '良', false],
    ['60', '中', true],
    ['59.99', '差', true],
  ] as const)('a score of %s with grade %s passes: %s', (score, grade, ok) => {
    const [c] = only(runChecks(report({ self_score: score }, grade), [], []), 'grade');
    expect(c).toMatchObject({ ok, stated: grade, line: 99 });
  });

  it('names the band and score on failure: "良 (89.99)"', () => {
    const [c] = only(runChecks(report({ self_score: '89.99' }, '优'), [], []), 'grade');
    expect(c?.computed).toBe('良 (89.99)');
  });

  it('skips the check without a score (Panyu prints a grade only)', () => {
    expect(only(runChecks(report({}, '良'), [], []), 'grade')).toEqual([]);
  });
});

describe('runChecks: stated indicator counts', () => {
  const listed = [
    indicator(1, { met: true }),
    indicator(2, { met: true }),
    indicator(3, { met: false }),
    indicator(4, { met: null, legible: false }),
  ];

  it('compares the stated total with the rows in the table', () => {
    expect(only(runChecks(report({ indicators_stated_total: '4' }), listed, []), 'indicators_stated_total')[0]).toMatchObject({ ok: true, computed: '4' });
    expect(only(runChecks(report({ indicators_stated_total: '5' }), listed, []), 'indicators_stated_total')[0]).toMatchObject({ ok: false, computed: '4' });
  });

  it('lets rows that cannot be assessed account for a difference in the met count', () => {
    const met = (stated: string) => only(runChecks(report({ indicators_stated_met: stated }), listed, []), 'indicators_stated_met')[0];
    expect(met('2')).toMatchObject({ ok: true, computed_en: '2 (+1 not assessed)', computed: '2（另 1 项未评定）' });
    expect(met('3')).toMatchObject({ ok: true, computed_en: '2 (+1 not assessed)' });
    expect(met('4')).toMatchObject({ ok: false });
    expect(met('1')).toMatchObject({ ok: false });
  });

  it('is exact when every row is assessed', () => {
    const assessed = listed.slice(0, 3);
    expect(only(runChecks(report({ indicators_stated_met: '3' }), assessed, []), 'indicators_stated_met')[0]).toMatchObject({ ok: false, computed: '2' });
  });

  it('skips the counts when the table is not in the text (Liwan states 6 indicators, lists none)', () => {
    expect(runChecks(report({ indicators_stated_total: '6', indicators_stated_met: '6' }), [], [])).toEqual([]);
  });
});

describe('runChecks: budget lines', () => {
  it('checks each line: initial + adjustment = final, execution rate, adjustment rate (Liwan 招商引资经费)', () => {
    const checks = runChecks(report({}), [], [budgetLine({
      name: '招商引资经费', initial_wan: '100', adjustment_wan: '-41.36', final_wan: '58.64', spent_wan: '46.91', execution_rate_pct: '80.00', adjustment_rate_pct: '-41.36',
    })]);
    expect(checks.map(brief)).toEqual([
      'ok 招商引资经费: initial + adjustment = final: stated 58.64, computed 58.64 (line 70)',
      'ok 招商引资经费: execution rate: stated 80.00%, computed 80.00% (line 70)',
      'ok 招商引资经费: adjustment rate: stated 41.36%, computed 41.36% (line 70)',
    ]);
    expect(checks.map((c) => c.field)).toEqual(['budget_lines[0].final_wan', 'budget_lines[0].execution_rate_pct', 'budget_lines[0].adjustment_rate_pct']);
  });

  it('flags Liwan\'s 120.83% adjustment rate as truncated', () => {
    const [c] = runChecks(report({}), [], [budgetLine({ name: '产业扶持资金项目', initial_wan: '1588.4', adjustment_wan: '1919.36', adjustment_rate_pct: '120.83' })]);
    expect(brief(c!)).toBe('FAIL 产业扶持资金项目: adjustment rate: stated 120.83%, computed 120.84% (120.83% when truncated instead of rounded) (line 70)');
  });

  it('runs nothing for a line that states a single amount', () => {
    expect(runChecks(report({}), [], [budgetLine({ initial_wan: '2000' })])).toEqual([]);
  });
});
