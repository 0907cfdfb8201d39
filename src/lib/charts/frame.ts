/**
 * The parts every chart shares: the <svg> root with its accessible name, ids, axes with grid
 * lines, a legend, and the "not reported" label.
 */
import type { ScaleContinuousNumeric } from 'd3';
import { el, fragment, num, safeId, type Child, type Markup } from './svg.ts';
import { FONT_FAMILY, FONT_SIZE, GRID_OPACITY, INK, MUTED_OPACITY, SMALL_FONT_SIZE } from './theme.ts';
import { NOT_REPORTED, textWidth } from './format.ts';
import type { ChartOptions, ChartSize, Lang } from './types.ts';

/**
 * The id prefix of one chart on a page: the caller's, else chart name + key + language (a
 * bilingual page may show the zh and en charts of the same report).
 */
export function chartId(name: string, key: string | null, lang: Lang, options?: ChartOptions): string {
  return safeId(options?.id ?? [name, key, lang].filter(Boolean).join('-'));
}

/** Throws on a size that cannot make a viewBox: a caller bug, better loud than an empty chart. */
export function checkSize(size: ChartSize): void {
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

/** Value axis along x: vertical grid lines from `top` to `bottom`, tick labels under `bottom`. */
export function axisX(scale: Scale, ticks: readonly number[], top: number, bottom: number, format: (n: number) => string): Markup {
  return el(
    'g',
    { class: 'chart-axis chart-axis-x', 'font-size': SMALL_FONT_SIZE, 'text-anchor': 'middle' },
    ticks.map((t) =>
      fragment(
        el('line', { x1: scale(t), x2: scale(t), y1: top, y2: bottom, stroke: INK, 'stroke-opacity': GRID_OPACITY }),
        el('text', { x: scale(t), y: bottom + 14, 'fill-opacity': MUTED_OPACITY }, format(t)),
      ),
    ),
  );
}

/** Value axis along y: horizontal grid lines from `left` to `right`, tick labels left of `left`. */
export function axisY(scale: Scale, ticks: readonly number[], left: number, right: number, format: (n: number) => string): Markup {
  return el(
    'g',
    { class: 'chart-axis chart-axis-y', 'font-size': SMALL_FONT_SIZE, 'text-anchor': 'end' },
    ticks.map((t) =>
      fragment(
        el('line', { x1: left, x2: right, y1: scale(t), y2: scale(t), stroke: INK, 'stroke-opacity': GRID_OPACITY }),
        el('text', { x: left - 6, y: scale(t), dy: '0.32em', 'fill-opacity': MUTED_OPACITY }, format(t)),
      ),
    ),
  );
}

/** The visible "未报告" / "not reported" mark that stands where a value would be drawn. */
export function missingLabel(x: number, y: number, lang: Lang, anchor: 'start' | 'middle' | 'end' = 'start', text?: string): Markup {
  return el(
    'text',
    { class: 'chart-missing', x, y, dy: '0.32em', 'text-anchor': anchor, 'font-style': 'italic', 'fill-opacity': MUTED_OPACITY },
    text ?? NOT_REPORTED[lang],
  );
}

export interface LegendItem {
  label: string;
  /** A 12×12 symbol drawn with its top-left corner at (0, 0). */
  swatch: Markup;
}

/** A one-line legend from (x, y), items side by side; wraps to a new line past `maxWidth`. */
export function legend(items: readonly LegendItem[], x: number, y: number, maxWidth: number): Markup {
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
  return el('g', { class: 'chart-legend', transform: `translate(${num(x)},${num(y)})`, 'font-size': SMALL_FONT_SIZE }, parts);
}

/** A square legend swatch filled with a colour or a url(#pattern). */
export function swatch(fill: string, extra: Record<string, string | number> = {}): Markup {
  return el('rect', { width: 12, height: 12, fill, stroke: INK, 'stroke-opacity': 0.4, ...extra });
}
