/**
 * Computes the credibility signals of a report from its published record (pure functions of
 * the records, no hand-typed flags): for every rule (rules.ts) whether it finds something
 * (a signal, with its sentence in Chinese and English, its value, threshold and source lines),
 * finds nothing, or cannot run on this report and why.
 *
 * The data build publishes the signals (signals.csv/.json); the report and department pages
 * show every rule's outcome from the same function.
 */
import Big from 'big.js';
import type { Check, Indicator, Report } from '../data/model.ts';
import { GRADE_EN, gradeForScore, type Grade } from '../data/grade.ts';
import { decimals, percentOf, type Decimal } from '../data/numbers.ts';
import { assessIndicator, countIndicators, isScoringRow, type NotAssessedReason } from '../data/status.ts';
import { formatAmount, formatPercent, formatPoints, groupThousands } from '../format/number.ts';
import type { Texts } from '../format/lang.ts';
import { THRESHOLDS, type SignalId, type SignalLevel } from './rules.ts';
import { matchYears, seriesKey, targetNotAboveLastResult } from './match.ts';

export interface Signal {
  report_id: string;
  signal: SignalId;
  level: SignalLevel;
  /** The measured quantity: a count, a rate or a share in percent, a score */
  value: Decimal;
  /** The threshold it was held against, as an expression */
  threshold: string;
  text_zh: string;
  text_en: string;
  /** Source lines it rests on, ascending */
  lines: number[];
  /** Indicators (their index in the report) it rests on */
  indicators: number[];
}

export type RuleOutcome =
  | { rule: SignalId; state: 'signal'; signal: Signal }
  /** The rule ran and found nothing past its threshold (`why` says what it found) */
  | { rule: SignalId; state: 'clear'; why: Texts }
  /** The rule could not run on this report (`why` says what is missing) */
  | { rule: SignalId; state: 'unavailable'; why: Texts };

export interface ReportRecords {
  report: Report;
  indicators: readonly Indicator[];
}

export interface SignalContext {
  /** The report of the same department, kind and project for the previous fiscal year, if the data holds it */
  previous(report: Report): ReportRecords | null;
}

/** A context over every report: their indicators grouped once, previous years found by key. */
export function signalContext(reports: readonly Report[], indicatorsOf: (reportId: string) => readonly Indicator[]): SignalContext {
  const byYear = new Map<string, Report>();
  for (const r of reports) byYear.set(`${seriesKey(r)}\u0000${r.fiscal_year}`, r);
  return {
    previous(report) {
      const p = byYear.get(`${seriesKey(report)}\u0000${report.fiscal_year - 1}`);
      return p ? { report: p, indicators: indicatorsOf(p.id) } : null;
    },
  };
}

/** Every published signal of a data set, in report order then rule order. */
export function computeSignals(reports: readonly Report[], indicators: readonly Indicator[]): Signal[] {
  const byReport = new Map<string, Indicator[]>();
  for (const i of indicators) {
    const list = byReport.get(i.report_id);
    if (list) list.push(i);
    else byReport.set(i.report_id, [i]);
  }
  const of = (id: string) => byReport.get(id) ?? [];
  const ctx = signalContext(reports, of);
  return reports.flatMap((report) =>
    evaluateReport({ report, indicators: of(report.id) }, ctx).flatMap((o) => (o.state === 'signal' ? [o.signal] : [])),
  );
}

const REASON: Record<NotAssessedReason, Texts> = {
  no_result: { zh: '未说明结果', en: 'no result stated' },
  result_illegible: { zh: '结果无法辨认', en: 'result illegible' },
  no_target: { zh: '没有目标', en: 'no target' },
  not_comparable: { zh: '目标与结果无法比较', en: 'target and result not comparable' },
};

const KIND: Record<Report['kind'], Texts> = { department: { zh: '部门整体支出', en: 'department-wide' }, project: { zh: '项目支出', en: 'project' } };

/** A grade in English text: its English name only (the Chinese word would be text of the other language). */
const gradeEn = (g: Grade) => GRADE_EN[g];
const lineSet = (...lists: (number | null | undefined)[][]) => [...new Set(lists.flat().filter((l): l is number => typeof l === 'number' && l > 0))].sort((a, b) => a - b);
const indicatorLines = (list: readonly Indicator[]) => lineSet(list.map((i) => i.line), list.map((i) => i.target_line));
/** A quoted excerpt of report text, cut short in a sentence. */
const excerpt = (s: string, max = 24) => (s.length > max ? `${s.slice(0, max)}…` : s);
const quantity = (v: Decimal, unit: string | null) => `${groupThousands(v)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every rule's outcome for one report, in the order of rules.ts. */
export function evaluateReport(input: ReportRecords, ctx: SignalContext): RuleOutcome[] {
  const { report, indicators } = input;
  const signal = (rule: SignalId, s: Omit<Signal, 'report_id' | 'signal'>): RuleOutcome => ({ rule, state: 'signal', signal: { report_id: report.id, signal: rule, ...s } });
  const clear = (rule: SignalId, why: Texts): RuleOutcome => ({ rule, state: 'clear', why });
  const unavailable = (rule: SignalId, why: Texts): RuleOutcome => ({ rule, state: 'unavailable', why });
  const performance = indicators.filter((i) => !isScoringRow(i));
  const counts = countIndicators(indicators);
  const noIndicators: Texts = { zh: '报告没有列出绩效指标。', en: 'The report lists no performance indicators.' };
  const f = report.figures;

  return [
    highScoreWithGaps(),
    executionRate(),
    budgetAdjustment(),
    noStatedResult(),
    qualitativeTargets(),
    targetEqualsResult100(),
    previousYear(),
    countsNotListed(),
    arithmetic(),
    gradeBand(),
  ];

  function highScoreWithGaps(): RuleOutcome {
    const id = 'high_score_with_gaps';
    const score = f.self_score?.value ?? null;
    const excellent = score !== null ? new Big(score).gte(THRESHOLDS.highScore) : report.grade?.value === '优';
    if (score === null && !report.grade) return unavailable(id, { zh: '报告没有印出自评得分或等级。', en: 'The report prints no self-score or grade.' });
    const scoreZh = score !== null ? formatPoints(score, 'zh') : '未印得分';
    const scoreEn = score !== null ? formatPoints(score, 'en') : 'no score printed';
    if (!excellent) return clear(id, { zh: `自评不是优（${score !== null ? scoreZh : `等级${report.grade!.printed}`}）。`, en: `Not self-graded ${gradeEn('优')} (${score !== null ? scoreEn : `grade ${report.grade ? gradeEn(report.grade.value) : ''}`}).` });
    if (counts.listed === 0) return unavailable(id, noIndicators);
    const gaps = performance.filter((i) => assessIndicator(i).status !== 'met');
    if (gaps.length === 0) return clear(id, { zh: `列出的 ${counts.listed} 项指标都已达成。`, en: `All ${counts.listed} listed indicators were met.` });
    const reasons = (Object.keys(REASON) as NotAssessedReason[]).filter((r) => counts.reasons[r] > 0);
    const partsZh: string[] = [];
    const partsEn: string[] = [];
    if (counts.not_met > 0) {
      partsZh.push(`${counts.not_met} 项未达成`);
      partsEn.push(`${counts.not_met} ${counts.not_met === 1 ? 'was' : 'were'} not met`);
    }
    if (counts.not_assessed > 0) {
      partsZh.push(`${counts.not_assessed} 项无法评定（${reasons.map((r) => `${REASON[r].zh} ${counts.reasons[r]} 项`).join('，')}）`);
      partsEn.push(`${counts.not_assessed} cannot be assessed (${reasons.map((r) => `${REASON[r].en}: ${counts.reasons[r]}`).join(', ')})`);
    }
    return signal(id, {
      level: 'notable',
      value: String(gaps.length),
      threshold: `self_score >= ${THRESHOLDS.highScore}; not met + not assessed >= 1`,
      text_zh: `自评为优（${scoreZh}），但列出的 ${counts.listed} 项指标中 ${partsZh.join('，')}。`,
      text_en: `Self-graded ${gradeEn('优')} (${scoreEn}), but of the ${counts.listed} indicators it lists, ${partsEn.join(' and ')}.`,
      lines: lineSet([f.self_score?.line, report.grade?.line], indicatorLines(gaps)),
      indicators: gaps.map((i) => i.index),
    });
  }

  function executionRate(): RuleOutcome {
    const id = 'execution_rate';
    const printed = f.execution_rate_pct ?? null;
    const rate = printed?.value ?? report.execution_rate_computed_pct;
    if (rate === null) return unavailable(id, { zh: '报告没有印出执行率，也无法由支出和调整后预算计算。', en: 'The report prints no execution rate, and it cannot be computed from spending and final budget.' });
    const deviation = new Big(100).minus(rate).abs();
    const dev = deviation.toFixed(decimals(rate));
    const howZh = printed ? '' : '（按支出 ÷ 调整后预算计算）';
    const howEn = printed ? '' : ' (spent ÷ final budget)';
    const { notable, large } = THRESHOLDS.execution;
    const lines = printed ? [printed.line] : [f.spent_wan?.line, f.budget_final_wan?.line];
    if (deviation.lte(notable)) {
      return clear(id, {
        zh: `执行率 ${formatPercent(rate, 'zh')}${howZh}，与 100% 相差 ${dev} 个百分点，在 ${notable} 个百分点以内（正常范围）。`,
        en: `Execution rate ${formatPercent(rate, 'en')}${howEn}, ${dev} percentage points from 100 %: within ${notable} points (within norm).`,
      });
    }
    const isLarge = deviation.gt(large);
    const th = isLarge ? large : notable;
    return signal(id, {
      level: isLarge ? 'large' : 'notable',
      value: rate,
      threshold: `|100 - rate| > ${th}`,
      text_zh: `预算执行率 ${formatPercent(rate, 'zh')}${howZh}，与 100% 相差 ${dev} 个百分点，超过 ${th} 个百分点（${isLarge ? '偏离较大' : '偏离明显'}）。`,
      text_en: `Budget execution rate ${formatPercent(rate, 'en')}${howEn}: ${dev} percentage points from 100 %, more than ${th} (${isLarge ? 'a large deviation' : 'a notable deviation'}).`,
      lines: lineSet(lines),
      indicators: [],
    });
  }

  function budgetAdjustment(): RuleOutcome {
    const id = 'budget_adjustment';
    const initial = f.budget_initial_wan ?? null;
    const printedAdj = f.budget_adjustment_wan ?? null;
    const printedRate = f.budget_adjustment_rate_pct ?? null;
    const final = f.budget_final_wan ?? null;
    let adjustment: Decimal | null = printedAdj?.value ?? null;
    const derived = adjustment === null && initial !== null && final !== null;
    if (derived) adjustment = new Big(final.value).minus(initial.value).toFixed(Math.max(decimals(final.value), decimals(initial.value)));
    let share: Decimal | null = adjustment !== null && initial !== null ? percentOf(adjustment.replace(/^-/u, ''), initial.value) : null;
    // A rate printed without the amounts it comes from is read as printed (its size).
    if (share === null && printedRate) share = printedRate.value.replace(/^-/u, '');
    if (share === null) return unavailable(id, { zh: '报告没有印出年初预算和调整额（或调整率）。', en: 'The report prints no initial budget and adjustment (or adjustment rate).' });
    const lines = lineSet([initial?.line, printedAdj?.line, printedRate?.line, derived ? final?.line : null]);
    const th = THRESHOLDS.adjustment;
    const cut = adjustment !== null ? adjustment.startsWith('-') : printedRate!.value.startsWith('-');
    const size = adjustment !== null ? adjustment.replace(/^-/u, '') : null;
    const whatZh = size === null
      ? `预算调整率 ${formatPercent(share, 'zh')}`
      : derived
        ? `调整后预算 ${formatAmount(final!.value, 'zh')} 比年初预算 ${formatAmount(initial!.value, 'zh')} ${cut ? '减少' : '增加'} ${formatAmount(size, 'zh')}（按两数计算），占年初预算的 ${formatPercent(share, 'zh')}`
        : `年中预算${cut ? '调减' : '调增'} ${formatAmount(size, 'zh')}，占年初预算 ${formatAmount(initial!.value, 'zh')} 的 ${formatPercent(share, 'zh')}`;
    const whatEn = size === null
      ? `Budget adjustment rate ${formatPercent(share, 'en')}`
      : derived
        ? `The final budget of ${formatAmount(final!.value, 'en')} is ${formatAmount(size, 'en')} ${cut ? 'below' : 'above'} the initial ${formatAmount(initial!.value, 'en')} (computed from the two), ${formatPercent(share, 'en')} of the initial budget`
        : `Mid-year budget ${cut ? 'cut' : 'increase'} of ${formatAmount(size, 'en')}, ${formatPercent(share, 'en')} of the initial budget of ${formatAmount(initial!.value, 'en')}`;
    if (new Big(share).lte(th)) return clear(id, { zh: `${whatZh}，不超过 ${th}%。`, en: `${whatEn}: not above ${th} %.` });
    return signal(id, {
      level: 'notable',
      value: share,
      threshold: `|adjustment| / initial > ${th}%`,
      text_zh: `${whatZh}，超过 ${th}%。`,
      text_en: `${whatEn}: above ${th} %.`,
      lines,
      indicators: [],
    });
  }

  function noStatedResult(): RuleOutcome {
    const id = 'no_stated_result';
    if (counts.listed === 0) return unavailable(id, noIndicators);
    const missing = performance.filter((i) => assessIndicator(i).reason === 'no_result');
    if (missing.length === 0) return clear(id, { zh: `列出的 ${counts.listed} 项指标都写明了结果。`, en: `All ${counts.listed} listed indicators state a result.` });
    return signal(id, {
      level: 'notable',
      value: String(missing.length),
      threshold: '>= 1',
      text_zh: `列出的 ${counts.listed} 项指标中 ${missing.length} 项只有目标，没有写明完成结果。`,
      text_en: `${missing.length} of the ${counts.listed} listed indicators ${missing.length === 1 ? 'has' : 'have'} a target but no stated result.`,
      lines: indicatorLines(missing),
      indicators: missing.map((i) => i.index),
    });
  }

  function qualitativeTargets(): RuleOutcome {
    const id = 'qualitative_targets';
    const withTarget = performance.filter((i) => i.target_text !== null);
    if (withTarget.length === 0) return unavailable(id, counts.listed === 0 ? noIndicators : { zh: '列出的指标都没有目标。', en: 'None of the listed indicators has a target.' });
    const words = withTarget.filter((i) => !/[0-9０-９]/u.test(i.target_text!));
    const share = percentOf(String(words.length), String(withTarget.length))!;
    const { notable, large } = THRESHOLDS.qualitative;
    const found = { zh: `有目标的 ${withTarget.length} 项指标中 ${words.length} 项（${formatPercent(share, 'zh')}）的目标不含数字`, en: `${words.length} of the ${withTarget.length} indicators with a target (${formatPercent(share, 'en')}) state no number in it` };
    if (new Big(share).lt(notable)) return clear(id, { zh: `${found.zh}，低于 ${notable}%。`, en: `${found.en}: below ${notable} %.` });
    const isLarge = new Big(share).gte(large);
    const th = isLarge ? large : notable;
    const examples = [...new Set(words.map((i) => excerpt(i.target_text!)))].slice(0, 2);
    return signal(id, {
      level: isLarge ? 'large' : 'notable',
      value: share,
      threshold: `share >= ${th}%`,
      text_zh: `${found.zh}，如${examples.map((e) => `“${e}”`).join('')}（达到 ${th}%）。`,
      text_en: `${found.en}, such as ${examples.map((e) => `“${e}”`).join(' and ')} (${th} % or more).`,
      lines: indicatorLines(words),
      indicators: words.map((i) => i.index),
    });
  }

  function targetEqualsResult100(): RuleOutcome {
    const id = 'target_equals_result_100';
    if (counts.listed === 0) return unavailable(id, noIndicators);
    const hundred = (v: Decimal | null) => v !== null && new Big(v).eq(100);
    const exact = performance.filter((i) => hundred(i.target_value) && i.unit === '%' && hundred(i.actual_value) && (i.actual_unit ?? i.unit) === '%' && (i.comparator === '>=' || i.comparator === '='));
    if (exact.length === 0) return clear(id, { zh: '没有目标与结果都恰好为 100% 的指标。', en: 'No indicator has both target and result at exactly 100 %.' });
    return signal(id, {
      level: 'info',
      value: String(exact.length),
      threshold: 'target = result = 100%',
      text_zh: `${exact.length} 项指标的目标为 100%，结果也恰好为 100%。`,
      text_en: `${plural(exact.length, 'indicator')} with a target of 100 % ${exact.length === 1 ? 'reports' : 'report'} a result of exactly 100 %.`,
      lines: indicatorLines(exact),
      indicators: exact.map((i) => i.index),
    });
  }

  function previousYear(): RuleOutcome {
    const id = 'target_not_above_last_result';
    const prevYear = report.fiscal_year - 1;
    const prev = ctx.previous(report);
    if (!prev) {
      return unavailable(id, {
        zh: `需要更早的报告：本站没有该部门 ${prevYear} 年的${KIND[report.kind].zh}报告${report.kind === 'project' ? '（同一项目）' : ''}。`,
        en: `Needs an earlier report: the site holds no ${prevYear} ${KIND[report.kind].en} report of this department${report.kind === 'project' ? ' (same project)' : ''}.`,
      });
    }
    if (counts.listed === 0) return unavailable(id, noIndicators);
    const { matched } = matchYears(prev.indicators, indicators);
    if (matched.length === 0) return clear(id, { zh: `没有与 ${prevYear} 年报告同名的指标。`, en: `No indicator has the same name as one of the ${prevYear} report.` });
    const easy = matched.filter((m) => targetNotAboveLastResult(m) === true);
    if (easy.length === 0) return clear(id, { zh: `与 ${prevYear} 年同名的 ${matched.length} 项指标，今年的目标都高于上年实际或无法比较。`, en: `Of the ${matched.length} indicators named as in ${prevYear}, none has a target at or below last year’s result (or they cannot be compared).` });
    const first = easy[0]!;
    const target = `${first.current.target_text ?? quantity(first.current.target_value!, first.current.unit)}`;
    const last = `${first.previous.actual_text ?? quantity(first.previous.actual_value!, first.previous.actual_unit ?? first.previous.unit)}`;
    return signal(id, {
      level: 'notable',
      value: String(easy.length),
      threshold: 'target <= last year result (>= for a maximum); >= 1',
      text_zh: `与 ${prevYear} 年报告同名的 ${matched.length} 项指标中，${easy.length} 项今年的目标不高于上年实际，如“${excerpt(first.current.name)}”：目标 ${excerpt(target)}，${prevYear} 年实际 ${excerpt(last)}。`,
      text_en: `Of the ${matched.length} indicators named as in the ${prevYear} report, ${easy.length} ${easy.length === 1 ? 'sets a target' : 'set targets'} at or below last year’s result, such as “${excerpt(first.current.name)}”: target ${excerpt(target)}, ${prevYear} result ${excerpt(last)}.`,
      lines: indicatorLines(easy.map((m) => m.current)),
      indicators: easy.map((m) => m.current.index),
    });
  }

  function countsNotListed(): RuleOutcome {
    const id = 'counts_not_listed';
    const total = f.indicators_stated_total ?? null;
    const met = f.indicators_stated_met ?? null;
    if (counts.listed > 0) return clear(id, { zh: `报告列出了 ${counts.listed} 项指标。`, en: `The report lists ${counts.listed} indicators.` });
    if (!total) return unavailable(id, { zh: '报告既没有列出指标，也没有说明指标数。', en: 'The report neither lists indicators nor states how many it set.' });
    return signal(id, {
      level: 'notable',
      value: total.value,
      threshold: 'stated > 0; listed = 0',
      text_zh: `报告称设置了 ${total.value} 项绩效指标${met ? `，达成 ${met.value} 项` : ''}，但没有列出这些指标，无法逐项核对。`,
      text_en: `The report states ${plural(Number(total.value), 'indicator')}${met ? `, ${met.value} met` : ''}, but lists none of them, so none can be checked.`,
      lines: lineSet([total.line, met?.line]),
      indicators: [],
    });
  }

  function arithmetic(): RuleOutcome {
    const id = 'arithmetic';
    const failed = report.checks.filter((c) => !c.ok && c.field !== 'grade');
    const ran = report.checks.filter((c) => c.field !== 'grade').length;
    if (ran === 0) return unavailable(id, { zh: '报告的数字不足以核对。', en: 'The report states too few figures to check.' });
    if (failed.length === 0) return clear(id, { zh: `${ran} 项核对都与报告所载一致。`, en: `All ${ran} checks agree with what the report prints.` });
    // A result in the text against the indicator table sets two stated values side by side;
    // every other check sets a printed value against a computed one (its rounded form only).
    const label = (c: Check, lang: 'zh' | 'en') => {
      const [a, b] = c.sides === 'table-text' ? (lang === 'zh' ? ['指标表', '正文'] : ['table', 'text']) : lang === 'zh' ? ['所载', '计算'] : ['printed', 'computed'];
      // The value alone: a remark in brackets after it (how it reads when truncated) is left out.
      const bare = (v: string) => v.replace(/\s*[（(][^（(]*[）)]$/u, '');
      return lang === 'zh'
        ? `“${c.label_zh}”：${a} ${c.stated}，${b} ${bare(c.computed)}`
        : `“${c.label_en}”: ${a} ${c.stated_en ?? c.stated}, ${b} ${bare(c.computed_en ?? c.computed)}`;
    };
    const shown = failed.slice(0, 2);
    const more = failed.length - shown.length;
    return signal(id, {
      level: 'notable',
      value: String(failed.length),
      threshold: '>= 1',
      text_zh: `核对报告自身的数字时，${ran} 项中 ${failed.length} 项与所载不一致：${shown.map((c) => label(c, 'zh')).join('；')}${more > 0 ? `；另 ${more} 项` : ''}。`,
      text_en: `Of ${ran} checks of the report’s own figures, ${failed.length} ${failed.length === 1 ? 'does' : 'do'} not hold: ${shown.map((c) => label(c, 'en')).join('; ')}${more > 0 ? `; ${more} more` : ''}.`,
      lines: lineSet(failed.map((c) => c.line)),
      indicators: [],
    });
  }

  function gradeBand(): RuleOutcome {
    const id = 'grade_band';
    const score = f.self_score ?? null;
    if (!score || !report.grade) return unavailable(id, { zh: '需要同时印出自评得分和等级。', en: 'Needs both a self-score and a grade.' });
    const band = gradeForScore(score.value);
    const grade = report.grade.value;
    if (band === grade) return clear(id, { zh: `自评 ${formatPoints(score.value, 'zh')}，等级${grade}，与得分区间一致。`, en: `Self-score ${formatPoints(score.value, 'en')}, grade ${gradeEn(grade)}: in its band.` });
    return signal(id, {
      level: 'notable',
      value: score.value,
      threshold: 'grade = band of score',
      text_zh: `自评 ${formatPoints(score.value, 'zh')}，按得分区间应为${band}，报告所写等级为“${report.grade.printed}”。`,
      text_en: `A self-score of ${formatPoints(score.value, 'en')} falls in the band of ${gradeEn(band)}, but the report gives “${report.grade.printed}” (${gradeEn(grade)}).`,
      lines: lineSet([score.line, report.grade.line]),
      indicators: [],
    });
  }
}
