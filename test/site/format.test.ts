import { describe, expect, it } from 'vitest';
import { formatGrade, formatValue, formatYears, kindOfField } from '../../src/lib/site/format.ts';

describe('page formats', () => {
  it('grades are Chinese on Chinese pages and English on English pages', () => {
    expect(formatGrade('优', 'zh')).toBe('优');
    expect(formatGrade('优', 'en')).toBe('Excellent');
    expect(formatGrade('良', 'en')).toBe('Good');
    expect(formatGrade('中', 'en')).toBe('Fair');
    expect(formatGrade('差', 'en')).toBe('Poor');
    expect(formatGrade(null, 'zh')).toBe('未报告');
  });
  it('the kind of a figure is read off its key', () => {
    expect(kindOfField('budget_final_wan')).toBe('amount');
    expect(kindOfField('execution_rate_pct')).toBe('percent');
    expect(kindOfField('self_score')).toBe('points');
    expect(kindOfField('staff_actual')).toBe('count');
    expect(formatValue('5278.33', 'amount', 'zh')).toBe('5,278.33 万元');
    expect(formatValue('25', 'count', 'en')).toBe('25');
    expect(formatValue('96.05', 'percent', 'en')).toBe('96.05%');
    expect(formatValue('91.35', 'points', 'en')).toBe('91.35 points');
    expect(formatValue(null, 'amount', 'zh')).toBe('未报告');
  });
  it('years collapse into ranges', () => {
    expect(formatYears([2024, 2021, 2022, 2021])).toBe('2021–2022, 2024');
    expect(formatYears([2021])).toBe('2021');
    expect(formatYears([])).toBe('');
  });
});
