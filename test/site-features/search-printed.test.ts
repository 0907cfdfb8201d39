/** Search results show names as printed (case, full-width forms, spaces), with the matched words marked in place. */
import { describe, expect, it } from 'vitest';
import { highlightParts, printedRanges } from '../../src/lib/search/highlight.ts';

const marked = (printed: string, ranges: [number, number][]) =>
  highlightParts(printed, printedRanges(printed, ranges)).map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('match ranges moved onto the printed name', () => {
  it('keeps capitals: "baiyun" found in the searchable "investment promotion bureau of baiyun district" marks "Baiyun"', () => {
    const printed = 'Investment Promotion Bureau of Baiyun District';
    const searchable = printed.toLowerCase();
    const at = searchable.indexOf('baiyun');
    expect(marked(printed, [[at, at + 5]])).toBe('Investment Promotion Bureau of [Baiyun] District');
  });

  it('keeps full-width letters and digits: "abc2021" marks "ＡＢＣ２０２１"', () => {
    expect(marked('项目ＡＢＣ２０２１年', [[2, 8]])).toBe('项目[ＡＢＣ２０２１]年');
  });

  it('follows collapsed and trimmed spaces: the searchable "a b" of "  A \u3000 B" marks "B"', () => {
    // searchable form: "a b" (leading spaces trimmed, the run of three spaces one)
    expect(marked('  A \u3000 B', [[2, 2]])).toBe('  A \u3000 [B]');
    expect(marked('  A \u3000 B', [[1, 1]])).toBe('  A[ \u3000 ]B');
  });

  it('follows characters that normalise to two: ㎡ is m²', () => {
    // searchable form "200m²以上": "m²" is 3..4
    expect(marked('200㎡以上', [[3, 4]])).toBe('200[㎡]以上');
    expect(marked('200㎡以上', [[5, 6]])).toBe('200㎡[以上]');
  });

  it('drops ranges outside the name instead of marking the wrong words', () => {
    expect(printedRanges('白云', [[5, 9]])).toEqual([]);
  });
});
