import { describe, expect, it } from 'vitest';
import { ParseValueError } from '../../src/lib/data/numbers.ts';
import { isLegibleUnit, parseQuantity } from '../../src/lib/data/quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['≥100 家', { comparator: '>=', value: '100', unit: '家', unitLegible: true }],
    ['≥5 ↑', { comparator: '>=', value: '5', unit: '↑', unitLegible: false }],
    ['98%以上', { comparator: '>=', value: '98', unit: '%', unitLegible: true }],
    ['50 宗以上', { comparator: '>=', value: '50', unit: '宗', unitLegible: true }],
    ['超 <b>2000</b> 亿元', { comparator: '>', value: '2000', unit: '亿元', unitLegible: true }],
    ['151个。', { comparator: null, value: '151', unit: '个', unitLegible: true }],
    ['200 万 m ²', { comparator: null, value: '200', unit: '万m²', unitLegible: true }],
    ['200 万㎡', { comparator: null, value: '200', unit: '万m²', unitLegible: true }],
    ['1472.7 平方米', { comparator: null, value: '1472.7', unit: '平方米', unitLegible: true }],
    ['100%', { comparator: null, value: '100', unit: '%', unitLegible: true }],
    ['≤5 个工作日', { comparator: '<=', value: '5', unit: '个工作日', unitLegible: true }],
    ['不少于 3 场', { comparator: '>=', value: '3', unit: '场', unitLegible: true }],
    ['控制在 10%以内', { comparator: '<=', value: '10', unit: '%', unitLegible: true }],
    ['低于 5 天', { comparator: '<', value: '5', unit: '天', unitLegible: true }],
    ['≥８５％', { comparator: '>=', value: '85', unit: '%', unitLegible: true }],
    ['1,000 万元', { comparator: null, value: '1000', unit: '万元', unitLegible: true }],
    ['12', { comparator: null, value: '12', unit: null, unitLegible: true }],
    ['(个)3', null],
  ])('parseQuantity(%j) returns %j', (printed, expected) => {
    if (expected === null) expect(() => parseQuantity(printed)).toThrow(ParseValueError);
    else expect(parseQuantity(printed)).toEqual(expected);
  });

  it('marks a unit that is not written in letters or unit marks as illegible, and keeps it as printed', () => {
    // Jiangmen's table prints "≥5 ↑" and "≥40 ↑" where the results print 个: an arrow is OCR damage, not a unit.
    expect(parseQuantity('≥40 ↑')).toEqual({ comparator: '>=', value: '40', unit: '↑', unitLegible: false });
    expect(parseQuantity('7 \uFFFD')).toMatchObject({ value: '7', unitLegible: false });
    for (const unit of ['家', '万m²', '%', '‰', '个工作日', '亿美元', '余项', 'km', '㎡']) expect(isLegibleUnit(unit), unit).toBe(true);
    for (const unit of ['↑', '■', '□', '\uFFFD', '?', '家↑']) expect(isLegibleUnit(unit), unit).toBe(false);
  });

  it('keeps the unit after the number without its brackets: "100（%）" → unit "%"', () => {
    expect(parseQuantity('100（%）').unit).toBe('%');
  });

  it('rejects a compound result with two numbers', () => {
    expect(() => parseQuantity('100家企业完成注册落户工作；10场政策宣讲')).toThrowErrorMatchingInlineSnapshot(`[Error: "100家企业完成注册落户工作；10场政策宣讲" is not a single quantity]`);
  });

  it('rejects text without a number', () => {
    expect(() => parseQuantity('控制在预算内')).toThrowErrorMatchingInlineSnapshot(`[Error: "控制在预算内" is not a single quantity]`);
  });
});
