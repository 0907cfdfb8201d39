/**
 * One report's budget path as a waterfall: initial budget → adjustment (a decrease goes down)
 * → final budget → spent, with the execution rate written over the spent bar.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { Department, Report } from '../data/model.ts';
import { negate, sum, type Decimal } from '../data/numbers.ts';
import { executionRate, formatRate, reportLabel, type RateValue } from './labels.ts';
import { MONEY_UNIT, NOT_REPORTED, formatAmount, formatSignedAmount, groupThousands } from '../format/number.ts';
import { sentence, textWidth, tickNumber, truncate, wrapText } from './text.ts';
import { axisY, chartId, LINE, missingLabel, svgRoot } from './frame.ts';
import { el } from './svg.ts';
import { FONT_SIZE, INK, OKABE_ITO, pattern, SMALL_FONT_SIZE } from './theme.ts';
import type { ChartOptions, ChartOutput, ChartSize, Lang, Texts } from './types.ts';

export interface BudgetExecution {
  reportId: string;
  label: Texts;
  initial: Decimal | null;
  /** Signed: a decrease (调减) is negative. */
  adjustment: Decimal | null;
  final: Decimal | null;
  spent: Decimal | null;
  /**
   * final − initial, when the report gives both but states no adjustment. Shown as a computed
   * note beside the "not reported" gap, never as if the report had stated it.
   */
  adjustmentDifference: Decimal | null;
  rate: RateValue | null;
}

/** The four steps of one report; `departments` only names it (pass [] to label by id). */
export function prepareBudgetExecution(report: Report, departments: readonly Department[] = []): BudgetExecution {
  const f = report.figures;
  const initial = f.budget_initial_wan?.value ?? null;
  const adjustment = f.budget_adjustment_wan?.value ?? null;
  const final = f.budget_final_wan?.value ?? null;
  return {
    reportId: report.id, label: reportLabel(report, departments),
    initial, adjustment, final, spent: f.spent_wan?.value ?? null,
    adjustmentDifference: adjustment === null && initial !== null && final !== null ? sum([final, negate(initial)]) : null,
    rate: executionRate(report),
  };
}

type Step = 'initial' | 'adjustment' | 'final' | 'spent';
const STEPS: Step[] = ['initial', 'adjustment', 'final', 'spent'];

const TEXT = {
  zh: {
    title: (name: string) => `${name} 预算执行情况`,
    step: { initial: '年初预算', adjustment: '预算调整', final: '调整后预算', spent: '实际支出' } as Record<Step, string>,
    rate: '执行率', rateLabel: '预算执行率',
    difference: '差额', computedShort: '（计算）',
    differenceCell: (d: string) => `未报告；调整后预算 − 年初预算 = ${d}`,
    differenceSentence: (d: string) => `调整后预算减年初预算为 ${d}（计算值）`,
    column: ['项目', '数值'],
    missing: (steps: string) => `${steps}未报告`,
  },
  en: {
    title: (name: string) => `${name}: budget execution`,
    step: { initial: 'Initial budget', adjustment: 'Adjustment', final: 'Final budget', spent: 'Spent' } as Record<Step, string>,
    rate: 'Execution rate', rateLabel: 'Execution rate',
    difference: 'difference', computedShort: ' (computed)',
    differenceCell: (d: string) => `not reported; final − initial = ${d}`,
    differenceSentence: (d: string) => `Final minus initial budget: ${d}, computed`,
    column: ['Item', 'Value'],
    missing: (steps: string) => `Not reported: ${steps}`,
  },
} as const;

function stepText(d: BudgetExecution, s: Step, lang: Lang): string {
  if (s === 'adjustment') {
    if (d.adjustment !== null) return formatSignedAmount(d.adjustment, lang);
    return d.adjustmentDifference === null ? NOT_REPORTED[lang] : TEXT[lang].differenceCell(formatSignedAmount(d.adjustmentDifference, lang));
  }
  return formatAmount(d[s], lang);
}

/** Waterfall of one report; a missing step is a gap labelled "未报告", never a zero bar. */
export function budgetExecutionChart(data: BudgetExecution, size: ChartSize, lang: Lang, options?: ChartOptions): ChartOutput {
  const t = TEXT[lang];
  const id = chartId('budget-execution', data.reportId, lang, options);
  const { width, height } = size;
  const left = 64;
  const right = width - 12;
  const top = 44;
  const bottom = height - 36;
  const n = (v: Decimal | null) => (v === null ? null : Number(v));
  const [initial, adj, final, spent] = [n(data.initial), n(data.adjustment), n(data.final), n(data.spent)];
  // Where the adjustment bar starts: the initial budget, else (final − adjustment).
  const adjFrom = adj === null ? null : initial ?? (final === null ? null : final - adj);
  const peak = Math.max(1, ...[initial, final, spent, adjFrom].filter((v): v is number => v !== null));
  // A cut larger than the starting amount would go below zero: keep it inside the plot.
  const floor = Math.min(0, adjFrom !== null && adj !== null ? adjFrom + adj : 0);
  const y = scaleLinear().domain([floor, peak]).nice().range([bottom, top]);
  const x = scaleBand<Step>().domain(STEPS).range([left, right]).padding(0.28);
  const bw = x.bandwidth();
  // Width a label under or in a column may take: the bar plus most of the gap beside it.
  const slot = x.step() - 4;
  const xs = (s: Step) => x(s) ?? 0;
  const decreaseId = `${id}-decrease`;
  const increaseId = `${id}-increase`;

  // Value labels shrink in narrow columns so "5,278.33" does not run into its neighbour.
  const valueSize = slot < 80 ? SMALL_FONT_SIZE - 1.5 : SMALL_FONT_SIZE;
  const valueLabel = (s: Step, v: number, text: string) => el('text', { x: xs(s) + bw / 2, y: y(v) - 6, 'text-anchor': 'middle', 'font-size': valueSize }, text);
  const bar = (s: 'initial' | 'final' | 'spent', fill: string) => {
    const d = data[s];
    if (d === null) return missingLabel(xs(s) + bw / 2, bottom - 12, lang, { anchor: 'middle', maxWidth: slot });
    const v = Number(d);
    return el('g', { class: `chart-step chart-step-${s}` },
      el('rect', { x: xs(s), y: y(v), width: bw, height: Math.max(0, y(0) - y(v)), fill }),
      valueLabel(s, v, groupThousands(d)));
  };

  let adjustment;
  if (data.adjustment !== null && adj !== null && adjFrom !== null) {
    const to = adjFrom + adj;
    const down = adj < 0;
    adjustment = el('g', { class: `chart-step chart-step-adjustment ${down ? 'chart-decrease' : 'chart-increase'}` },
      el('rect', { x: xs('adjustment'), y: y(Math.max(adjFrom, to)), width: bw, height: Math.abs(y(adjFrom) - y(to)), fill: `url(#${down ? decreaseId : increaseId})`, stroke: down ? OKABE_ITO.vermillion : OKABE_ITO.bluishGreen }),
      // Arrow glyph as the non-colour cue for the direction.
      el('text', { x: xs('adjustment') + bw / 2, y: y(Math.max(adjFrom, to)) - 6, 'text-anchor': 'middle', 'font-size': valueSize }, `${down ? '▼' : '▲'} ${groupThousands(data.adjustment)}`),
      el('line', { x1: xs('initial') + bw, x2: xs('adjustment'), y1: y(adjFrom), y2: y(adjFrom), stroke: INK, 'stroke-dasharray': '3 3', 'stroke-opacity': 0.6 }),
      el('line', { x1: xs('adjustment') + bw, x2: xs('final'), y1: y(to), y2: y(to), stroke: INK, 'stroke-dasharray': '3 3', 'stroke-opacity': 0.6 }));
  } else if (adj !== null) {
    adjustment = el('text', { x: xs('adjustment') + bw / 2, y: bottom - 12, 'text-anchor': 'middle', 'font-size': SMALL_FONT_SIZE }, formatSignedAmount(data.adjustment, lang));
  } else {
    adjustment = el('g', { class: 'chart-step chart-step-adjustment' },
      missingLabel(xs('adjustment') + bw / 2, bottom - 12, lang, { anchor: 'middle', maxWidth: slot }),
      data.adjustmentDifference === null ? null
        : el('text', { x: xs('adjustment') + bw / 2, y: bottom - 44 - (textWidth(NOT_REPORTED[lang], FONT_SIZE) > slot ? LINE : 0), 'text-anchor': 'middle', 'font-size': SMALL_FONT_SIZE - 1, 'fill-opacity': 0.8 },
            el('tspan', { x: xs('adjustment') + bw / 2 }, truncate(t.difference, bw + 24, SMALL_FONT_SIZE - 1)),
            el('tspan', { x: xs('adjustment') + bw / 2, dy: '1.2em' }, `${groupThousands(data.adjustmentDifference)}${t.computedShort}`)));
  }

  // The rate in a fixed row above the spent column, clear of the value labels; the dashed
  // connector carries the final budget (what the rate is measured against) over to it.
  const rate = el('g', { class: 'chart-rate' },
    final !== null && spent !== null
      ? el('line', { x1: xs('final') + bw, x2: xs('spent'), y1: y(final), y2: y(final), stroke: INK, 'stroke-dasharray': '4 3', 'stroke-opacity': 0.7 })
      : null,
    // Right-aligned with the spent column's right edge so a long English text grows leftwards.
    el('text', { x: xs('spent') + bw, y: top - 24, 'text-anchor': 'end', 'font-weight': 'bold', 'font-size': SMALL_FONT_SIZE },
      truncate(`${t.rate} ${formatRate(data.rate, lang)}`, xs('spent') + bw - left - 60, SMALL_FONT_SIZE)));

  const missing = STEPS.filter((s) => (s === 'adjustment' ? data.adjustment === null : data[s] === null)).map((s) => t.step[s]);
  // Running text names the steps given, then the missing ones once ("年初预算、预算调整未报告").
  const given = STEPS.filter((s) => !missing.includes(t.step[s])).map((s) => `${t.step[s]} ${stepText(data, s, lang)}`);
  if (data.rate) given.push(`${t.rateLabel} ${formatRate(data.rate, lang)}`);
  const notGiven = data.rate ? missing : [...missing, t.rateLabel];
  const description = [
    given.length ? sentence(given.join(lang === 'zh' ? '，' : '; '), lang) : '',
    notGiven.length ? sentence(t.missing(notGiven.join(lang === 'zh' ? '、' : ', ')), lang) : '',
    data.adjustmentDifference !== null ? sentence(t.differenceSentence(formatSignedAmount(data.adjustmentDifference, lang)), lang) : '',
  ].filter(Boolean).join(lang === 'zh' ? '' : ' ');
  const title = t.title(data.label[lang]);

  const svg = svgRoot(
    {
      id, className: 'chart-budget-execution', size, lang, title, description,
      defs: [pattern(decreaseId, 'hatch', OKABE_ITO.vermillion), pattern(increaseId, 'crosshatch', OKABE_ITO.bluishGreen)],
    },
    axisY(y, y.ticks(5), left, right, tickNumber),
    el('text', { x: 4, y: top - 24, 'font-size': SMALL_FONT_SIZE }, MONEY_UNIT[lang]),
    bar('initial', OKABE_ITO.skyBlue),
    adjustment,
    bar('final', OKABE_ITO.blue),
    bar('spent', OKABE_ITO.bluishGreen),
    rate,
    el('line', { x1: left, x2: right, y1: y(0), y2: y(0), stroke: INK }),
    STEPS.map((s) => {
      // Category names may use the whole step: neighbours' labels are centred a step away.
      const lines = wrapText(t.step[s], x.step(), SMALL_FONT_SIZE).slice(0, 2);
      return el('text', { x: xs(s) + bw / 2, y: bottom + 16, 'text-anchor': 'middle', 'font-size': SMALL_FONT_SIZE },
        lines.map((l, i) => el('tspan', { x: xs(s) + bw / 2, dy: i === 0 ? null : LINE - 1 }, i < lines.length - 1 && lang === 'en' ? `${l} ` : l)));
    }),
  );

  return {
    svg, title, description,
    table: {
      caption: title,
      columns: [...t.column],
      rows: [...STEPS.map((s) => [t.step[s], stepText(data, s, lang)]), [t.rateLabel, formatRate(data.rate, lang)]],
    },
  };
}
