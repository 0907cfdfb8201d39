/**
 * The one number formatter (src/lib/format/number.ts): the words tables, charts and page text
 * share. Expectations are written out by hand from the values the reports print.
 */
import { describe, expect, it } from 'vitest';
import {
  MONEY_UNIT, NOT_REPORTED, NotADecimalError, formatAmount, formatNumber, formatPercent, formatPoints, formatSignedAmount, groupThousands,
} from '../../src/lib/format/number.ts';

describe('groupThousands', () => {
  it('groupThousands("4652.48") is "4,652.48"', () => {
    expect(groupThousands('4652.48')).toBe('4,652.48');
  });
  it('keeps the decimals as printed: "80.00" stays "80.00", "1588.4" is "1,588.4", "132" stays "132"', () => {
    expect(groupThousands('80.00')).toBe('80.00');
    expect(groupThousands('1588.4')).toBe('1,588.4');
    expect(groupThousands('132')).toBe('132');
  });
  it('groups long integers and writes a negative value with a true minus sign (U+2212)', () => {
    expect(groupThousands('1234567.891')).toBe('1,234,567.891');
    expect(groupThousands('-625.85')).toBe('\u2212625.85');
    expect(groupThousands('-1919360')).toBe('\u22121,919,360');
    expect(groupThousands('0.1')).toBe('0.1');
  });
  it('puts a comma before every third digit from the right, and nowhere else', () => {
    expect(groupThousands('0')).toBe('0');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('1000')).toBe('1,000');
    expect(groupThousands('99999')).toBe('99,999');
    expect(groupThousands('100000')).toBe('100,000');
    expect(groupThousands('-123456.5')).toBe('\u2212123,456.5');
    expect(groupThousands('12345678901')).toBe('12,345,678,901');
  });
  it('is exact where a float would drift (no conversion to a binary number)', () => {
    expect(groupThousands('9007199254740993.15')).toBe('9,007,199,254,740,993.15');
    expect(groupThousands('1.005')).toBe('1.005');
  });
  it('refuses what is not a decimal instead of printing NaN', () => {
    expect(() => groupThousands('4,652.48')).toThrow(NotADecimalError);
    expect(() => groupThousands('')).toThrow(NotADecimalError);
    expect(() => groupThousands('NaN')).toThrow(NotADecimalError);
  });
});

describe('amounts', () => {
  it('formatAmount("4652.48") is "4,652.48 万元" / "4,652.48 (10,000 CNY)"', () => {
    expect(formatAmount('4652.48', 'zh')).toBe('4,652.48 万元');
    expect(formatAmount('4652.48', 'en')).toBe('4,652.48 (10,000 CNY)');
  });
  it('names the unit the same way everywhere: 万元 / 10,000 CNY', () => {
    expect(MONEY_UNIT).toEqual({ zh: '万元', en: '10,000 CNY' });
  });
  it('signs changes with + and a true minus sign; zero has no sign', () => {
    expect(formatSignedAmount('-625.85', 'zh')).toBe('\u2212625.85 万元');
    expect(formatSignedAmount('1919.36', 'zh')).toBe('+1,919.36 万元');
    expect(formatSignedAmount('1919.36', 'en')).toBe('+1,919.36 (10,000 CNY)');
    expect(formatSignedAmount('0', 'zh')).toBe('0 万元');
    expect(formatSignedAmount('0.00', 'en')).toBe('0.00 (10,000 CNY)');
  });
});

describe('other values', () => {
  it('percent keeps the printed decimals', () => {
    expect(formatPercent('96.05', 'zh')).toBe('96.05%');
    expect(formatPercent('100', 'en')).toBe('100%');
    expect(formatPercent('-12.23', 'zh')).toBe('\u221212.23%');
  });
  it('points: "91.35 分" / "91.35 points"', () => {
    expect(formatPoints('91.35', 'zh')).toBe('91.35 分');
    expect(formatPoints('98', 'en')).toBe('98 points');
  });
  it('numbers without unit', () => {
    expect(formatNumber('11206.52', 'zh')).toBe('11,206.52');
  });
});

describe('a missing value', () => {
  it('is "未报告" / "not reported" in every format, never 0 or "-"', () => {
    expect(NOT_REPORTED).toEqual({ zh: '未报告', en: 'not reported' });
    for (const f of [formatNumber, formatAmount, formatSignedAmount, formatPercent, formatPoints]) {
      expect(f(null, 'zh')).toBe('未报告');
      expect(f(undefined, 'en')).toBe('not reported');
    }
  });
});
