/** Splits a string into plain and matched parts from Fuse's match indices (inclusive ranges). */
import { toHalfWidth } from '../data/text.ts';
import { normaliseForSearch } from './normalise.ts';

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

/**
 * Match ranges found in the searchable form of a text (normaliseForSearch without the
 * traditional-character map: half-width, lower case, runs of spaces as one, trimmed) moved onto
 * the text as printed, so that results show names as printed with the same words marked.
 * Returns no ranges when the two forms cannot be lined up.
 */
export function printedRanges(printed: string, ranges: readonly (readonly [number, number])[] = []): [number, number][] {
  let searchable = '';
  const start: number[] = []; // for each code unit of `searchable`, the first code unit of its printed character
  const end: number[] = []; // … and the last
  let space = -1;
  for (let i = 0; i < printed.length; ) {
    const ch = String.fromCodePoint(printed.codePointAt(i)!);
    const n = toHalfWidth(ch).toLowerCase();
    if (/^\s+$/u.test(n)) {
      if (space < 0) space = i;
    } else {
      if (space >= 0 && searchable.length > 0) {
        searchable += ' ';
        start.push(space);
        end.push(i - 1);
      }
      space = -1;
      for (const unit of n) {
        for (let k = 0; k < unit.length; k++) {
          searchable += unit[k];
          start.push(i);
          end.push(i + ch.length - 1);
        }
      }
    }
    i += ch.length;
  }
  if (searchable !== normaliseForSearch(printed)) return [];
  return ranges.filter(([a, b]) => a >= 0 && b >= a && b < start.length).map(([a, b]) => [start[a]!, end[b]!]);
}
