import { describe, expect, it } from 'vitest';
import {
  ParseValueError, decimals, diff, negate, parseAmount, parseDecimal, percentOf, same, sum, toJsonNumber,
} from '../../src/lib/data/numbers.ts';

describe('parseDecimal', () => {
  it('parseDecimal("5,278.33") returns "5278.33"', () => {
    expect(parseDecimal('5,278.33')).toBe('5278.33');
  });

  it('removes every thousands separator: "1,234,567.8" → "1234567.8"', () => {
    expect(parseDecimal('1,234,567.8')).toBe('1234567.8');
  });

  it('reads full-width digits: "９６.０５" → "96.05"', () => {
    expect(parseDecimal('９６.０５')).toBe('96.05');
  });

  it('drops the unit it is given, full-width or not: parseDecimal("９６.０５％", "%") returns "96.05"', () => {
    expect(parseDecimal('９６.０５％', '%')).toBe('96.05');
    expect(parseDecimal('96.05%', '%')).toBe('96.05');
  });

  it('keeps the decimals printed: "80.00" stays "80.00", "0.50" stays "0.50"', () => {
    expect(parseDecimal('80.00')).toBe('80.00');
    expect(parseDecimal('0.50')).toBe('0.50');
  });

  it('keeps a printed minus sign and drops a plus sign', () => {
    expect(parseDecimal('-41.36')).toBe('-41.36');
    expect(parseDecimal('+5')).toBe('5');
  });

  it('drops leading zeros and the sign of zero: "007" → "7", "-0.00" → "0.00"', () => {
    expect(parseDecimal('007')).toBe('7');
    expect(parseDecimal('-0.00')).toBe('0.00');
  });

  it('ignores markup and spaces: "<b>91.35</b>", "1 423.71"', () => {
    expect(parseDecimal('<b>91.35</b>')).toBe('91.35');
    expect(parseDecimal(' 1423 .71 ')).toBe('1423.71');
  });

  it.each([
    ['≥170 个'],
    ['1.2.3'],
    [''],
    ['   '],
    ['1,23'],
    ['三百'],
    ['96.05%'],
    ['1e3'],
  ])('rejects %j', (printed) => {
    expect(() => parseDecimal(printed)).toThrow(ParseValueError);
  });

  it('names the printed value in its error: "≥170 个" is not a number', () => {
    expect(() => parseDecimal('≥170 个')).toThrowErrorMatchingInlineSnapshot(`[Error: "≥170 个" is not a number]`);
  });
});

describe('parseAmount', () => {
  it('parseAmount("5,278.33 万元") returns "5278.33"', () => {
    expect(parseAmount('5,278.33 万元')).toBe('5278.33');
  });

  it('parseAmount("4652.48") returns "4652.48" (no unit printed)', () => {
    expect(parseAmount('4652.48')).toBe('4652.48');
  });

  it('rejects an amount in another unit: "2000 亿元"', () => {
    expect(() => parseAmount('2000 亿元')).toThrow(ParseValueError);
  });
});

describe('percentOf', () => {
  it('percentOf("4468.73", "4652.48") returns "96.05"', () => {
    expect(percentOf('4468.73', '4652.48')).toBe('96.05');
  });

  it('rounds half up, not half to even: 1 ÷ 16 at 1 decimal is "6.3"', () => {
    expect(percentOf('1', '16', 1)).toBe('6.3');
    expect(percentOf('1', '8', 0)).toBe('13');
  });

  it('keeps trailing zeros to the requested decimals: 430.89 ÷ 430.89 is "100.00"', () => {
    expect(percentOf('430.89', '430.89')).toBe('100.00');
  });

  it('has no binary drift: 1.005 ÷ 100 is "1.01" although (1.005).toFixed(2) is "1.00"', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(percentOf('1.005', '100')).toBe('1.01');
  });

  it('returns null for a zero denominator', () => {
    expect(percentOf('5', '0')).toBeNull();
    expect(percentOf('5', '0.00')).toBeNull();
  });

  it('keeps the sign of a decrease: -625.85 of 5278.33 is "-11.86"', () => {
    expect(percentOf('-625.85', '5278.33')).toBe('-11.86');
  });
});

describe('sum', () => {
  it('sum(["0.1", "0.2"]) returns "0.3" (where 0.1 + 0.2 is 0.30000000000000004)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum(['0.1', '0.2'])).toBe('0.3');
  });

  it('sum(["443.50", "30.13"]) returns "473.63"', () => {
    expect(sum(['443.50', '30.13'])).toBe('473.63');
  });

  it('adds a negative adjustment: 5278.33 + -625.85 = "4652.48"', () => {
    expect(sum(['5278.33', '-625.85'])).toBe('4652.48');
  });

  it('keeps the largest number of decimals among the terms: 1 + 2.50 = "3.50"', () => {
    expect(sum(['1', '2.50'])).toBe('3.50');
  });

  it('adds ten times 0.1 to exactly "1.0"', () => {
    expect(sum(Array.from({ length: 10 }, () => '0.1'))).toBe('1.0');
  });

  it('sum([]) returns "0"', () => {
    expect(sum([])).toBe('0');
  });
});

describe('small helpers', () => {
  it('same("80", "80.00") is true; same("80", "80.01") is false', () => {
    expect(same('80', '80.00')).toBe(true);
    expect(same('80', '80.01')).toBe(false);
  });

  it('negate flips the sign and leaves zero alone', () => {
    expect(negate('625.85')).toBe('-625.85');
    expect(negate('-41.36')).toBe('41.36');
    expect(negate('0')).toBe('0');
  });

  it('decimals counts the digits after the point', () => {
    expect(decimals('96.05')).toBe(2);
    expect(decimals('98')).toBe(0);
  });

  it('diff is the absolute difference', () => {
    expect(diff('99.78', '99.80')).toBe('0.02');
  });

  it('toJsonNumber turns a decimal into a number and keeps null', () => {
    expect(toJsonNumber('4652.48')).toBe(4652.48);
    expect(toJsonNumber(null)).toBeNull();
  });
});
