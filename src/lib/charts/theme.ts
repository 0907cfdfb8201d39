/**
 * Colours, fonts and fill patterns shared by the charts.
 *
 * Okabe–Ito colours stay distinguishable for the common colour-vision deficiencies; every
 * series also gets a second cue (a pattern, a marker shape, a dash or a direct text label),
 * because colour alone still fails in greyscale print and for some readers.
 */
import { el, type Markup } from './svg.ts';

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** System fonts only: the CSP allows fonts from our own origin and we ship none for charts. */
export const FONT_FAMILY =
  'system-ui, -apple-system, Segoe UI, PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Noto Sans SC, sans-serif';

/** Base font size in user units; the SVG scales, so this is relative to the viewBox. */
export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 11;

/** Text, axes and grid inherit the page's text colour, so the charts follow a dark theme too. */
export const INK = 'currentColor';
export const GRID_OPACITY = 0.15;
export const MUTED_OPACITY = 0.7;

export type PatternKind = 'hatch' | 'crosshatch' | 'dots';

/**
 * A fill pattern: the colour as background, with dark strokes or dots over it as the
 * non-colour cue. The id must be unique on the page, so it carries the chart's id prefix.
 */
export function pattern(id: string, kind: PatternKind, colour: string): Markup {
  const lines =
    kind === 'dots'
      ? el('circle', { cx: 3, cy: 3, r: 1.2, fill: '#000000', 'fill-opacity': 0.55 })
      : [
          el('path', { d: 'M0,6L6,0', stroke: '#000000', 'stroke-opacity': 0.55, 'stroke-width': 1 }),
          kind === 'crosshatch' ? el('path', { d: 'M0,0L6,6', stroke: '#000000', 'stroke-opacity': 0.55, 'stroke-width': 1 }) : null,
        ];
  return el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
    el('rect', { width: 6, height: 6, fill: colour }),
    lines,
  );
}
