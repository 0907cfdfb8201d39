/**
 * Every cue that fires proposes a candidate; a field takes a value only when the candidates
 * agree. Disagreement is not settled by guessing: the field stays null and the reviewer is told
 * what was found where.
 */
import Big from 'big.js';
import { decimals } from '../../src/lib/data/numbers.ts';
import type { Quote } from './flow.ts';
import { withoutPinyin } from './fold.ts';
import type { HeadlineField } from './schema.ts';

export interface Candidate {
  field: HeadlineField;
  /** Canonical form: a decimal string for numbers, the text as printed otherwise. */
  value: string;
  /** The value as printed in the source. */
  printed: string;
  quote: Quote;
  /**
   * How much the cue is worth: 3 a form's cell or a labelled field, 2 a specific prose cue,
   * 1 a vague one. Only the highest tier that proposes anything decides.
   */
  tier: number;
  /** Which rule proposed it, for the reviewer: `prose:实际支出`, `form:年度资金总额`. */
  rule: string;
  /** Doubts the rule itself had (an unverified table alignment …). */
  doubts: string[];
  /** An amount printed in 元 or 亿元 (`value` is converted to 万元; `printed` is as printed) */
  unit?: '元' | '亿元';
}

/** A field's outcome: a value with its evidence, or null with the reason it is null. */
export interface Resolved {
  field: HeadlineField;
  value: string | null;
  best: Candidate | null;
  /** Reasons to check the value (or its absence) by hand; empty when there is nothing to check. */
  uncertain: string[];
  /** Numbers a cue pointed at and a trap rule set aside (year-on-year change, a sub-project …). */
  skipped: string[];
}

const NAMES = new Set<HeadlineField>(['department_name', 'supervising_department', 'project_name']);
const NUMERIC = new Set<HeadlineField>(['budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score', 'fiscal_year']);

function sameValue(field: HeadlineField, a: string, b: string): boolean {
  if (NUMERIC.has(field)) return new Big(a).eq(b);
  return a === b;
}

function describe(c: Candidate): string {
  return `“${c.printed}”（第 ${c.quote.line} 行，${c.rule}）`;
}

/**
 * Resolves one field. The highest tier with candidates decides; if its candidates disagree,
 * the field is null and flagged. Candidates of lower tiers that disagree with the value flag it
 * too (the value stays: a form's cell outranks a sentence that may speak of something else).
 * `doubts` are reasons to check found outside the candidates (an unfilled form cell);
 * `skipped` the numbers a trap rule set aside, shown to the reviewer.
 */
export function resolve(field: HeadlineField, candidates: readonly Candidate[], doubts: readonly string[] = [], skipped: readonly string[] = []): Resolved {
  // (a name's value without a conversion site's pinyin; its printed form keeps it)
  const own = candidates.filter((c) => c.field === field).map((c) => (NAMES.has(field) ? { ...c, value: withoutPinyin(c.value) } : c));
  const extra = [...doubts];
  if (own.length === 0) return { field, value: null, best: null, uncertain: extra, skipped: [...skipped] };
  const top = Math.max(...own.map((c) => c.tier));
  let decisive = own.filter((c) => c.tier === top);
  // (the same figure printed once with 元 for its unit and elsewhere with 万元, `全年预算数2089元` / `全年预算资金2089万元`: a slip of
  // the unit, the 万元 the text's, flagged)
  const digits = (c: Candidate) => c.printed.replace(/[,，\s]/gu, '');
  const slip = decisive.length > 1 && decisive.some((c) => c.unit === '元') && decisive.some((c) => c.unit === undefined) && new Set(decisive.map(digits)).size === 1;
  if (slip) {
    decisive = decisive.filter((c) => c.unit === undefined);
    extra.push(`同一个数“${digits(decisive[0]!)}”一处印作元、一处印作万元，按万元读`);
  }
  const first = decisive[0]!;
  const conflicting = decisive.filter((c) => !sameValue(field, c.value, first.value));
  if (conflicting.length > 0) {
    const shown = [...new Map(decisive.map((c) => [c.value, c])).values()].map(describe).join('、');
    return { field, value: null, best: null, uncertain: [`候选值不一致，未取值：${shown}`, ...extra], skipped: [...skipped] };
  }
  const lower = own.filter((c) => c.tier < top && !sameValue(field, c.value, first.value));
  const uncertain = [...first.doubts, ...extra];
  if (lower.length > 0) uncertain.push(`另有不同的候选值：${lower.map(describe).join('、')}`);
  return { field, value: first.value, best: first, uncertain, skipped: [...skipped] };
}

/** The candidates of the deciding tier that disagree, or [] when the field was not left null by disagreement. */
export function disagreeing(field: HeadlineField, candidates: readonly Candidate[]): Candidate[] {
  const own = candidates.filter((c) => c.field === field);
  if (own.length === 0) return [];
  const top = Math.max(...own.map((c) => c.tier));
  const decisive = own.filter((c) => c.tier === top);
  return decisive.some((c) => !sameValue(field, c.value, decisive[0]!.value)) ? decisive : [];
}

/** Whether `rate` (a percentage as printed) is `spent` ÷ `base`, to the rate's printed precision. */
function rateFits(spent: string, base: string, rate: string): boolean {
  if (new Big(base).lte(0)) return false;
  return new Big(spent).div(base).times(100).minus(rate).abs().lte(new Big(10).pow(-decimals(rate)));
}

/**
 * Budgets that disagree, where the report's own arithmetic decides: the one budget of which the
 * spending is the printed execution rate (to the rate's printed precision, rounded or cut off).
 * `2021年预算飞行经费共计9799.2万元` against `共安排中央…资金7814万元` (the central share), with
 * `实际执行…9109.54万元` and `执行率92.96%`: 9109.54 / 9799.2 = 92.96 %, so 9799.2. Nothing is
 * taken when no value or more than one agrees; the value taken is flagged with the others.
 */
export function settleBudgetByRate(budget: Resolved, spent: Resolved, rate: Resolved, candidates: readonly Candidate[]): Resolved {
  if (budget.value !== null || spent.value === null || rate.value === null) return budget;
  const rival = disagreeing(budget.field, candidates);
  if (rival.length === 0) return budget;
  const agrees = (c: Candidate) => rateFits(spent.value!, c.value, rate.value!);
  const fit = rival.filter(agrees);
  if (fit.length === 0 || fit.some((c) => !sameValue(budget.field, c.value, fit[0]!.value))) return budget;
  const best = fit[0]!;
  const others = [...new Map(rival.filter((c) => !agrees(c)).map((c) => [c.value, c])).values()].map(describe).join('、');
  return {
    ...budget,
    value: best.value,
    best,
    uncertain: [`候选值不一致；取执行率印证的“${best.printed}”（执行数 ${spent.value} ÷ ${best.value} = 执行率 ${rate.value}%），另有 ${others}`, ...best.doubts],
  };
}

/**
 * Budgets that disagree, one of them the text's total of the others: its cue says so (共, 合计, 总额,
 * 总计), it is one value, and the others are its parts — they add up to it (`下达补助资金57.5万元`,
 * `188.7万元` / `共下达…246.2万元`), or its own line lists at least two of them after 其中 (`收到财政资金
 * 共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元…`). A larger sum over more than the
 * project (`全县共下达…8600万元。本项目下达资金300万元`) is no such total. Flagged.
 */
export function settleBudgetByTotal(budget: Resolved, candidates: readonly Candidate[], lines: readonly string[]): Resolved {
  if (budget.value !== null) return budget;
  const rival = disagreeing(budget.field, candidates);
  if (rival.length === 0) return budget;
  // (not 公共, nor a running total over years, 累计; or an amount broken down right after it,
  // `下达…资金34239万元,其中:…第一批资金24189万元;…`, `项目资金1950万元。分别为:…`)
  const breaksDown = (c: Candidate) => {
    const { line, quote } = lastLine(c);
    const at = line.indexOf(quote);
    return at >= 0 && /^[,，;；:：。]?\s*(?:其中|分别为|具体为|具体是)/u.test(line.slice(at + quote.length));
  };
  // (a quote may begin on a heading's line that ran into the paragraph: its line is the one it ends on)
  const lastLine = (c: Candidate) => {
    const breaks = c.quote.quote.split('\n');
    const at = c.quote.line + breaks.length - 1;
    return { at, line: lines[at - 1] ?? '', quote: breaks.at(-1)! };
  };
  const calledTotal = (c: Candidate) => /(?<!公)共|合计|总额|总计/u.test(c.rule) && !/累计/u.test(c.rule);
  const isTotal = (c: Candidate) => calledTotal(c) || breaksDown(c);
  const totals = rival.filter(isTotal);
  if (totals.length === 0) return budget;
  // Two totals (the whole, and a total of one of its parts: `合计下达…53106万元`, then `…共计40803万元。其中…`):
  // the largest, if the report's arithmetic shows it is the whole — two or more of the other amounts add up to it.
  const largest = totals.reduce((a, c) => (new Big(c.value).gt(a.value) ? c : a));
  const manyTotals = totals.some((c) => !sameValue(budget.field, c.value, largest.value));
  const best = manyTotals ? largest : totals[0]!;
  const parts = rival.filter((c) => !sameValue(budget.field, c.value, best.value));
  if (parts.length === 0 || parts.some((c) => !new Big(c.value).lt(best.value))) return budget;
  // (parts by where they stand: two equal parts are two parts)
  const distinct = [...new Map(parts.map((c) => [`${c.quote.line}|${c.quote.quote}`, c])).values()];
  const { at: bestLine, line, quote: bestQuote } = lastLine(best);
  // (a total over a wider area, one of its parts the unit's own: `下达全省…合计5000万元,其中下达我市资金共计1200万元` — the own part, when one)
  const lead = line.slice(0, Math.max(0, line.indexOf(bestQuote)));
  if (/全(?:市|省|州|区|国|盟|县)/u.test(lead.slice(Math.max(lead.lastIndexOf('。'), lead.lastIndexOf(';')) + 1) + bestQuote)) {
    const own = distinct.filter((c) => /(?:我|本)(?:市|县|区|州|旗|镇|乡)[^,;。，；]{0,30}$/u.test(lineBefore(c, lines) + c.quote.quote.slice(0, c.quote.quote.indexOf(c.printed))));
    if (new Set(own.map((c) => new Big(c.value).toString())).size !== 1) return budget;
    const part = own[0]!;
    return { ...budget, value: part.value, best: part, uncertain: [`候选值不一致；“${best.printed}”（第 ${best.quote.line} 行）是全地区的总数，取其中本地的“${part.printed}”（第 ${part.quote.line} 行）`, ...part.doubts] };
  }
  const addUp = someAddUp(distinct.map((c) => c.value), best.value);
  if (manyTotals && !addUp) return budget;
  const sum = distinct.reduce((a, c) => a.plus(c.value), new Big(0));
  // Its line lists them after 其中 (分别为, 具体为), or its own sentence lists them before it
  // (`下达中央资金50万元,下达省级资金50万元,共下达资金100万元`).
  const breakdown = /其中|分别为|具体为|具体是/u.exec(line);
  const listed = breakdown ? line.slice(breakdown.index) : '';
  const listedAfter = distinct.length >= 2 && distinct.every((c) => listed.includes(c.printed));
  const ahead = line.slice(0, line.indexOf(bestQuote));
  // (or the sentence before, the total's own opening with its word: `…项目3万元。共计下达…资金3580.69万元`)
  // (whose amounts, every one the list sentence prints, add up to it)
  const closing = /[。;；]\s*$/u.test(ahead) && /^(?:以上|上述)?(?:共计|合计|总计)/u.test(bestQuote) ? ahead.replace(/[。;；]\s*$/u, '') : null;
  const itemised = closing === null ? [] : [...closing.slice(closing.lastIndexOf('。') + 1).matchAll(/(\d+(?:\.\d+)?)万元/gu)].map((m) => m[1]!);
  const closingSums = itemised.length >= 2 && itemised.reduce((a, v) => a.plus(v), new Big(0)).minus(best.value).abs().lte('0.01');
  const listedBefore = ahead !== '' && distinct.every((c) => c.quote.line === bestLine && ahead.includes(c.quote.quote))
    && (!/。/u.test(ahead.slice(ahead.lastIndexOf(distinct[0]!.quote.quote))) || (closing !== null && closingSums && !/。/u.test(closing.slice(closing.lastIndexOf(distinct[0]!.quote.quote)))));
  // (a total over more than the project: one of its parts is the project's own, `其中本项目下达资金300万元`)
  if (distinct.some((c) => /(?:本|该)项目/u.test(c.quote.quote) || new RegExp(`(?:本|该)项目[^,;。]{0,12}${c.printed.replace(/[.]/gu, '\\.')}`, 'u').test(line))) return budget;
  const adds = sum.minus(best.value).abs().lte('0.01') || addUp;
  // (not a total over a wider area than the report's, broken down by place: `下达全市…5000万元,分别为:临泽县…`)
  if (!calledTotal(best) && /全(?:市|省|州|区|国|盟)/u.test(line.slice(0, line.indexOf(bestQuote) + bestQuote.length))) return budget;
  // (not the budget at the year's start, which a later adjustment may change: `2024年年初预算项目共14个,…预算资金为2836.14万元,其中:…`)
  if (/年初/u.test(ahead.slice(ahead.lastIndexOf('。') + 1))) return budget;
  // (a total only by its breakdown must add up or list them after it; one the text calls so may list them before it too)
  // (or, the total first, each later amount one batch of it, `共下达…640万元` … `3月下达首批资金260万元,8月下达第二批资金180万元`: the batches
  // listed need not be all; another source's money, another place's or project's share is no batch)
  const batch = (c: Candidate) => /(?:第[一二三四五六七八九十\d]{1,2}|首|头)(?:批|笔|次)/u.test(lineBefore(c, lines).split(/[,，;；。]/u).at(-1)!.slice(-12) + c.quote.quote);
  const batches = calledTotal(best) && !manyTotals && rival.every((c) => c.quote.line >= best.quote.line) && distinct.every((c) => c.quote.line > bestLine && batch(c));
  if (!adds && !listedAfter && !(calledTotal(best) && listedBefore) && !batches) return budget;
  const others = [...new Map(parts.map((c) => [c.value, c])).values()].map(describe).join('、');
  return { ...budget, value: best.value, best, uncertain: [`候选值不一致；取正文称为总数的“${best.printed}”（第 ${best.quote.line} 行），其余较小的是其组成部分：${others}`, ...best.doubts] };
}

/** The text of a candidate's line before its quote (the quote's first line). */
function lineBefore(c: Candidate, lines: readonly string[]): string {
  const line = lines[c.quote.line - 1] ?? '';
  return line.slice(0, Math.max(0, line.indexOf(c.quote.quote.split('\n')[0]!)));
}

/**
 * Whether two or more of `values` add up to `total` (to 0.01 万元). Written out: a subset sum over the
 * handful of amounts one report's cues propose (at most 2^12 sums; more amounts than that are not tried).
 */
function someAddUp(values: readonly string[], total: string): boolean {
  if (values.length < 2 || values.length > 12) return false;
  for (let mask = 1; mask < 1 << values.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    const sum = values.reduce((a, v, i) => (mask & (1 << i) ? a.plus(v) : a), new Big(0));
    if (sum.minus(total).abs().lte('0.01')) return true;
  }
  return false;
}

/**
 * Two budgets that disagree, where the adjustment the text states leads from the one to the other (`下达我区111万元…调减40万元…
 * 全年实际下达71万元`: 111 − 40 = 71): the later one, after the adjustment, is the final budget, the earlier one the budget before
 * it (the start-of-year's, when none is read). Only when the adjustment stands between the two and the later amount is in its
 * sentence, called the result (全年, 实际, 调整后 …): not another source's money that differs by it by chance, nor an amount after
 * another project's adjustment. Both flagged.
 */
export function settleBudgetByAdjustment(budget: Resolved, initial: Resolved, adjustment: Resolved, candidates: readonly Candidate[], lines: readonly string[]): { final: Resolved; initial: Resolved } {
  const rival = disagreeing(budget.field, candidates);
  const adj = adjustment.best;
  if (budget.value !== null || adjustment.value === null || !adj || new Set(rival.map((c) => new Big(c.value).toString())).size !== 2) return { final: budget, initial };
  // (where a quote stands — its line, its place on the line, its sentence there — and the clause before it)
  const place = (c: Candidate) => {
    const ahead = lineBefore(c, lines);
    return { at: c.quote.line * 1e6 + ahead.length, sentence: `${c.quote.line}:${ahead.split(/[。;；]/u).length}`, clause: ahead.split(/[,，;；。]/u).at(-1)! };
  };
  const result = (y: Candidate) => place(y).sentence === place(adj).sentence && /全年|实际|调整后|最终|年末/u.test(place(y).clause + y.quote.quote);
  const pairs = rival.flatMap((x) => rival.filter((y) => new Big(x.value).plus(adjustment.value!).eq(y.value) && place(x).at < place(adj).at && place(adj).at < place(y).at && result(y)).map((y) => [x, y] as const));
  if (pairs.length === 0 || pairs.some(([, y]) => !sameValue(budget.field, y.value, pairs[0]![1].value))) return { final: budget, initial };
  const [before, after] = pairs[0]!;
  const note = `${before.printed} ${adjustment.value.startsWith('-') ? '−' : '+'} ${adjustment.value.replace(/^-/u, '')} = ${after.printed}`;
  return {
    final: { ...budget, value: after.value, best: after, uncertain: [`候选值不一致；取调整之后的“${after.printed}”（第 ${after.quote.line} 行）：${note}`, ...after.doubts] },
    initial: initial.value !== null ? initial : { ...initial, field: 'budget_initial_wan', value: before.value, best: { ...before, field: 'budget_initial_wan' }, uncertain: [`年初预算取自调整之前的“${before.printed}”（第 ${before.quote.line} 行）：${note}`, ...initial.uncertain] },
  };
}

/**
 * Budgets that disagree, where the text adds them up itself right after them: `下达…资金134万元,…预算安排
 * …专项经费20万元,两项合计154万元`. The stated sum is taken when two or more of the budgets add up to it
 * (to 0.01 万元), it stands on the line of one of them and it is larger than every one. Flagged.
 */
export function settleBudgetBySum(budget: Resolved, candidates: readonly Candidate[], sums: readonly Candidate[]): Resolved {
  if (budget.value !== null) return budget;
  const rival = disagreeing(budget.field, candidates);
  if (rival.length === 0) return budget;
  const values = [...new Set(rival.map((c) => new Big(c.value).toString()))];
  const lines = new Set(rival.map((c) => c.quote.line));
  const fit = sums.filter((s) => lines.has(s.quote.line) && rival.every((c) => new Big(c.value).lt(s.value)) && someAddUp(values, s.value));
  if (fit.length === 0 || fit.some((s) => !sameValue(budget.field, s.value, fit[0]!.value))) return budget;
  const best = fit[0]!;
  return { ...budget, value: best.value, best, uncertain: [`候选值不一致；取正文随后写出的合计“${best.printed}”（第 ${best.quote.line} 行），它是 ${[...new Map(rival.map((c) => [c.value, c])).values()].map(describe).join('、')} 之和`, ...best.doubts] };
}

/**
 * Execution rates that disagree, one of them the whole's: its cue says so (总体, 整体, 总 …) and the
 * others are of a part (`总体资金执行进度为66.99%,中央财政资金执行进度为65.98%`), and not a wider area's
 * (全省, 全市, 汇总). Taken when the overall rates agree; flagged with the others.
 */
export function settleRateByOverall(rate: Resolved, candidates: readonly Candidate[], lines: readonly string[]): Resolved {
  if (rate.value !== null) return rate;
  const rival = disagreeing(rate.field, candidates);
  // (not a wider area's whole, `全省总体执行率为85%,我县资金执行率为92%`, `全市汇总执行率`)
  const wider = (c: Candidate) => /全(?:省|市|国|区|州|县|盟)|汇总|各(?:省|市|县|区)/u.test((lineBefore(c, lines).split(/[。,;，；]/u).at(-1) ?? '') + c.quote.quote);
  const overall = rival.filter((c) => /“(?:总体|整体|总|全部|综合)/u.test(c.rule) && !wider(c));
  if (overall.length === 0 || overall.length === rival.length || overall.some((c) => !sameValue(rate.field, c.value, overall[0]!.value))) return rate;
  const best = overall[0]!;
  const others = [...new Map(rival.filter((c) => !sameValue(rate.field, c.value, best.value)).map((c) => [c.value, c])).values()].map(describe).join('、');
  return { ...rate, value: best.value, best, uncertain: [`候选值不一致；取正文称为总体的“${best.printed}”（第 ${best.quote.line} 行），其余是部分的：${others}`, ...best.doubts] };
}

/**
 * No rate read, a spending and a budget read: the one rate the text prints after 执行率 that is spending ÷
 * budget to its printed precision, though a trap set it aside (`其中:中央资金5.28万元,省级资金1.16万元,实际拨付
 * 使用6.38万元,执行率为99.07%` with 6.38 ÷ 6.44): the report's arithmetic says it is the whole's. A rate
 * below 1 % confirms nothing; rates the cues read that disagree are left to the reviewer. Flagged.
 */
export function settleRateByArithmetic(rate: Resolved, spent: Resolved, budget: Resolved, printed: readonly Candidate[], candidates: readonly Candidate[]): Resolved {
  // (rates that disagree are the text contradicting itself, `执行率100%` … `实际支出率42.22%`: a reviewer's to settle)
  if (rate.value !== null || spent.value === null || budget.value === null || disagreeing(rate.field, candidates).length > 0) return rate;
  const fits = printed.filter((c) => new Big(c.value).gte(1) && rateFits(spent.value!, budget.value!, c.value));
  if (fits.length === 0 || fits.some((c) => !sameValue(rate.field, c.value, fits[0]!.value))) return rate;
  const best = fits[0]!;
  return { ...rate, value: best.value, best, uncertain: [`执行率取自第 ${best.quote.line} 行的“${best.printed}”：执行数 ${spent.value} ÷ 预算 ${budget.value} 与之相符`, ...rate.uncertain] };
}

/**
 * No spending read, a budget read: an amount whose sentence says it was spent and gives the execution
 * rate right after it, where the rate is that amount ÷ the budget (to the rate's printed precision):
 * `预算执行 98万元,执行率 61%` with a budget of 160.56 (98 ÷ 160.56 = 61.04 %). Taken only when one
 * value fits; a rate of 0 or below 1 % confirms nothing. Flagged.
 */
export function settleSpentByRate(spent: Resolved, budget: Resolved, found: readonly { candidate: Candidate; rate: string }[]): Resolved {
  if (spent.value !== null || budget.value === null) return spent;
  const fits = found.filter(({ candidate, rate }) => new Big(rate).gte(1) && rateFits(candidate.value, budget.value!, rate));
  if (fits.length === 0 || fits.some((f) => !sameValue('spent_wan', f.candidate.value, fits[0]!.candidate.value))) return spent;
  const { candidate, rate } = fits[0]!;
  return {
    ...spent,
    value: candidate.value,
    best: candidate,
    uncertain: [`执行数取自执行率前的金额“${candidate.printed}”（第 ${candidate.quote.line} 行）：${candidate.value} ÷ 预算 ${budget.value} = 执行率 ${rate}%`, ...spent.uncertain],
  };
}

/**
 * No budget read (no cue proposed one), a spending and a rate read: the one amount a clause says was
 * budgeted or allocated of which the spending is the rate (to its printed precision): `中央下达…资金
 * 6800万元`, `已执行4132.8万元,预算执行率60.78%` — 4132.8 ÷ 6800 = 60.78 %. A rate below 1 % or of 100 %
 * (the spending itself) confirms nothing. Flagged.
 */
export function settleBudgetFromAmounts(budget: Resolved, spent: Resolved, rate: Resolved, amounts: readonly Candidate[], candidates: readonly Candidate[]): Resolved {
  if (budget.value !== null || spent.value === null || rate.value === null || candidates.some((c) => c.field === budget.field)) return budget;
  const r = new Big(rate.value);
  if (r.lt(1) || r.gte(100)) return budget;
  const fits = amounts.filter((c) => rateFits(spent.value!, c.value, rate.value!));
  if (fits.length === 0 || fits.some((c) => !sameValue(budget.field, c.value, fits[0]!.value))) return budget;
  const best = fits[0]!;
  return { ...budget, value: best.value, best, uncertain: [`预算取自执行数与执行率印证的金额“${best.printed}”（第 ${best.quote.line} 行）：执行数 ${spent.value} ÷ ${best.value} = 执行率 ${rate.value}%`, ...budget.uncertain] };
}
