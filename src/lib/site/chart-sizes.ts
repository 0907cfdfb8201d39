/**
 * Sizes the pages draw charts at. Each chart is drawn twice: at the width it is shown at on a
 * desktop (so its 12-unit text is ~12 px) and at a phone's width (CSS picks one).
 */
import type { ChartSize } from '../charts/index.ts';

export interface ChartSizes {
  wide: ChartSize;
  narrow: ChartSize;
}

/** A chart with one row per item (bars, dots): height grows with the rows. */
export function rowChartSizes(rows: number, opts: { rowHeight?: number; extra?: number } = {}): ChartSizes {
  const rowHeight = opts.rowHeight ?? 36;
  const extra = opts.extra ?? 90;
  return {
    wide: { width: 640, height: extra + rows * rowHeight },
    narrow: { width: 320, height: extra + 30 + rows * (rowHeight + 6) },
  };
}

/** A chart of fixed content (scatter, trend, composition). */
export function fixedChartSizes(height: number, narrowHeight = Math.round(height * 1.1)): ChartSizes {
  return { wide: { width: 640, height }, narrow: { width: 320, height: narrowHeight } };
}

/** Ids unique per page for the two drawings of one chart. */
export function chartIds(name: string, key: string, lang: string): { wide: { id: string }; narrow: { id: string } } {
  return { wide: { id: `${name}-${key}-${lang}` }, narrow: { id: `${name}-${key}-${lang}-narrow` } };
}
