/**
 * The reports' own arithmetic, checked. Every check that can run (its inputs are stated) is
 * recorded with both sides; a disagreement becomes a warning, never a silent correction.
 */
import Big from 'big.js';
import { decimals, sum, type Decimal } from './numbers.ts';
import { GRADE_EN, gradeBandsText, gradeForScore } from './grade.ts';
import type { BudgetLine, Check, Indicator, Outcome, Report } from './model.ts';
import { compact, toHalfWidth } from './text.ts';
import { countIndicators, isScoringRow } from './status.ts';

/** a / b × 100 at the precision of `like`; and the truncated form, for the message. */
function rate(a: Decimal, b: Decimal, like: Decimal): { rounded: string; truncated: string } | null {
  const den = new Big(b);
  if (den.eq(0)) return null;
  const exact = new Big(a).times(100).div(den);
  const dp = decimals(like);
  return { rounded: exact.round(dp, Big.roundHalfUp).toFixed(dp), truncated: exact.round(dp, Big.roundDown).toFixed(dp) };
}

/** Runs every check whose inputs the report states. `line` in a check is the source line. */
export function runChecks(report: Report, indicators: readonly Indicator[], budgetLines: readonly BudgetLine[], outcomes: readonly Outcome[] = []): Check[] {
  const checks: Check[] = [];
  const f = report.figures;
  const v = (k: keyof Report['figures']) => f[k]?.value ?? null;
  /** A check; `en` gives the two sides as English pages show them, where they hold words or units. */
  const add = (label_zh: string, label_en: string, field: string, stated: string, computed: string, ok: boolean, line: number | null, en?: { stated?: string; computed?: string }, sides?: Check['sides']) =>
    checks.push({ label_zh, label_en, field, stated, computed, stated_en: en?.stated ?? stated, computed_en: en?.computed ?? computed, ok, line, ...(sides ? { sides } : {}) });
  const figLine = (k: keyof Report['figures'] | 'grade') => (k === 'grade' ? report.grade?.line : f[k]?.line) ?? null;

  const checkRate = (zh: string, en: string, field: string, stated: Decimal | null, a: Decimal | null, b: Decimal | null, line: number | null, absolute = false) => {
    if (stated === null || a === null || b === null) return;
    const r = rate(a, b, stated);
    if (!r) return;
    const s = absolute ? stated.replace(/^-/u, '') : stated;
    const rounded = absolute ? r.rounded.replace(/^-/u, '') : r.rounded;
    const truncated = absolute ? r.truncated.replace(/^-/u, '') : r.truncated;
    const ok = new Big(s).eq(rounded);
    // A printed rate that is the truncated one, not the rounded: said in the check itself.
    const truncatedToo = !ok && new Big(s).eq(truncated);
    add(zh, en, field, `${s}%`, truncatedToo ? `${rounded}%（若截尾而非四舍五入则为 ${truncated}%）` : `${rounded}%`, ok, line,
      truncatedToo ? { computed: `${rounded}% (${truncated}% when truncated instead of rounded)` } : undefined);
  };
  const checkSum = (zh: string, en: string, field: string, total: Decimal | null, parts: (Decimal | null)[], line: number | null) => {
    if (total === null || parts.some((p) => p === null)) return;
    const s = sum(parts as Decimal[]);
    add(zh, en, field, total, s, new Big(total).eq(s), line);
  };

  checkRate('执行率 = 支出 ÷ 调整后预算', 'execution rate = spent ÷ final budget', 'execution_rate_pct', v('execution_rate_pct'), v('spent_wan'), v('budget_final_wan'), figLine('execution_rate_pct'));
  checkSum('年初预算 + 调整 = 调整后预算', 'initial budget + adjustment = final budget', 'budget_final_wan', v('budget_final_wan'), [v('budget_initial_wan'), v('budget_adjustment_wan')], figLine('budget_final_wan'));
  checkRate('调整率 = 调整额 ÷ 年初预算', 'adjustment rate = adjustment ÷ initial budget', 'budget_adjustment_rate_pct', v('budget_adjustment_rate_pct'), v('budget_adjustment_wan'), v('budget_initial_wan'), figLine('budget_adjustment_rate_pct'), true);
  checkSum('基本支出 + 项目支出 = 总支出', 'basic + project spending = total spending', 'spent_wan', v('spent_wan'), [v('basic_spent_wan'), v('project_spent_wan')], figLine('spent_wan'));
  checkSum('人员支出 + 公用支出 = 基本支出', 'personnel + public spending = basic spending', 'basic_spent_wan', v('basic_spent_wan'), [v('personnel_spent_wan'), v('public_spent_wan')], figLine('basic_spent_wan'));
  checkSum('财政拨款收入 + 其他收入 = 收入总额', 'fiscal + other income = total income', 'income_total_wan', v('income_total_wan'), [v('income_fiscal_wan'), v('income_other_wan')], figLine('income_total_wan'));
  checkSum('财政拨款支出 + 其他支出 = 总支出', 'fiscal + other spending = total spending', 'spent_wan', v('spent_wan'), [v('spent_fiscal_wan'), v('spent_other_wan')], figLine('spent_fiscal_wan'));
  checkRate('财政拨款支出占比', 'share of fiscal spending', 'spent_fiscal_share_pct', v('spent_fiscal_share_pct'), v('spent_fiscal_wan'), v('spent_wan'), figLine('spent_fiscal_share_pct'));
  checkRate('其他支出占比', 'share of other spending', 'spent_other_share_pct', v('spent_other_share_pct'), v('spent_other_wan'), v('spent_wan'), figLine('spent_other_share_pct'));
  checkRate('政府采购执行率', 'procurement execution rate', 'procurement_rate_pct', v('procurement_rate_pct'), v('procurement_spent_wan'), v('procurement_budget_wan'), figLine('procurement_rate_pct'));

  const score = v('self_score');
  const scored = indicators.filter((i) => i.score !== null);
  if (scored.length > 0) {
    if (score !== null) checkSum('评分表得分合计 = 自评得分', 'scoring table total = self score', 'indicators.score', score, scored.map((i) => i.score), scored[0]?.line ?? null);
    const weighted = indicators.filter((i) => i.weight !== null);
    if (weighted.length > 0) checkSum('评分表分值合计 = 100', 'scoring table weights total 100', 'indicators.weight', '100', weighted.map((i) => i.weight), null);
    for (const i of scored) {
      if (i.weight !== null && new Big(i.score!).gt(i.weight)) add(`得分不超过分值：${i.name}`, `score within weight: ${i.name_en ?? i.name}`, `indicators[${i.index - 1}].score`, i.score!, `≤ ${i.weight}`, false, i.line);
    }
  }
  if (score !== null && report.grade) {
    const band = gradeForScore(score);
    add(`等级与得分区间一致（${gradeBandsText('zh').replaceAll(' ', '')}）`, `grade agrees with score band (${gradeBandsText('en')})`, 'grade', report.grade.value, `${band} (${score})`, band === report.grade.value, figLine('grade'),
      { stated: GRADE_EN[report.grade.value], computed: `${GRADE_EN[band]} (${score})` });
  }
  // Counts the narrative states, against the table (only when the table is in the text).
  const counts = countIndicators(indicators);
  if (counts.listed > 0) {
    const total = v('indicators_stated_total');
    if (total !== null) add('所述指标数 = 表中指标数', 'stated indicator count = rows in the table', 'indicators_stated_total', total, String(counts.listed), Number(total) === counts.listed, figLine('indicators_stated_total'));
    const met = v('indicators_stated_met');
    // Rows the build cannot assess (illegible, no comparable numbers) may account for a difference.
    if (met !== null) {
      const ok = Number(met) >= counts.met && Number(met) <= counts.met + counts.not_assessed;
      add('所述达标指标数 = 表中达标指标数', 'stated indicators met = met rows in the table', 'indicators_stated_met', met, counts.not_assessed > 0 ? `${counts.met}（另 ${counts.not_assessed} 项未评定）` : String(counts.met), ok, figLine('indicators_stated_met'),
        counts.not_assessed > 0 ? { computed: `${counts.met} (+${counts.not_assessed} not assessed)` } : undefined);
    }
  }

  budgetLines.forEach((b, i) => {
    const field = (c: string) => `budget_lines[${i}].${c}`;
    const nameEn = b.name_en ?? b.name;
    checkSum(`${b.name}：年初 + 调整 = 调整后`, `${nameEn}: initial + adjustment = final`, field('final_wan'), b.final_wan, [b.initial_wan, b.adjustment_wan], b.line);
    checkRate(`${b.name}：执行率`, `${nameEn}: execution rate`, field('execution_rate_pct'), b.execution_rate_pct, b.spent_wan, b.final_wan, b.line);
    checkRate(`${b.name}：调整率`, `${nameEn}: adjustment rate`, field('adjustment_rate_pct'), b.adjustment_rate_pct, b.adjustment_wan, b.initial_wan, b.line, true);
  });

  // A result stated in prose against the indicator row about the same quantity: the one the
  // record names, or one whose name and unit say it is the same.
  for (const o of outcomes) {
    if (o.actual_value === null) continue;
    for (const i of indicators) {
      if (i.actual_value === null || isScoringRow(i)) continue;
      // The result's own unit (the target's where the result prints none).
      const resultUnit = i.actual_unit ?? i.unit;
      if (o.indicator_index !== null ? o.indicator_index !== i.index : !sameQuantity(o, { name: i.name, unit: resultUnit })) continue;
      const shown = (v: Decimal, unit: string | null) => `${v}${unit ? ` ${unit}` : ''}`;
      // In English a unit the glossary translates is named in brackets, as amounts are ("5 (items)", "4,652.48 (10,000 CNY)").
      const shownEn = (v: Decimal, unit: string | null, unitEn: string | null | undefined) => (unit !== null && unitEn && unitEn !== unit ? `${v} (${unitEn})` : shown(v, unit));
      add(`正文所述结果与指标表一致：${o.name} / ${i.name}`, `result stated in the text agrees with the indicator table: ${o.name_en ?? o.name} / ${i.name_en ?? i.name}`,
        `outcomes[${o.index - 1}].actual_value`, shown(i.actual_value, resultUnit), shown(o.actual_value, o.unit),
        new Big(o.actual_value).eq(i.actual_value) && unitOf(o.unit) === unitOf(resultUnit), o.line,
        { stated: shownEn(i.actual_value, resultUnit, resultUnit === i.unit ? i.unit_en : null), computed: shownEn(o.actual_value, o.unit, o.unit_en) }, 'table-text');
    }
  }
  return checks;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const NUMERALS: Record<string, string> = { 十: '10', 百: '100', 千: '1000' };
/** Words that only say "the number of": 开工项目数 is about the same as 开工项目. */
const COUNT_WORDS = new Set(['数', '数量', '个数', '次数', '总数', '数目']);

const unitOf = (u: string | null) => (u === null ? null : compact(toHalfWidth(u)));

/**
 * The words of a name, for telling whether two names speak of the same quantity: half-width,
 * a bare 十/百/千 before 亿 or 万 as digits (十亿级 → 10亿级), units in brackets dropped,
 * segmented into words; the numbers in it apart.
 */
export function nameWords(name: string): { words: Set<string>; numbers: string } {
  const s = compact(toHalfWidth(name))
    .replace(/[(（][^()（）]*[)）]/gu, '')
    .replace(/(?<![一二三四五六七八九\d])([十百千])(?=[亿万])/gu, (_, n: string) => NUMERALS[n] ?? n);
  const words = new Set([...segmenter.segment(s)].filter((w) => w.isWordLike && !COUNT_WORDS.has(w.segment)).map((w) => w.segment));
  const numbers = [...s.matchAll(/\d+(?:\.\d+)?/gu)].map((m) => m[0]).sort().join(',');
  return { words, numbers };
}

/**
 * Whether an outcome and an indicator of the same report speak of the same quantity without the
 * record saying so: the same unit, the same numbers in their names (10亿元以上 is not 亿元以上),
 * and the same words, count words aside (开工项目数 and 开工项目). Strict on purpose: a near
 * match (全区开工在建项目 against 开工项目数, 项目线索 against 项目数) would publish a
 * disagreement the report does not have; a record links differently worded pairs with
 * `indicator`.
 */
export function sameQuantity(o: Pick<Outcome, 'name' | 'unit'>, i: Pick<Indicator, 'name' | 'unit'>): boolean {
  if (unitOf(o.unit) === null || unitOf(o.unit) !== unitOf(i.unit)) return false;
  const a = nameWords(o.name);
  const b = nameWords(i.name);
  return a.numbers === b.numbers && a.words.size > 0 && a.words.size === b.words.size && [...a.words].every((w) => b.words.has(w));
}
