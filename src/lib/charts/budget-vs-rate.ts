/**
 * Overview scatter: final budget (x, log scale) against execution rate (y), one labelled
 * point per report. Log scale because bureaus' budgets differ by an order of magnitude
 * (a city bureau against a district one), and on a linear axis the small ones pile up at 0.
 */
import { max, min, scaleLinear, scaleLog } from 'd3';
import type { Department, Report } from '../data/model.ts';
import type { Decimal } from '../data/numbers.ts';
import { executionRate, formatRate, reportLabel, type RateValue } from './labels.ts';
import { MONEY_UNIT, formatAmount } from '../format/number.ts';
import { joinList, sentence, textWidth, tickNumber, truncate, wrapText } from './text.ts';
import { axisX, axisY, chartId, diamond, legend, svgRoot } from './frame.ts';
import { el } from './svg.ts';
import { INK, OKABE_ITO, SMALL_FONT_SIZE } from './theme.ts';
import type { ChartOptions, ChartOutput, ChartSize, Lang, Texts } from './types.ts';

export type BudgetRateGap = 'final_budget' | 'execution_rate';

export interface BudgetRateRow {
  reportId: string;
  label: Texts;
  finalBudget: Decimal | null;
  rate: RateValue | null;
  /** What is not reported; a row with anything missing is listed, not plotted. */
  missing: BudgetRateGap[];
  /** Both values present and the budget positive (a log axis has no place for 0). */
  plotted: boolean;
}

export interface BudgetVsRate {
  rows: BudgetRateRow[];
}

/** One row per report, in the order given; `plotted` says which become points. */
export function prepareBudgetVsRate(reports: readonly Report[], departments: readonly Department[]): BudgetVsRate {
  return {
    rows: reports.map((r) => {
      const finalBudget = r.figures.budget_final_wan?.value ?? null;
      const rate = executionRate(r);
      const missing: BudgetRateGap[] = [];
      if (finalBudget === null) missing.push('final_budget');
      if (rate === null) missing.push('execution_rate');
      return { reportId: r.id, label: reportLabel(r, departments), finalBudget, rate, missing, plotted: missing.length === 0 && Number(finalBudget) > 0 };
    }),
  };
}

const TEXT = {
  zh: {
    title: '调整后预算与执行率',
    column: ['报告', '调整后预算', '预算执行率', '是否绘出'],
    xTitle: `调整后预算（${MONEY_UNIT.zh}，对数刻度）`,
    yTitle: '执行率',
    printed: '执行率为报告所载',
    computed: '执行率为计算值',
    gap: { final_budget: '调整后预算', execution_rate: '执行率' } as Record<BudgetRateGap, string>,
    intro: '每个点是一份报告：横轴为调整后预算（对数刻度），纵轴为预算执行率，水平虚线为 100%',
    notPlotted: (items: string) => `未绘出：${items}`,
    missingItem: (gaps: string) => `${gaps}未报告`,
    notPositive: '调整后预算不为正，无法画在对数轴上',
    item: (name: string, why: string) => `${name}（${why}）`,
    point: (name: string, budget: string, rate: string) => `${name}：调整后预算 ${budget}，执行率 ${rate}`,
    yes: '是',
    no: (why: string) => `否：${why}`,
  },
  en: {
    title: 'Final budget and execution rate',
    column: ['Report', 'Final budget', 'Execution rate', 'Plotted'],
    xTitle: `Final budget (${MONEY_UNIT.en}, log scale)`,
    yTitle: 'Execution rate',
    printed: 'rate stated in the report',
    computed: 'rate computed',
    gap: { final_budget: 'final budget', execution_rate: 'execution rate' } as Record<BudgetRateGap, string>,
    intro: 'Each point is one report: final budget on the x axis (log scale), execution rate on the y axis; the dashed horizontal line marks 100%',
    notPlotted: (items: string) => `Not plotted: ${items}`,
    missingItem: (gaps: string) => `${gaps} not reported`,
    notPositive: 'final budget not positive, cannot be placed on a log axis',
    item: (name: string, why: string) => `${name} (${why})`,
    point: (name: string, budget: string, rate: string) => `${name}: final budget ${budget}, execution rate ${rate}`,
    yes: 'yes',
    no: (why: string) => `no: ${why}`,
  },
} as const;

/** Why a row is not a point: "调整后预算、执行率未报告" / "final budget and execution rate not reported". */
function whyNot(r: BudgetRateRow, lang: Lang): string {
  const t = TEXT[lang];
  if (!r.missing.length) return t.notPositive;
  const gaps = r.missing.map((g) => t.gap[g]);
  return t.missingItem(lang === 'zh' ? gaps.join('、') : gaps.join(' and '));
}

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Scatter with direct labels; reports missing a value are named under the plot and in the table. */
export function budgetVsRateChart(data: BudgetVsRate, size: ChartSize, lang: Lang, options?: ChartOptions): ChartOutput {
  const t = TEXT[lang];
  const id = chartId('budget-vs-rate', null, lang, options);
  const { width, height } = size;
  const points = data.rows.filter((r) => r.plotted);
  const notes = data.rows.filter((r) => !r.plotted).map((r) => t.item(r.label[lang], whyNot(r, lang)));
  const noteLines = notes.length ? wrapText(t.notPlotted(joinList(notes, lang)), width - 8, SMALL_FONT_SIZE) : [];

  const key = legend(
    [
      { label: t.printed, swatch: el('circle', { cx: 6, cy: 6, r: 5, fill: OKABE_ITO.blue }) },
      { label: t.computed, swatch: el('path', { d: 'M6,0L12,6L6,12L0,6Z', fill: 'none', stroke: OKABE_ITO.vermillion, 'stroke-width': 2 }) },
    ],
    4, 4, width - 8,
  );
  const left = 56;
  const right = width - 16;
  const top = key.height + 30;
  const bottom = height - 44 - noteLines.length * 16;

  const budgets = points.map((p) => Number(p.finalBudget));
  const rates = points.map((p) => Number(p.rate?.value));
  const lo = min(budgets) ?? 100;
  const hi = max(budgets) ?? 10000;
  const x = scaleLog().domain([lo / 1.6, hi * 1.6]).range([left, right]);
  const y = scaleLinear()
    .domain([Math.max(0, Math.floor(Math.min(90, min(rates) ?? 90) / 10) * 10 - 10), Math.max(105, Math.ceil((max(rates) ?? 100) / 5) * 5 + 5)])
    .range([bottom, top]);
  // Log ticks at 1, 2 and 5 × 10ⁿ only: d3's full set of log ticks crowds the axis.
  const xTicks = x.ticks().filter((v) => [1, 2, 5].includes(Number(v.toPrecision(1)[0])) && Number(v.toPrecision(1)) === v);

  const dots: Box[] = points.map((p) => {
    const cx = x(Number(p.finalBudget));
    const cy = y(Number(p.rate?.value));
    return { x0: cx - 6, y0: cy - 6, x1: cx + 6, y1: cy + 6 };
  });
  const rule: Box = { x0: left, y0: y(100) - 2, x1: right, y1: y(100) + 2 };
  const labels: Box[] = [];
  const marks = points.map((p) => {
    const cx = x(Number(p.finalBudget));
    const cy = y(Number(p.rate?.value));
    const label = truncate(p.label[lang], (right - left) / 2, SMALL_FONT_SIZE);
    const w = textWidth(label, SMALL_FONT_SIZE);
    // Candidate spots around the point; each is scored by what it would cover (other labels
    // worst, then points, then the 100 % line) and by leaving the plot. The best one wins.
    const spot = (dx: number, dy: number, anchor: 'start' | 'middle' | 'end') => {
      const x0 = anchor === 'start' ? cx + dx : anchor === 'end' ? cx + dx - w : cx + dx - w / 2;
      return { x: cx + dx, y: cy + dy, anchor, box: { x0, y0: cy + dy - 7, x1: x0 + w, y1: cy + dy + 7 } };
    };
    const spots = [
      spot(9, 0, 'start'), spot(-9, 0, 'end'), spot(0, -14, 'middle'), spot(0, 15, 'middle'),
      spot(6, -13, 'start'), spot(-6, -13, 'end'), spot(6, 14, 'start'), spot(-6, 14, 'end'),
    ];
    // Farther spots, 2–6 lines up or down; they get a leader line back to the point.
    for (let k = 2; k <= 6; k++) for (const dy of [-14 * k, 14 * k]) spots.push(spot(9, dy, 'start'), spot(-9, dy, 'end'));
    const cost = (b: Box) =>
      labels.filter((o) => overlaps(o, b)).length * 10 +
      dots.filter((o) => overlaps(o, b)).length * 5 +
      (overlaps(rule, b) ? 2 : 0) +
      (b.x0 < left || b.x1 > right || b.y0 < top - 14 || b.y1 > bottom ? 20 : 0) +
      Math.abs(b.y0 + 7 - cy) / 28;
    const best = spots.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
    const leader = Math.abs(best.y - cy) > 14;
    labels.push(best.box);
    const computed = p.rate?.basis === 'computed';
    return el(
      'g',
      { class: computed ? 'chart-point chart-point-computed' : 'chart-point' },
      computed
        ? el('path', { d: diamond(cx, cy, 6), fill: 'none', stroke: OKABE_ITO.vermillion, 'stroke-width': 2 })
        : el('circle', { cx, cy, r: 5, fill: OKABE_ITO.blue }),
      leader ? el('line', { x1: cx, y1: cy, x2: best.x, y2: best.y + (best.y < cy ? 5 : -5), stroke: INK, 'stroke-opacity': 0.5 }) : null,
      el('text', { x: best.x, y: best.y, dy: '0.32em', 'text-anchor': best.anchor, 'font-size': SMALL_FONT_SIZE }, label),
    );
  });

  const plottedText = points.map((p) => t.point(p.label[lang], formatAmount(p.finalBudget, lang), formatRate(p.rate, lang)));
  const description = [
    sentence(t.intro, lang),
    plottedText.length ? sentence(joinList(plottedText, lang), lang) : '',
    notes.length ? sentence(t.notPlotted(joinList(notes, lang)), lang) : '',
  ].filter(Boolean).join(lang === 'zh' ? '' : ' ');

  const svg = svgRoot(
    { id, className: 'chart-budget-vs-rate', size, lang, title: t.title, description },
    key.markup,
    axisX(x, xTicks, top, bottom, tickNumber),
    axisY(y, y.ticks(5), left, right, (n) => `${n}%`),
    el('text', { x: (left + right) / 2, y: bottom + 32, 'text-anchor': 'middle', 'font-size': SMALL_FONT_SIZE }, t.xTitle),
    el('text', { x: 4, y: top - 12, 'font-size': SMALL_FONT_SIZE }, t.yTitle),
    el('line', { class: 'chart-reference', x1: left, x2: right, y1: y(100), y2: y(100), stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
    marks,
    noteLines.length
      ? el('text', { class: 'chart-missing', x: 4, y: bottom + 50, 'font-size': SMALL_FONT_SIZE, 'font-style': 'italic' },
          noteLines.map((l, i) => el('tspan', { x: 4, dy: i === 0 ? null : '1.45em' }, l)))
      : null,
  );

  return {
    svg, title: t.title, description,
    table: {
      caption: t.title,
      columns: [...t.column],
      rows: data.rows.map((r) => [
        r.label[lang], formatAmount(r.finalBudget, lang),
        formatRate(r.rate, lang),
        r.plotted ? t.yes : t.no(whyNot(r, lang)),
      ]),
    },
  };
}
