/**
 * One normalisation for records and queries, so that half-width and full-width forms, upper and
 * lower case, and traditional and simplified characters all meet. Runs in the browser too:
 * keep it free of Node imports.
 */
import { toHalfWidth } from '../data/text.ts';

/** Traditional → simplified, only for the characters the index uses (built with the index). */
export type CharMap = Readonly<Record<string, string>>;

export function normaliseForSearch(s: string, t2s: CharMap = {}): string {
  let out = toHalfWidth(s).toLowerCase().replace(/\s+/gu, ' ').trim();
  if (Object.keys(t2s).length > 0) out = Array.from(out, (c) => t2s[c] ?? c).join('');
  return out;
}
