/**
 * One department over fiscal years: spending (top panel) and execution rate (bottom panel).
 * Lines join consecutive years only; a single year is a single labelled point, because a
 * line through one point would suggest a trend the data does not have.
 */
import { line, max, min, scaleLinear } from 'd3';
import type { Department, Report } from '../data/model.ts';
import type { Decimal } from '../data/numbers.ts';
import { departmentLabel, executionRate, formatRate, type RateValue } from './labels.ts';
import { MONEY_UNIT, formatAmount, formatPercent, groupThousands } from '../format/number.ts';
import { sentence, tickNumber } from './text.ts';
import { axisY, chartId, diamond, missingLabel, svgRoot } from './frame.ts';
import { el, type Markup } from './svg.ts';
import { INK, OKABE_ITO, SMALL_FONT_SIZE } from './theme.ts';
import type { ChartOptions, ChartOutput, ChartSize, Lang, Texts } from './types.ts';

export interface TrendPoint {
  reportId: string;
  fiscalYear: number;
  spent: Decimal | null;
  rate: RateValue | null;
}

export interface Trend {
  departmentId: string;
  label: Texts;
  /** One per fiscal year, oldest first. */
  points: TrendPoint[];
  /** Exactly one year: the chart draws a point and says so, never a line. */
  singleYear: boolean;
  /** Reports left out: project reports when department reports exist, and same-year duplicates. */
  skipped: string[];
}

/**
 * The fiscal years of one department. Department-wide reports are used when there are any
 * (a project report covers only part of the spending, so mixing them would fake a change);
 * of two reports for the same year the one with the smaller id is kept. Throws on an empty
 * list or reports of more than one department: both are mistakes of the caller.
 */
export function prepareTrend(reports: readonly Report[], departments: readonly Department[] = []): Trend {
  const first = reports[0];
  if (!first) throw new Error('prepareTrend: no reports');
  const departmentId = first.department_id;
  const other = reports.find((r) => r.department_id !== departmentId);
  if (other) throw new Error(`prepareTrend: reports of ${departmentId} and ${other.department_id} mixed`);
  const wholeDept = reports.some((r) => r.kind === 'department');
  const candidates = [...reports].sort((a, b) => a.fiscal_year - b.fiscal_year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const points: TrendPoint[] = [];
  const skipped: string[] = [];
  for (const r of candidates) {
    if ((wholeDept && r.kind !== 'department') || points.some((p) => p.fiscalYear === r.fiscal_year)) skipped.push(r.id);
    else points.push({ reportId: r.id, fiscalYear: r.fiscal_year, spent: r.figures.spent_wan?.value ?? null, rate: executionRate(r) });
  }
  return { departmentId, label: departmentLabel(departmentId, departments), points, singleYear: points.length === 1, skipped };
}

const TEXT = {
  zh: {
    title: (name: string) => `${name} 历年实际支出与预算执行率`,
    spent: '实际支出', rate: '预算执行率', column: ['年度', '实际支出', '预算执行率'],
    single: '只有一个年度的数据', years: (a: number, b: number, n: number) => `${a}–${b} 年共 ${n} 个年度`,
    year: (y: number) => `${y} 年`, computedNote: '* 计算值：实际支出 ÷ 调整后预算',
  },
  en: {
    title: (name: string) => `${name}: spending and execution rate by year`,
    spent: 'Spent', rate: 'Execution rate', column: ['Fiscal year', 'Spent', 'Execution rate'],
    single: 'one year of data only', years: (a: number, b: number, n: number) => `${n} fiscal years, ${a}–${b}`,
    year: (y: number) => String(y), computedNote: '* computed: spent ÷ final budget',
  },
} as const;

interface Series { year: number; value: number | null; text: string; computed: boolean }

/** Runs of consecutive years that all have a value; only runs of two or more become lines. */
function runs(series: readonly Series[]): Series[][] {
  const out: Series[][] = [];
  let run: Series[] = [];
  for (const s of series) {
    const prev = run[run.length - 1];
    if (s.value === null || (prev && s.year !== prev.year + 1)) {
      if (run.length > 1) out.push(run);
      run = s.value === null ? [] : [s];
    } else run.push(s);
  }
  if (run.length > 1) out.push(run);
  return out;
}

/** Two panels sharing the year axis; missing years' values are "未报告" marks at their x. */
export function trendChart(data: Trend, size: ChartSize, lang: Lang, options?: ChartOptions): ChartOutput {
  const t = TEXT[lang];
  const id = chartId('trend', data.departmentId, lang, options);
  const { width, height } = size;
  const left = 64;
  const right = width - 24;
  const years = data.points.map((p) => p.fiscalYear);
  const y0 = min(years) ?? 0;
  const y1 = max(years) ?? 0;
  const x = scaleLinear().domain(data.singleYear ? [y0 - 1, y1 + 1] : [y0 - 0.5, y1 + 0.5]).range([left, right]);
  const panelH = (height - 36 - 24 - 24) / 2;
  const top1 = 36;
  const top2 = top1 + panelH + 28;

  const spent: Series[] = data.points.map((p) => ({ year: p.fiscalYear, value: p.spent === null ? null : Number(p.spent), text: p.spent === null ? '' : groupThousands(p.spent), computed: false }));
  const rate: Series[] = data.points.map((p) => ({ year: p.fiscalYear, value: p.rate === null ? null : Number(p.rate.value), text: p.rate === null ? '' : formatPercent(p.rate.value, lang), computed: p.rate?.basis === 'computed' }));
  const ySpent = scaleLinear().domain([0, Math.max(1, max(spent, (s) => s.value) ?? 1)]).nice(4).range([top1 + panelH, top1 + 14]);
  const rates = rate.flatMap((s) => (s.value === null ? [] : [s.value]));
  const yRate = scaleLinear()
    .domain([Math.max(0, Math.floor(Math.min(90, min(rates) ?? 90) / 10) * 10 - 10), Math.max(105, Math.ceil((max(rates) ?? 100) / 5) * 5 + 5)])
    .range([top2 + panelH, top2 + 14]);

  // labelBelow: rate labels go under their points, clear of the 100 % line they sit just below.
  const panel = (series: Series[], y: typeof ySpent, colour: string, name: string, unit: string, top: number, fmt: (n: number) => string, labelBelow: boolean): Markup => {
    const path = line<Series>().x((s) => x(s.year)).y((s) => y(s.value ?? 0)).digits(2);
    return el('g', { class: `chart-panel chart-panel-${name}` },
      el('text', { x: 4, y: top, 'font-weight': 'bold', 'font-size': SMALL_FONT_SIZE }, unit),
      axisY(y, y.ticks(4), left, right, fmt),
      runs(series).map((r) => el('path', { d: path(r) ?? '', fill: 'none', stroke: colour, 'stroke-width': 2 })),
      series.map((s) =>
        s.value === null
          ? missingLabel(x(s.year), (y.range()[0] ?? 0) - 14, lang, { anchor: 'middle' })
          : el('g', { class: 'chart-point' },
              s.computed
                ? el('path', { d: diamond(x(s.year), y(s.value), 6), fill: 'none', stroke: colour, 'stroke-width': 2 })
                : el('circle', { cx: x(s.year), cy: y(s.value), r: 5, fill: colour }),
              el('text', { x: x(s.year), y: labelBelow ? y(s.value) + 18 : y(s.value) - 10, 'text-anchor': 'middle', 'font-size': SMALL_FONT_SIZE }, s.computed ? `${s.text}*` : s.text))));
  };

  const ruleY = yRate(100);
  const yearsText = data.singleYear ? t.single : t.years(y0, y1, data.points.length);
  const perYear = data.points.map((p) => `${t.year(p.fiscalYear)}${lang === 'zh' ? '：' : ': '}${t.spent} ${formatAmount(p.spent, lang)}${lang === 'zh' ? '，' : ', '}${t.rate} ${formatRate(p.rate, lang)}`);
  const description = [sentence(yearsText.charAt(0).toUpperCase() + yearsText.slice(1), lang), ...perYear.map((s) => sentence(s, lang))].join(lang === 'zh' ? '' : ' ');
  const title = t.title(data.label[lang]);
  const notes: string[] = [];
  if (data.singleYear) notes.push(t.single);
  if (rate.some((s) => s.computed)) notes.push(t.computedNote);

  const svg = svgRoot(
    { id, className: 'chart-trend', size, lang, title, description },
    notes.length ? el('text', { class: 'chart-note', x: right, y: 14, 'text-anchor': 'end', 'font-style': 'italic', 'font-size': SMALL_FONT_SIZE }, notes.join(lang === 'zh' ? '；' : '; ')) : null,
    panel(spent, ySpent, OKABE_ITO.blue, 'spent', `${t.spent}（${MONEY_UNIT[lang]}）`.replace(/（(.*)）/u, lang === 'zh' ? '（$1）' : ' ($1)'), top1, tickNumber, false),
    panel(rate, yRate, OKABE_ITO.vermillion, 'rate', t.rate, top2, (n) => `${n}%`, true),
    el('line', { class: 'chart-reference', x1: left, x2: right, y1: ruleY, y2: ruleY, stroke: INK, 'stroke-dasharray': '4 3' }),
    years.map((yr) => el('text', { x: x(yr), y: height - 8, 'text-anchor': 'middle', 'font-size': SMALL_FONT_SIZE }, String(yr))),
  );

  return {
    svg, title, description,
    table: { caption: title, columns: [...t.column], rows: data.points.map((p) => [String(p.fiscalYear), formatAmount(p.spent, lang), formatRate(p.rate, lang)]) },
  };
}
