/** Which of the shown values are the highest and the lowest (ties share the mark). */
export function extremes(values: readonly (number | null)[]): { max: number[]; min: number[] } {
  const present = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null && Number.isFinite(x.v));
  if (present.length < 2) return { max: [], min: [] };
  const hi = Math.max(...present.map((x) => x.v));
  const lo = Math.min(...present.map((x) => x.v));
  if (hi === lo) return { max: [], min: [] };
  return { max: present.filter((x) => x.v === hi).map((x) => x.i), min: present.filter((x) => x.v === lo).map((x) => x.i) };
}
