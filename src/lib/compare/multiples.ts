/**
 * Small multiples for the comparison view: one small chart per department (final budget and
 * spending as bars, execution rate as text), all drawn on ONE x scale so that any subset the
 * reader picks stays comparable by eye. Data preparation is `prepareMultiples`, tested apart.
 */
import { scaleLinear } from 'd3';
import Big from 'big.js';
import { el } from '../charts/svg.ts';
import { svgRoot, chartId, missingLabel } from '../charts/frame.ts';
import { formatAmount, formatPercent } from '../format/number.ts';
import { departmentShortNames } from '../format/names.ts';
import { textWidth } from '../charts/text.ts';
import { OKABE_ITO, SMALL_FONT_SIZE } from '../charts/theme.ts';
import type { ChartOutput, Lang } from '../charts/types.ts';
import type { CompareColumn } from './model.ts';

export interface MultipleDatum {
  departmentId: string;
  label: { zh: string; en: string };
  year: number | null;
  budget: string | null;
  spent: string | null;
  rate: string | null;
  rateComputed: boolean;
}

export function prepareMultiples(columns: readonly CompareColumn[]): { data: MultipleDatum[]; max: number } {
  const data = columns.map(({ department: d, report: r }) => {
    const printed = r?.figures.execution_rate_pct?.value ?? null;
    return {
      departmentId: d.id,
      label: departmentShortNames(d),
      year: r?.fiscal_year ?? null,
      budget: r?.figures.budget_final_wan?.value ?? null,
      spent: r?.figures.spent_wan?.value ?? null,
      rate: printed ?? r?.execution_rate_computed_pct ?? null,
      rateComputed: printed === null && (r?.execution_rate_computed_pct ?? null) !== null,
    };
  });
  const values = data.flatMap((d) => [d.budget, d.spent]).filter((v): v is string => v !== null);
  const max = values.reduce((m, v) => (new Big(v).gt(m) ? Number(v) : m), 0);
  return { data, max };
}

const W = 320;
const H = 84;
const LEFT = 72;
const RIGHT = 12;

/** One department's small chart, on the shared scale 0…max. */
export function multipleChart(d: MultipleDatum, max: number, lang: Lang): ChartOutput {
  const x = scaleLinear().domain([0, max || 1]).range([LEFT, W - RIGHT]);
  const rows = [
    { key: 'budget', label: lang === 'zh' ? '调整后预算' : 'Final budget', value: d.budget, fill: OKABE_ITO.skyBlue, y: 14 },
    { key: 'spent', label: lang === 'zh' ? '支出' : 'Spent', value: d.spent, fill: OKABE_ITO.orange, y: 42 },
  ];
  const name = d.label[lang];
  const rate = formatPercent(d.rate, lang) + (d.rateComputed ? (lang === 'zh' ? '（计算值）' : ' (computed)') : '');
  const title = lang === 'zh' ? `${name}：预算与支出` : `${name}: budget and spending`;
  const description =
    lang === 'zh'
      ? `${d.year ?? '无报告'} 年度：调整后预算 ${formatAmount(d.budget, lang)}，支出 ${formatAmount(d.spent, lang)}，执行率 ${rate}。横轴刻度与其他部门相同。`
      : `${d.year ?? 'No report'}: final budget ${formatAmount(d.budget, lang)}, spent ${formatAmount(d.spent, lang)}, execution rate ${rate}. Same horizontal scale as the other departments.`;
  const body = rows.map((r) =>
    el('g', { class: `bar-${r.key}` },
      el('text', { x: LEFT - 6, y: r.y + 13, 'text-anchor': 'end', 'font-size': SMALL_FONT_SIZE }, r.label),
      r.value === null
        ? missingLabel(LEFT + 4, r.y + 13, lang)
        : (() => {
            const end = x(Number(r.value));
            const label = formatAmount(r.value, lang);
            // The value after the bar's end when it fits, else inside the bar (dark text on the light bar colours).
            const outside = end + 4 + textWidth(label, SMALL_FONT_SIZE) <= W - RIGHT;
            return [
              el('rect', { x: LEFT, y: r.y, width: Math.max(0.5, end - LEFT), height: 18, fill: r.fill, stroke: 'currentColor', 'stroke-width': 0.5 }),
              el('text', outside ? { x: end + 4, y: r.y + 13, 'font-size': SMALL_FONT_SIZE } : { x: end - 4, y: r.y + 13, 'font-size': SMALL_FONT_SIZE, 'text-anchor': 'end', fill: '#000000' }, label),
            ];
          })(),
    ),
  );
  const svg = svgRoot(
    { id: chartId('compare-multiple', d.departmentId, lang), className: 'chart-compare-multiple', size: { width: W, height: H }, lang, title, description },
    ...body,
    el('text', { x: W - RIGHT, y: H - 4, 'text-anchor': 'end', 'font-size': SMALL_FONT_SIZE }, `${lang === 'zh' ? '执行率' : 'Rate'} ${rate}`),
  );
  return {
    svg,
    title,
    description,
    table: {
      caption: title,
      columns: lang === 'zh' ? ['项目', '数值'] : ['Measure', 'Value'],
      rows: [
        [rows[0]!.label, formatAmount(d.budget, lang)],
        [rows[1]!.label, formatAmount(d.spent, lang)],
        [lang === 'zh' ? '执行率' : 'Execution rate', rate],
      ],
    },
  };
}
