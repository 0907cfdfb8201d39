import { describe, expect, it } from 'vitest';
import { gradeForScore, normaliseGrade } from '../../src/lib/data/grade.ts';

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
