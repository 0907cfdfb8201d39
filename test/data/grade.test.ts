import { describe, expect, it } from 'vitest';
import { GRADE_BANDS, GRADES, bandRange, gradeBandsText, gradeForScore, normaliseGrade } from '../../src/lib/data/grade.ts';

describe('normaliseGrade', () => {
  it.each([
    ['优', '优'],
    ['优秀', '优'],
    ['良', '良'],
    ['良好', '良'],
    ['中', '中'],
    ['合格', '中'],
    ['差', '差'],
    ['不合格', '差'],
    ['“优”', '优'],
    [' 优 秀 ', '优'],
  ])('normaliseGrade(%j) returns %j', (printed, grade) => {
    expect(normaliseGrade(printed)).toBe(grade);
  });

  it.each([['优异'], ['秀'], ['A'], ['']])('normaliseGrade(%j) returns null (not a grade)', (printed) => {
    expect(normaliseGrade(printed)).toBeNull();
  });
});

describe('gradeForScore', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['90.00', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('a score of %s is %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });
});

describe('the grade bands, declared once', () => {
  it('cover every grade, best first, from 100 down to 0', () => {
    expect(GRADE_BANDS.map((b) => b.grade)).toEqual([...GRADES]);
    expect(GRADE_BANDS.map((b) => b.min)).toEqual([90, 80, 60, 0]);
  });
  it('print their ranges as the method page and the chart state them', () => {
    expect(GRADES.map(bandRange)).toEqual(['≥ 90', '80–89', '60–79', '< 60']);
    expect(gradeBandsText('zh')).toBe('优 ≥ 90，良 80–89，中 60–79，差 < 60');
    expect(gradeBandsText('zh', { unit: '分' })).toBe('优 ≥ 90 分，良 80–89 分，中 60–79 分，差 < 60 分');
    expect(gradeBandsText('en')).toBe('Excellent ≥ 90, Good 80–89, Fair 60–79, Poor < 60');
  });
  it('agree with gradeForScore at every band edge', () => {
    for (const [i, b] of GRADE_BANDS.entries()) {
      expect(gradeForScore(String(b.min))).toBe(b.grade);
      if (i > 0) expect(gradeForScore(`${b.min}.5`)).toBe(b.grade);
      const above = GRADE_BANDS[i - 1];
      if (above) expect(gradeForScore(`${above.min - 1}.99`)).toBe(b.grade);
    }
  });
});
