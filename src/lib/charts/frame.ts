/**
 * The parts every chart shares: the <svg> root with its accessible name, ids, axes with grid
 * lines, a legend, and the "not reported" label.
 */
import { scaleBand, type ScaleContinuousNumeric } from 'd3';
import { el, num, safeId, type Child, type Markup } from './svg.ts';
import { FONT_FAMILY, FONT_SIZE, GRID_OPACITY, INK, MUTED_OPACITY, SMALL_FONT_SIZE } from './theme.ts';
import { NOT_REPORTED } from '../format/number.ts';
import { textWidth, truncate, wrapText } from './text.ts';
import type { ChartOptions, ChartSize, Lang } from './types.ts';

/**
 * The id prefix of one chart on a page: the caller's, else chart name + key + language (a
 * bilingual page may show the zh and en charts of the same report).
 */
export function chartId(name: string, key: string | null, lang: Lang, options?: ChartOptions): string {
  return safeId(options?.id ?? [name, key, lang].filter(Boolean).join('-'));
}

/** Throws on a size that cannot make a viewBox: a caller bug, better loud than an empty chart. */
function checkSize(size: ChartSize): void {
  if (!(Number.isFinite(size.width) && Number.isFinite(size.height) && size.width > 0 && size.height > 0)) {
    throw new Error(`chart size must be positive: ${size.width}×${size.height}`);
  }
}

export interface FrameSpec {
  id: string;
  /** Extra class on the root, e.g. "chart-execution-rates", for the page's CSS. */
  className: string;
  size: ChartSize;
  lang: Lang;
  title: string;
  description: string;
  defs?: Child;
}

/**
 * The root <svg>: viewBox and width="100%" so it scales with its container, role="img" named by
 * its own <title> and <desc>. Text colour is inherited from the page (currentColor).
 */
export function svgRoot(spec: FrameSpec, ...body: Child[]): string {
  checkSize(spec.size);
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(spec.size.width)} ${num(spec.size.height)}`,
      width: '100%',
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      lang: spec.lang === 'zh' ? 'zh-CN' : 'en',
      class: `chart ${spec.className}`,
      id: spec.id,
      'font-family': FONT_FAMILY,
      'font-size': FONT_SIZE,
      fill: INK,
    },
    el('title', { id: titleId }, spec.title),
    el('desc', { id: descId }, spec.description),
    spec.defs ? el('defs', {}, spec.defs) : null,
    ...body,
  ).toString();
}

type Scale = ScaleContinuousNumeric<number, number>;

/** Rows of a one-row-per-report chart, and where their labels go. */
export interface RowLayout {
  /** Left edge of the plot. */
  left: number;
  /** Labels sit above their marks (narrow charts), not to their left. */
  above: boolean;
  /** The mark area of a row: top, height and vertical centre. */
  mark(id: string): { y: number; h: number; cy: number };
  /** The row's label, truncated to the space it has. */
  label(id: string, text: string): Markup;
}

/**
 * Lays out rows between `top` and `bottom`. Labels go left of the marks when the longest fits
 * in 30 % of the width; otherwise above them, so a phone-width chart keeps its plot wide and its
 * names whole.
 */
export function rowLayout(ids: readonly string[], labels: readonly string[], width: number, top: number, bottom: number, padding: number): RowLayout {
  const labelW = Math.max(0, ...labels.map((l) => textWidth(l, FONT_SIZE))) + 12;
  const above = labelW > width * 0.3;
  const left = above ? 8 : labelW;
  const band = scaleBand<string>().domain(ids).range([top, bottom]).padding(padding);
  const mark = (id: string) => {
    const y0 = band(id) ?? top;
    const y = above ? y0 + 16 : y0;
    const h = Math.max(4, above ? band.bandwidth() - 16 : band.bandwidth());
    return { y, h, cy: y + h / 2 };
  };
  const label = (id: string, text: string) =>
    above
      ? el('text', { x: left, y: (band(id) ?? top) + 10, class: 'chart-row-label' }, truncate(text, width - 16, FONT_SIZE))
      : el('text', { x: left - 8, y: mark(id).cy, dy: '0.32em', 'text-anchor': 'end', class: 'chart-row-label' }, truncate(text, left - 10, FONT_SIZE));
  return { left, above, mark, label };
}

/** How many ticks fit along `length` units: about one per 70, at most `most`, at least 2. */
export function tickCount(length: number, most = 5): number {
  return Math.max(2, Math.min(most, Math.floor(Math.abs(length) / 70)));
}

/** Value axis along x: vertical grid lines from `top` to `bottom`, tick labels under `bottom`. */
export function axisX(scale: Scale, ticks: readonly number[], top: number, bottom: number, format: (n: number) => string): Markup {
  return el(
    'g',
    { class: 'chart-axis chart-axis-x', 'font-size': SMALL_FONT_SIZE, 'text-anchor': 'middle' },
    ticks.map((t) => [
      el('line', { x1: scale(t), x2: scale(t), y1: top, y2: bottom, stroke: INK, 'stroke-opacity': GRID_OPACITY }),
      el('text', { x: scale(t), y: bottom + 14, 'fill-opacity': MUTED_OPACITY }, format(t)),
    ]),
  );
}

/** Value axis along y: horizontal grid lines from `left` to `right`, tick labels left of `left`. */
export function axisY(scale: Scale, ticks: readonly number[], left: number, right: number, format: (n: number) => string): Markup {
  return el(
    'g',
    { class: 'chart-axis chart-axis-y', 'font-size': SMALL_FONT_SIZE, 'text-anchor': 'end' },
    ticks.map((t) => [
      el('line', { x1: left, x2: right, y1: scale(t), y2: scale(t), stroke: INK, 'stroke-opacity': GRID_OPACITY }),
      el('text', { x: left - 6, y: scale(t), dy: '0.32em', 'fill-opacity': MUTED_OPACITY }, format(t)),
    ]),
  );
}

export interface MissingLabelOptions {
  anchor?: 'start' | 'middle' | 'end';
  /** What to say; default "未报告" / "not reported". */
  text?: string;
  /** Wrap onto lines that end at `y`, so a narrow slot never spills into the next. */
  maxWidth?: number;
  fontSize?: number;
}

/** The visible "未报告" / "not reported" mark that stands where a value would be drawn. */
export function missingLabel(x: number, y: number, lang: Lang, opts: MissingLabelOptions = {}): Markup {
  const content = opts.text ?? NOT_REPORTED[lang];
  const fontSize = opts.fontSize ?? FONT_SIZE;
  const lines = opts.maxWidth === undefined ? [content] : wrapText(content, opts.maxWidth, fontSize, true);
  const attrs = {
    class: 'chart-missing', x, dy: '0.32em', 'text-anchor': opts.anchor ?? 'start', 'font-style': 'italic',
    'fill-opacity': MUTED_OPACITY, 'font-size': opts.fontSize,
  };
  if (lines.length < 2) return el('text', { ...attrs, y }, content);
  // Keep the space at the break so the element's text still reads "not reported".
  const sep = /\s/u.test(content) ? ' ' : '';
  return el('text', { ...attrs, y: y - (lines.length - 1) * LINE },
    lines.map((l, i) => el('tspan', { x, dy: i === 0 ? null : LINE }, i < lines.length - 1 ? `${l}${sep}` : l)));
}

/** Line height of wrapped chart text, in user units. */
export const LINE = 14;

export interface LegendItem {
  label: string;
  /** A 12×12 symbol drawn with its top-left corner at (0, 0). */
  swatch: Markup;
}

/**
 * A legend from (x, y), items side by side, wrapping past `maxWidth`. Returns its height so
 * the plot can start below it.
 */
export function legend(items: readonly LegendItem[], x: number, y: number, maxWidth: number): { markup: Markup; height: number } {
  let cx = 0;
  let cy = 0;
  const parts = items.map((item) => {
    const w = 12 + 6 + textWidth(item.label, SMALL_FONT_SIZE) + 16;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += 18;
    }
    const g = el(
      'g',
      { transform: `translate(${num(cx)},${num(cy)})` },
      item.swatch,
      el('text', { x: 18, y: 6, dy: '0.32em' }, item.label),
    );
    cx += w;
    return g;
  });
  return {
    markup: el('g', { class: 'chart-legend', transform: `translate(${num(x)},${num(y)})`, 'font-size': SMALL_FONT_SIZE }, parts),
    height: items.length ? cy + 12 : 0,
  };
}

/** Path of a diamond marker of half-width `r` around (cx, cy): the shape for computed values. */
export function diamond(cx: number, cy: number, r: number): string {
  return `M${num(cx)},${num(cy - r)}L${num(cx + r)},${num(cy)}L${num(cx)},${num(cy + r)}L${num(cx - r)},${num(cy)}Z`;
}

/** A square legend swatch filled with a colour or a url(#pattern). */
export function swatch(fill: string, extra: Record<string, string | number> = {}): Markup {
  return el('rect', { width: 12, height: 12, fill, stroke: INK, 'stroke-opacity': 0.4, ...extra });
}
