import { describe, expect, it } from 'vitest';
import { QuoteNumbers, numberTokens, valueInQuote } from '../../src/lib/data/tokens.ts';
import { neutraliseFormula } from '../../src/lib/data/formula.ts';
import { nameWords, sameQuantity } from '../../src/lib/data/checks.ts';

describe('a value must stand in its quote as a number of its own', () => {
  it.each([
    ['0.94', '920.94 万元', '万元', '0.94 is not a number of its own in its quote, only part of 920.94'],
    ['10', '100万元', '万元', '10 is not a number of its own in its quote, only part of 100'],
    ['5', '105 家', '家', '5 is not a number of its own in its quote, only part of 105'],
    ['278.33', '5,278.33 万元', '万元', '278.33 is not a number of its own in its quote, only part of 5,278.33'],
    ['12', '实际举办 12 场', '万元', '12 stands in its quote as "12场", not followed by its unit 万元'],
    ['7', '年初预算 300 万元', '万元', '7 does not occur in its quote'],
  ])('%s against %j is rejected', (value, quote, unit, message) => {
    expect(valueInQuote(value, quote, unit)).toBe(message);
  });

  it.each([
    ['5278.33', '年初预算安排 5,278.33 万元', '万元'],
    ['96.05', '执行率为 ９６.０５％', '%'],
    ['2000', '超 <b>2000</b> 亿元', '亿元'],
    ['382', '累计 382 万 m ² ，达到', '万m²'],
    ['41.36', '预算调整率-41.36%', '%'],
    ['-41.36', '年中调减41.36万元', '万元'],
    ['132', '已达到预期目标。 132', '万元'],
    ['5', '立项程序 5 5 过程规范性', null],
    ['96.5', '自 评 得 分 为 9 6 . 5 分', '分'],
    ['1287.93', '全年实际支出１，２８７．\n９３万元', '万元'],
  ])('%s stands in %j', (value, quote, unit) => {
    expect(valueInQuote(value, quote, unit)).toBeNull();
  });

  it('reads numbers with separators and full-width digits, and not a list number\'s point as a decimal', () => {
    expect(numberTokens('1.招商 ５,２７８.３３万元、2021 年').map((t) => [t.value, t.after.slice(0, 2)])).toEqual([['1', '.招'], ['5278.33', '万元'], ['2021', '年']]);
  });

  it('sees the unit after any run of whitespace, and nothing after a number that ends the quote', () => {
    // A PDF table cell can sit far from its unit; spaces, line ends and no-break spaces in between.
    const far = `全年支出 1234.5${' '.repeat(70)}\n${'\u00a0'.repeat(200)}万元`;
    expect(valueInQuote('1234.5', far, '万元')).toBeNull();
    expect(numberTokens(far).at(-1)?.after).toBe('万元');
    expect(numberTokens(`得分 98${' '.repeat(300)}\n`).at(-1)?.after).toBe('');
    // What follows is kept to its first 16 characters, whitespace removed.
    expect(numberTokens(`合计 5 ${'甲 '.repeat(40)}`)[0]?.after).toBe('甲'.repeat(16));
  });

  it('gives each value of a row a number of its own: a target and a result of 6 need 6 printed twice', () => {
    const once = new QuoteNumbers('我区共完成引进注册资金2000万元以上项目6个');
    expect(once.take('6', '个')).toBeNull();
    expect(once.take('6', '个')).toBe('6 stands in its quote only once, for another value of the row: quote the place that states this one');
    const twice = new QuoteNumbers('目标值为“100%”。 完成项目的验收合格率为 100%');
    expect([twice.take('100', '%'), twice.take('100', '%')]).toEqual([null, null]);
  });
});

describe('units printed in traditional characters', () => {
  it('reads 萬元 as 万元 and 個 as 个 after the number, and still refuses another unit', () => {
    expect(valueInQuote('358.40', '年初預算數358.40萬元，全年預算數', '万元')).toBeNull();
    expect(valueInQuote('12', '引進項目12個', ['人', '个', '家'])).toBeNull();
    expect(valueInQuote('358.40', '年初預算數358.40美元', '万元')).toMatch(/not followed by its unit 万元/u);
  });
});

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("x")', "'=HYPERLINK(\"x\")"],
    ['+1+cmd', "'+1+cmd"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('prefixes %j with a quote', (cell, out) => {
    expect(neutraliseFormula(cell)).toBe(out);
  });

  it.each(['-625.85', '0', '招商=引资', 'a-b'])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('sameQuantity: a result and an indicator matched without the record naming the indicator', () => {
  const o = (name: string, unit: string | null = '宗') => ({ name, unit });
  it('matches the same words, count words aside, with the same unit', () => {
    expect(sameQuantity(o('开工项目'), o('开工项目数'))).toBe(true);
    expect(sameQuantity(o('企业服务满意度', '%'), o('企业服务 满意度 (%)', '%'))).toBe(true);
  });
  it('does not match other words, other numbers or other units', () => {
    expect(sameQuantity(o('全区开工在建项目'), o('开工项目数'))).toBe(false);
    expect(sameQuantity(o('获取10亿元以上优质项目线索', '个'), o('全市投资 10 亿元以 上项目数 (个)', '个'))).toBe(false);
    expect(sameQuantity(o('引进亿元以上项目', '个'), o('引进10亿元以上项目', '个'))).toBe(false);
    expect(sameQuantity(o('开工项目', '个'), o('开工项目数', '宗'))).toBe(false);
  });
  it('reads 十亿 as 10亿 in names', () => {
    expect(nameWords('引进十亿级项目').numbers).toBe('10');
  });
});
