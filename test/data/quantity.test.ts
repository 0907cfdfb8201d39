import { describe, expect, it } from 'vitest';
import { ParseValueError } from '../../src/lib/data/numbers.ts';
import { parseQuantity } from '../../src/lib/data/quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['≥100 家', { comparator: '>=', value: '100', unit: '家' }],
    ['≥5 ↑', { comparator: '>=', value: '5', unit: '↑' }],
    ['98%以上', { comparator: '>=', value: '98', unit: '%' }],
    ['50 宗以上', { comparator: '>=', value: '50', unit: '宗' }],
    ['超 <b>2000</b> 亿元', { comparator: '>', value: '2000', unit: '亿元' }],
    ['151个。', { comparator: null, value: '151', unit: '个' }],
    ['200 万 m ²', { comparator: null, value: '200', unit: '万m²' }],
    ['200 万㎡', { comparator: null, value: '200', unit: '万m²' }],
    ['1472.7 平方米', { comparator: null, value: '1472.7', unit: '平方米' }],
    ['100%', { comparator: null, value: '100', unit: '%' }],
    ['≤5 个工作日', { comparator: '<=', value: '5', unit: '个工作日' }],
    ['不少于 3 场', { comparator: '>=', value: '3', unit: '场' }],
    ['控制在 10%以内', { comparator: '<=', value: '10', unit: '%' }],
    ['低于 5 天', { comparator: '<', value: '5', unit: '天' }],
    ['≥８５％', { comparator: '>=', value: '85', unit: '%' }],
    ['1,000 万元', { comparator: null, value: '1000', unit: '万元' }],
    ['12', { comparator: null, value: '12', unit: null }],
    ['(个)3', null],
  ])('parseQuantity(%j) returns %j', (printed, expected) => {
    if (expected === null) expect(() => parseQuantity(printed)).toThrow(ParseValueError);
    else expect(parseQuantity(printed)).toEqual(expected);
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
