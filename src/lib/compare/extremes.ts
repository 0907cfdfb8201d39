/**
 * Highest and lowest among the shown values, for the measures where that means something
 * (measures.ts, `ranked`), and only among reports of the same kind: a project's spending is
 * never "lowest" next to whole departments. Ties share the mark; a group needs two different
 * values. Runs in the browser and at build time.
 */

/** Which of the values are the highest and the lowest (indexes into `values`). */
export function extremes(values: readonly (number | null)[]): { max: number[]; min: number[] } {
  const present = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null && Number.isFinite(x.v));
  if (present.length < 2) return { max: [], min: [] };
  const hi = Math.max(...present.map((x) => x.v));
  const lo = Math.min(...present.map((x) => x.v));
  if (hi === lo) return { max: [], min: [] };
  return { max: present.filter((x) => x.v === hi).map((x) => x.i), min: present.filter((x) => x.v === lo).map((x) => x.i) };
}

/** Extremes within each group of the same kind (`groups[i]` is column i's kind; null: no report, never marked). */
export function extremesByGroup(values: readonly (number | null)[], groups: readonly (string | null)[]): { max: number[]; min: number[] } {
  const out = { max: [] as number[], min: [] as number[] };
  for (const g of new Set(groups.filter((x): x is string => x !== null))) {
    const idx = groups.flatMap((x, i) => (x === g ? [i] : []));
    const { max, min } = extremes(idx.map((i) => values[i] ?? null));
    out.max.push(...max.map((k) => idx[k]!));
    out.min.push(...min.map((k) => idx[k]!));
  }
  out.max.sort((a, b) => a - b);
  out.min.sort((a, b) => a - b);
  return out;
}
