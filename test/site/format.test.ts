import { describe, expect, it } from 'vitest';
import { NotADecimalError, formatAmount, formatGrade, formatNumber, formatPercent, formatPoints, formatValue, formatYears, groupThousands, kindOfField } from '../../src/lib/site/format.ts';

describe('groupThousands', () => {
  it('groupThousands("4652.48") is "4,652.48"', () => {
    expect(groupThousands('4652.48')).toBe('4,652.48');
  });
  it('keeps the decimals as printed: "80.00" stays "80.00", "132" stays "132"', () => {
    expect(groupThousands('80.00')).toBe('80.00');
    expect(groupThousands('132')).toBe('132');
  });
  it('groups long integers and keeps the sign', () => {
    expect(groupThousands('1234567.891')).toBe('1,234,567.891');
    expect(groupThousands('-625.85')).toBe('-625.85');
    expect(groupThousands('-1919360')).toBe('-1,919,360');
    expect(groupThousands('0.1')).toBe('0.1');
  });
  it('is exact where a float would drift (no toFixed round trip)', () => {
    // 0.1 + 0.2 style drift and 2^53 precision loss cannot happen on strings
    expect(groupThousands('9007199254740993.15')).toBe('9,007,199,254,740,993.15');
    expect(groupThousands('1.005')).toBe('1.005');
  });
  it('refuses what is not a decimal instead of printing NaN', () => {
    expect(() => groupThousands('4,652.48')).toThrow(NotADecimalError);
    expect(() => groupThousands('')).toThrow(NotADecimalError);
    expect(() => groupThousands('NaN')).toThrow(NotADecimalError);
  });
});

describe('formatAmount', () => {
  it('formatAmount("4652.48", "zh") is "4,652.48 万元"', () => {
    expect(formatAmount('4652.48', 'zh')).toBe('4,652.48 万元');
  });
  it('formatAmount("4652.48", "en") is "4,652.48 (10,000 CNY)"', () => {
    expect(formatAmount('4652.48', 'en')).toBe('4,652.48 (10,000 CNY)');
  });
  it('a missing amount is "未报告" / "not reported", never 0 or "-"', () => {
    expect(formatAmount(null, 'zh')).toBe('未报告');
    expect(formatAmount(undefined, 'en')).toBe('not reported');
  });
});

describe('other values', () => {
  it('percent keeps the printed decimals', () => {
    expect(formatPercent('96.05', 'zh')).toBe('96.05%');
    expect(formatPercent('100', 'en')).toBe('100%');
    expect(formatPercent('-12.23', 'zh')).toBe('-12.23%');
    expect(formatPercent(null, 'zh')).toBe('未报告');
  });
  it('points: "91.35 分" / "91.35 points"', () => {
    expect(formatPoints('91.35', 'zh')).toBe('91.35 分');
    expect(formatPoints('98', 'en')).toBe('98 points');
    expect(formatPoints(null, 'en')).toBe('not reported');
  });
  it('numbers without unit', () => {
    expect(formatNumber('11206.52', 'zh')).toBe('11,206.52');
    expect(formatNumber(null, 'zh')).toBe('未报告');
  });
  it('grades carry their English label on English pages', () => {
    expect(formatGrade('优', 'zh')).toBe('优');
    expect(formatGrade('优', 'en')).toBe('优 Excellent');
    expect(formatGrade('良', 'en')).toBe('良 Good');
    expect(formatGrade('中', 'en')).toBe('中 Fair');
    expect(formatGrade('差', 'en')).toBe('差 Poor');
    expect(formatGrade(null, 'zh')).toBe('未报告');
  });
  it('the kind of a figure is read off its key', () => {
    expect(kindOfField('budget_final_wan')).toBe('amount');
    expect(kindOfField('execution_rate_pct')).toBe('percent');
    expect(kindOfField('self_score')).toBe('points');
    expect(kindOfField('staff_actual')).toBe('count');
    expect(formatValue('5278.33', 'amount', 'zh')).toBe('5,278.33 万元');
    expect(formatValue('25', 'count', 'en')).toBe('25');
  });
  it('years collapse into ranges', () => {
    expect(formatYears([2024, 2021, 2022, 2021])).toBe('2021–2022, 2024');
    expect(formatYears([2021])).toBe('2021');
    expect(formatYears([])).toBe('');
  });
});
