import { describe, expect, it } from 'vitest';
import { SourceText, containsLoosely } from '../../src/lib/data/provenance.ts';

const text = new SourceText([
  '# 报告', //                                   line 1
  '2021 年部门整体年初预算安排 5,278.33', //      line 2
  '万元，年中预算调减 625.85 万元。', //          line 3
  '自 评 结 果 为 “优”。', //                     line 4
  '年中预算调减 625.85 万元。', //                line 5
].join('\n'));

describe('SourceText.locate', () => {
  it('finds a quote across a line break, at the line where it starts (1-based)', () => {
    expect(text.locate('年初预算安排 5,278.33 万元')).toEqual({ line: 2, endLine: 3 });
  });

  it('ignores spaces on either side: a quote typed without the spaces of spaced-out text is found', () => {
    expect(text.locate('自评结果为“优”')).toEqual({ line: 4, endLine: 4 });
    expect(text.locate('2021年部门整体')).toEqual({ line: 2, endLine: 2 });
  });

  it('numbers the first line 1', () => {
    expect(text.locate('# 报告')).toEqual({ line: 1, endLine: 1 });
  });

  it('returns the first of several places', () => {
    expect(text.locate('年中预算调减 625.85 万元')).toEqual({ line: 3, endLine: 3 });
  });

  it('returns null for a quote that is not in the text (characters are not normalised)', () => {
    expect(text.locate('年初预算安排 5278.33 万元')).toBeNull();
    expect(text.locate('自评结果为"优"')).toBeNull();
  });

  it('returns null for an empty or blank quote', () => {
    expect(text.locate('')).toBeNull();
    expect(text.locate(' \n ')).toBeNull();
  });

  it('counts CRLF line ends as one line break', () => {
    const crlf = new SourceText('一\r\n二\r\n三');
    expect(crlf.locate('三')).toEqual({ line: 3, endLine: 3 });
  });
});

describe('SourceText.locateAll', () => {
  it('returns every place a quote occurs', () => {
    expect(text.locateAll('年中预算调减 625.85 万元')).toEqual([{ line: 3, endLine: 3 }, { line: 5, endLine: 5 }]);
  });

  it('finds overlapping occurrences', () => {
    expect(new SourceText('啊啊啊').locateAll('啊啊')).toHaveLength(2);
  });

  it('returns [] when the quote is not found', () => {
    expect(text.locateAll('调增')).toEqual([]);
  });
});

describe('contains and containsLoosely', () => {
  it('SourceText.contains ignores whitespace', () => {
    expect(text.contains('5,278.33万元')).toBe(true);
    expect(text.contains('5,278.34')).toBe(false);
  });

  it('containsLoosely("年中预算调减 625.85 万元", "625.85万元") is true', () => {
    expect(containsLoosely('年中预算调减 625.85 万元', '625.85万元')).toBe(true);
    expect(containsLoosely('年中预算调减 625.85 万元', '625.86')).toBe(false);
  });
});
