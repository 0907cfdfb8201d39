import { describe, expect, it } from 'vitest';
import { cleanText, compact, stripMarkup, toHalfWidth } from '../../src/lib/data/text.ts';

describe('compact', () => {
  it('removes spaces, tabs, line breaks and the ideographic space', () => {
    expect(compact(' 年初预算\t安排\r\n 5,278.33　万元 ')).toBe('年初预算安排5,278.33万元');
  });

  it('keeps every other character, punctuation included', () => {
    expect(compact('“优”。')).toBe('“优”。');
  });
});

describe('toHalfWidth', () => {
  it('turns full-width digits and the full-width percent sign into ASCII: "９６.０５％" → "96.05%"', () => {
    expect(toHalfWidth('９６.０５％')).toBe('96.05%');
  });

  it('turns full-width punctuation and letters into ASCII: "（１）Ａ，Ｂ：" → "(1)A,B:"', () => {
    expect(toHalfWidth('（１）Ａ，Ｂ：')).toBe('(1)A,B:');
  });

  it('turns the ideographic space into a space', () => {
    expect(toHalfWidth('优\u3000秀')).toBe('优 秀');
  });

  it('turns ㎡ into m² (not m2, as NFKC would)', () => {
    expect(toHalfWidth('200 万㎡')).toBe('200 万m²');
  });

  it('leaves CJK characters and CJK punctuation alone', () => {
    expect(toHalfWidth('自评结果为“优”。')).toBe('自评结果为“优”。');
  });
});

describe('stripMarkup', () => {
  it('removes HTML tags: "超 <b>2000</b> 亿元" → "超 2000 亿元"', () => {
    expect(stripMarkup('超 <b>2000</b> 亿元')).toBe('超 2000 亿元');
  });

  it('removes markdown emphasis: "**重点**工作" → "重点工作"', () => {
    expect(stripMarkup('**重点**工作')).toBe('重点工作');
  });

  it('removes heading marks at the start of a line', () => {
    expect(stripMarkup('# 部门整体支出绩效自评报告\n#### 一、部门基本情况')).toBe('部门整体支出绩效自评报告\n一、部门基本情况');
  });

  it('keeps a # that is not a heading mark and a < that is not a tag', () => {
    expect(stripMarkup('第#3号 <5 天')).toBe('第#3号 <5 天');
  });
});

describe('cleanText', () => {
  it('joins spaced-out CJK characters: "完 成 策 方 案" → "完成策方案"', () => {
    expect(cleanText('完 成 策 方 案')).toBe('完成策方案');
  });

  it('keeps the spaces between Latin words', () => {
    expect(cleanText('Investment  Promotion Bureau')).toBe('Investment Promotion Bureau');
  });

  it('removes spaces between CJK characters and digits: "引进 10 亿元以 上项目" → "引进10亿元以上项目"', () => {
    expect(cleanText('引进 10 亿元以 上项目')).toBe('引进10亿元以上项目');
  });

  it('removes line breaks inside a paragraph and markup', () => {
    expect(cleanText('围 绕 区 重 点\n建设内容，完成 <b>4</b> 册')).toBe('围绕区重点建设内容，完成4册');
  });

  it('keeps the characters as printed (no half-width mapping)', () => {
    expect(cleanText('完成 ９６％')).toBe('完成９６％');
  });
});
