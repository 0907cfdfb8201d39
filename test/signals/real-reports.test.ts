/**
 * The credibility signals of the five real reports. Every expectation is worked out by hand
 * from the report texts (the figure and the line of data/sources/<id>.txt it stands on) and
 * written here as a number; none is read back from the code's output.
 */
import { describe, expect, it } from 'vitest';
import Big from 'big.js';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { evaluateReport, signalContext, type RuleOutcome } from '../../src/lib/signals/evaluate.ts';
import { RULES, THRESHOLDS } from '../../src/lib/signals/rules.ts';
import type { SignalId } from '../../src/lib/signals/rules.ts';

const data = buildSiteData('data');
const ctx = signalContext(data.reports, (id) => data.indicators.filter((i) => i.report_id === id));
const outcomes = (id: string): Map<SignalId, RuleOutcome> => {
  const report = data.reports.find((r) => r.id === id)!;
  return new Map(evaluateReport({ report, indicators: data.indicators.filter((i) => i.report_id === id) }, ctx).map((o) => [o.rule, o]));
};
/** rule → [state, level, value] for every rule, so a signal that appears or vanishes fails. */
const summary = (id: string) => Object.fromEntries([...outcomes(id)].map(([rule, o]) => [rule, o.state === 'signal' ? [o.signal.level, o.signal.value] : o.state]));
/** |a − b| ÷ c × 100, rounded half-up to 2 decimals: computed here, independently of the code. */
const pct = (a: string, c: string) => new Big(a).div(c).times(100).round(2, Big.roundHalfUp).toFixed(2);

describe('signals of the five real reports, from their texts', () => {
  it('Baiyun 2021: graded 优 at 91.35 (line 105) with 3 of 27 missed; 625.85 cut of 5,278.33 (line 87) is 11.86 % > 10 %; four 100 % = 100 % rates (lines 117, 118, 124, 125)', () => {
    expect(pct('625.85', '5278.33')).toBe('11.86');
    expect(summary('guangzhou-baiyun-2021-department')).toEqual({
      high_score_with_gaps: ['notable', '3'],
      // 96.05 % (line 87) is 3.95 points from 100: within 5.
      execution_rate: 'clear',
      budget_adjustment: ['notable', '11.86'],
      no_stated_result: 'clear',
      // 6 of 27 targets have no digit (符合, 没有负面影响, 是, 企业开工时间由一年以上…, 为企业提供…渠道, 是): 22.22 % < 25 %.
      qualitative_targets: 'clear',
      target_equals_result_100: ['info', '4'],
      target_not_above_last_result: 'unavailable',
      counts_not_listed: 'clear',
      arithmetic: 'clear',
      grade_band: 'clear',
    });
    const q = outcomes('guangzhou-baiyun-2021-department').get('qualitative_targets')!;
    expect(q.state === 'clear' && q.why.en).toContain(`6 of the 27 indicators with a target (${pct('6', '27')}%)`);
    const s = outcomes('guangzhou-baiyun-2021-department').get('high_score_with_gaps')!;
    expect(s.state === 'signal' && s.signal.text_zh).toBe('自评为优（91.35 分），但列出的 27 项指标中 3 项未达成。');
  });

  it('Liwan 2022: 8,778.17 of 11,206.52 is 78.33 % (line 41), 21.67 points from 100: large; 6 indicators stated (line 65) but none listed; the 120.83 % adjustment rate is truncated (line 71)', () => {
    expect(new Big(100).minus('78.33').toFixed(2)).toBe('21.67');
    expect(summary('guangzhou-liwan-2022-department')).toEqual({
      // 97.57 points, 优, but no indicator is listed to hold it against.
      high_score_with_gaps: 'unavailable',
      execution_rate: ['large', '78.33'],
      // No initial budget is printed (a note of the record says so).
      budget_adjustment: 'unavailable',
      no_stated_result: 'unavailable',
      qualitative_targets: 'unavailable',
      target_equals_result_100: 'unavailable',
      target_not_above_last_result: 'unavailable',
      counts_not_listed: ['notable', '6'],
      arithmetic: ['notable', '1'],
      grade_band: 'clear',
    });
  });

  it('Panyu 2021: graded 良好 without a score; 99.21 % (line 87) within norm; 99.78 % and 0.22 % shares (line 73) disagree with 99.80 % and 0.20 %', () => {
    expect(pct('9806.06', '9825.88')).toBe('99.80');
    expect(pct('19.82', '9825.88')).toBe('0.20');
    expect(summary('guangzhou-panyu-2021-department')).toEqual({
      high_score_with_gaps: 'clear',
      execution_rate: 'clear',
      budget_adjustment: 'unavailable',
      no_stated_result: 'unavailable',
      qualitative_targets: 'unavailable',
      target_equals_result_100: 'unavailable',
      target_not_above_last_result: 'unavailable',
      // It states no count of indicators either.
      counts_not_listed: 'unavailable',
      arithmetic: ['notable', '2'],
      grade_band: 'unavailable',
    });
  });

  it('Jiangmen 2024: 优 at 98.35 (line 45) with 2 of 16 missed (lines 56, 66); no budget printed; one 100 % = 100 % (line 63)', () => {
    expect(summary('jiangmen-2024-department')).toEqual({
      high_score_with_gaps: ['notable', '2'],
      execution_rate: 'unavailable',
      budget_adjustment: 'unavailable',
      no_stated_result: 'clear',
      // 控制在预算内 (line 64) is the only target without a digit: 1 of 16, 6.25 %.
      qualitative_targets: 'clear',
      target_equals_result_100: ['info', '1'],
      target_not_above_last_result: 'unavailable',
      counts_not_listed: 'clear',
      arithmetic: 'clear',
      grade_band: 'clear',
    });
  });

  it('Pingshan 2021 (a project): 优 at 98 (line 77) with 4 of 8 targets stating no result (lines 63–65); 1,375.72 against 1,423.71 (line 53) is a 3.37 % change', () => {
    expect(pct(new Big('1423.71').minus('1375.72').toFixed(2), '1423.71')).toBe('3.37');
    expect(summary('shenzhen-pingshan-2021-project')).toEqual({
      high_score_with_gaps: ['notable', '4'],
      execution_rate: 'clear',
      budget_adjustment: 'clear',
      no_stated_result: ['notable', '4'],
      qualitative_targets: 'clear',
      target_equals_result_100: 'clear',
      target_not_above_last_result: 'unavailable',
      counts_not_listed: 'clear',
      // The prose's 5 十亿级 projects and 73 firms against the table's 1 and 6 (lines 118, 120).
      arithmetic: ['notable', '2'],
      grade_band: 'clear',
    });
  });

  it('no department has two years: the year-over-year rule says it needs an earlier report, naming the year', () => {
    for (const r of data.reports) {
      const o = outcomes(r.id).get('target_not_above_last_result')!;
      expect(o.state).toBe('unavailable');
      expect(o.state === 'unavailable' && o.why.zh).toContain(`需要更早的报告：本站没有该部门 ${r.fiscal_year - 1} 年`);
      expect(o.state === 'unavailable' && o.why.en).toContain(`Needs an earlier report: the site holds no ${r.fiscal_year - 1}`);
    }
  });

  it('the published signals are exactly the rules that found something, with the lines they rest on', () => {
    const published = data.signals.map((s) => `${s.report_id}:${s.signal}`);
    const found = data.reports.flatMap((r) => [...outcomes(r.id).values()].filter((o) => o.state === 'signal').map((o) => `${r.id}:${o.rule}`));
    expect(published).toEqual(found);
    // Baiyun 3, Liwan 3, Panyu 1, Jiangmen 2, Pingshan 3 (the summaries above).
    expect(data.signals).toHaveLength(12);
    // Baiyun's misses stand on lines 131 (主题宣传片), 134 (外出考察), 140 (高层次人才); its score and grade on 105.
    expect(data.signals.find((s) => s.report_id === 'guangzhou-baiyun-2021-department' && s.signal === 'high_score_with_gaps')!.lines).toEqual([105, 131, 134, 140]);
    expect(data.signals.find((s) => s.report_id === 'guangzhou-liwan-2022-department' && s.signal === 'execution_rate')!.lines).toEqual([41]);
  });
});

describe('the rules as data', () => {
  it('describes every rule once, in both languages, with its threshold in the text', () => {
    expect(RULES.map((r) => r.id)).toEqual([...new Set(RULES.map((r) => r.id))]);
    for (const r of RULES) for (const t of [r.title, r.rule, r.source, r.limits]) expect(t.zh.length * t.en.length).toBeGreaterThan(0);
    const exec = RULES.find((r) => r.id === 'execution_rate')!;
    expect(exec.rule.en).toContain(`${THRESHOLDS.execution.notable} percentage points`);
    expect(exec.rule.zh).toContain(`${THRESHOLDS.execution.large} 个百分点`);
  });

  it('uses descriptive words, never accusing ones', () => {
    const words = [...RULES.flatMap((r) => [r.title, r.rule, r.limits]), ...data.signals.map((s) => ({ zh: s.text_zh, en: s.text_en }))];
    for (const w of words) {
      expect(w.en).not.toMatch(/\b(?:false|fake|lie|lied|cheat|fraud|inflated)\b/iu);
      expect(w.zh).not.toMatch(/虚假|造假|欺骗|作假|不实/u);
    }
  });
});
