/** Splits a string into plain and matched parts from Fuse's match indices (inclusive ranges). */
export interface Part { text: string; match: boolean }

export function highlightParts(text: string, indices: readonly (readonly [number, number])[] = []): Part[] {
  const ranges = [...indices].filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
  const parts: Part[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end < at) continue;
    const s = Math.max(start, at);
    if (s > at) parts.push({ text: text.slice(at, s), match: false });
    parts.push({ text: text.slice(s, end + 1), match: true });
    at = end + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts.filter((p) => p.text !== '');
}
