/**
 * Overview: each report's budget execution rate as a horizontal bar against a 100 % line.
 */
import { max, scaleLinear } from 'd3';
import type { Department, Report } from '../data/model.ts';
import { executionRate, formatRate, reportLabel, type RateValue } from './labels.ts';
import { NOT_REPORTED } from '../format/number.ts';
import { joinList, sentence } from './text.ts';
import { axisX, chartId, legend, missingLabel, rowLayout, svgRoot, swatch, tickCount } from './frame.ts';
import { el } from './svg.ts';
import { INK, OKABE_ITO, pattern } from './theme.ts';
import type { ChartOptions, ChartOutput, ChartSize, Lang, Texts } from './types.ts';

export interface ExecutionRateRow {
  reportId: string;
  label: Texts;
  /** Printed rate, else computed; null when the report gives neither budget nor rate. */
  rate: RateValue | null;
}

export interface ExecutionRates {
  rows: ExecutionRateRow[];
}

/** One row per report, in the order given (the page decides the order). */
export function prepareExecutionRates(reports: readonly Report[], departments: readonly Department[]): ExecutionRates {
  return {
    rows: reports.map((r) => ({ reportId: r.id, label: reportLabel(r, departments), rate: executionRate(r) })),
  };
}

const TEXT = {
  zh: {
    title: '预算执行率',
    column: ['报告', '预算执行率', '来源'],
    printed: '报告所载',
    computed: '计算：实际支出 ÷ 调整后预算',
    legendComputed: '计算值（报告未载明）',
    reference: '100% 参考线',
    intro: '各报告的年度预算执行率（横条），竖虚线标出 100%',
    missing: (names: string) => `未报告执行率：${names}（列为空行，而非零）`,
    none: '没有报告',
  },
  en: {
    title: 'Budget execution rate',
    column: ['Report', 'Execution rate', 'Source'],
    printed: 'stated in the report',
    computed: 'computed: spent ÷ final budget',
    legendComputed: 'computed (not stated in the report)',
    reference: '100% reference line',
    intro: 'Budget execution rate of each report as horizontal bars; the dashed vertical line marks 100%',
    missing: (names: string) => `Not reported for ${names} (shown as an empty row, not as zero)`,
    none: 'No reports',
  },
} as const;

/** Horizontal bars; a report without a rate is a labelled empty row. */
export function executionRateChart(data: ExecutionRates, size: ChartSize, lang: Lang, options?: ChartOptions): ChartOutput {
  const t = TEXT[lang];
  const id = chartId('execution-rates', null, lang, options);
  const hatchId = `${id}-computed`;
  const { width, height } = size;

  const key = legend(
    [
      { label: t.printed, swatch: swatch(OKABE_ITO.blue) },
      { label: t.legendComputed, swatch: swatch(`url(#${hatchId})`, { 'stroke-dasharray': '3 2' }) },
      { label: t.reference, swatch: el('line', { x1: 6, x2: 6, y1: 0, y2: 12, stroke: INK, 'stroke-dasharray': '4 3' }) },
    ],
    4, 4, width - 8,
  );
  const top = key.height + 20;
  const bottom = height - 24;
  const rowsAt = rowLayout(data.rows.map((r) => r.reportId), data.rows.map((r) => r.label[lang]), width, top, bottom, 0.3);
  const left = rowsAt.left;
  // Room right of the 100 % line for the value label ("99.80%（计算值）").
  const right = width - Math.min(150, Math.max(60, width * 0.25));

  const x = scaleLinear().domain([0, Math.max(100, max(data.rows, (r) => (r.rate ? Number(r.rate.value) : 0)) ?? 0)]).nice().range([left, right]);

  const rows = data.rows.map((r) => {
    const { y, h, cy } = rowsAt.mark(r.reportId);
    const label = rowsAt.label(r.reportId, r.label[lang]);
    if (!r.rate) return el('g', { class: 'chart-row chart-row-missing' }, label, missingLabel(x(0) + 4, cy, lang));
    const computed = r.rate.basis === 'computed';
    const end = x(Number(r.rate.value));
    return el(
      'g',
      { class: computed ? 'chart-row chart-row-computed' : 'chart-row' },
      label,
      el('rect', {
        x: x(0), y, width: Math.max(0, end - x(0)), height: h,
        fill: computed ? `url(#${hatchId})` : OKABE_ITO.blue,
        stroke: computed ? OKABE_ITO.blue : null, 'stroke-dasharray': computed ? '4 2' : null,
      }),
      el('text', { x: Math.max(end, x(100)) + 6, y: cy, dy: '0.32em' }, formatRate(r.rate, lang)),
    );
  });

  const missing = data.rows.filter((r) => !r.rate).map((r) => r.label[lang]);
  const description = [
    sentence(t.intro, lang),
    data.rows.length === 0 ? sentence(t.none, lang) : sentence(joinList(data.rows.filter((r) => r.rate).map((r) => `${r.label[lang]} ${formatRate(r.rate, lang)}`), lang), lang),
    missing.length ? sentence(t.missing(joinList(missing, lang)), lang) : '',
  ].filter(Boolean).join(lang === 'zh' ? '' : ' ');

  const svg = svgRoot(
    {
      id, className: 'chart-execution-rates', size, lang, title: t.title, description,
      defs: pattern(hatchId, 'hatch', OKABE_ITO.skyBlue),
    },
    key.markup,
    axisX(x, x.ticks(tickCount(right - left, 5)), top, bottom, (n) => `${n}%`),
    rows,
    el('line', { class: 'chart-reference', x1: x(100), x2: x(100), y1: top - 4, y2: bottom, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
  );

  return {
    svg, title: t.title, description,
    table: {
      caption: t.title,
      columns: [...t.column],
      rows: data.rows.map((r) => [r.label[lang], formatRate(r.rate, lang), r.rate ? (r.rate.basis === 'printed' ? t.printed : t.computed) : NOT_REPORTED[lang]]),
    },
  };
}
