/**
 * Small multiples for the comparison: one small chart per column (final budget and spending
 * as bars, the execution rate as text), all drawn on ONE scale, the largest amount shown, so
 * that any selection stays comparable by eye. The chart is a plain tree of SVG elements and
 * text (no markup strings): the comparison script turns it into DOM nodes
 * (src/client/svg-dom.ts), attributes only, as the CSP requires. Runs in the browser.
 */
import { formatAmount, formatPercent } from '../format/number.ts';
import type { Lang } from '../format/lang.ts';
import { FONT_FAMILY, OKABE_ITO, SMALL_FONT_SIZE } from '../charts/theme.ts';
import type { CompareColumn } from './measures.ts';

/** An SVG element: tag, attributes, children (text children are text, never markup). */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}
const h = (tag: string, attrs: Record<string, string | number>, ...children: (SvgNode | string | null)[]): SvgNode => ({
  tag, attrs, children: children.filter((c): c is SvgNode | string => c !== null),
});

export interface MultipleDatum {
  id: string;
  label: string;
  year: number | null;
  budget: string | null;
  spent: string | null;
  rate: string | null;
  rateComputed: boolean;
}

/** The data of each chart and the one scale's end: the largest budget or spending shown. */
export function prepareMultiples(columns: readonly CompareColumn[], lang: Lang): { data: MultipleDatum[]; max: number } {
  const data = columns.map((c) => ({
    id: c.department.id,
    label: lang === 'zh' ? c.department.short_name_zh : c.department.short_name_en,
    year: c.report?.fiscal_year ?? null,
    budget: c.values.budget_final_wan ?? null,
    spent: c.values.spent_wan ?? null,
    rate: c.values.execution_rate_pct ?? null,
    rateComputed: c.computed.includes('execution_rate_pct'),
  }));
  const max = Math.max(0, ...data.flatMap((d) => [d.budget, d.spent]).filter((v): v is string => v !== null).map(Number));
  return { data, max };
}

const MULTIPLE_SIZE = { width: 320, height: 84 } as const;
const { width: W, height: H } = MULTIPLE_SIZE;
const LEFT = 72;
const RIGHT = 12;

export interface MultipleChart { svg: SvgNode; title: string; description: string }

/** One column's chart on the shared scale 0…max. */
export function multipleChart(d: MultipleDatum, max: number, lang: Lang): MultipleChart {
  const x = (v: number) => LEFT + ((W - RIGHT - LEFT) * v) / (max || 1);
  const zh = lang === 'zh';
  const rate = formatPercent(d.rate, lang) + (d.rateComputed ? (zh ? '（计算值）' : ' (computed)') : '');
  const title = zh ? `${d.label}：预算与支出` : `${d.label}: budget and spending`;
  const description = zh
    ? `${d.year ?? '无报告'} 年度：调整后预算 ${formatAmount(d.budget, lang)}，支出 ${formatAmount(d.spent, lang)}，执行率 ${rate}。横轴刻度与其他部门相同。`
    : `${d.year ?? 'No report'}: final budget ${formatAmount(d.budget, lang)}, spent ${formatAmount(d.spent, lang)}, execution rate ${rate}. Same horizontal scale as the other departments.`;
  const id = `compare-multiple-${d.id}-${lang}`;
  const bars = [
    { key: 'budget', label: zh ? '调整后预算' : 'Final budget', value: d.budget, fill: OKABE_ITO.skyBlue, y: 14 },
    { key: 'spent', label: zh ? '支出' : 'Spent', value: d.spent, fill: OKABE_ITO.orange, y: 42 },
  ].map((b) => {
    const label = h('text', { x: LEFT - 6, y: b.y + 13, 'text-anchor': 'end', 'font-size': SMALL_FONT_SIZE }, b.label);
    if (b.value === null) {
      return h('g', { class: `bar-${b.key}` }, label,
        h('text', { class: 'chart-missing', x: LEFT + 4, y: b.y + 13, 'font-style': 'italic', 'fill-opacity': 0.7, 'font-size': SMALL_FONT_SIZE }, zh ? '未报告' : 'not reported'));
    }
    const end = x(Number(b.value));
    const text = formatAmount(b.value, lang);
    // The amount after the bar when the bar leaves room for it, else inside the bar (dark on the light colours).
    const outside = end <= LEFT + (W - RIGHT - LEFT) * 0.55;
    return h('g', { class: `bar-${b.key}` }, label,
      h('rect', { x: LEFT, y: b.y, width: round(Math.max(0.5, end - LEFT)), height: 18, fill: b.fill, stroke: 'currentColor', 'stroke-width': 0.5 }),
      h('text', outside ? { x: round(end + 4), y: b.y + 13, 'font-size': SMALL_FONT_SIZE } : { x: round(end - 4), y: b.y + 13, 'font-size': SMALL_FONT_SIZE, 'text-anchor': 'end', fill: '#000000' }, text));
  });
  const svg = h('svg', {
    xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`,
    lang: zh ? 'zh-CN' : 'en', class: 'chart chart-compare-multiple', id, 'font-family': FONT_FAMILY, 'font-size': 12, fill: 'currentColor',
  },
  h('title', { id: `${id}-title` }, title),
  h('desc', { id: `${id}-desc` }, description),
  ...bars,
  h('text', { x: W - RIGHT, y: H - 4, 'text-anchor': 'end', 'font-size': SMALL_FONT_SIZE }, `${zh ? '执行率' : 'Rate'} ${rate}`));
  return { svg, title, description };
}

const round = (n: number) => Math.round(n * 100) / 100;
