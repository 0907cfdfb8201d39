import { describe, expect, it } from 'vitest';
import { compareSortValues, sortOrder } from '../../src/lib/site/sort.ts';

describe('sortOrder', () => {
  it('orders numbers numerically, not as text', () => {
    expect(sortOrder(['920.94', '11206.52', '4468.73'], 'ascending', 'zh-CN')).toEqual([0, 2, 1]);
  });
  it('keeps missing values last in both directions', () => {
    expect(sortOrder(['96.05', null, '78.33'], 'ascending', 'zh-CN')).toEqual([2, 0, 1]);
    expect(sortOrder(['96.05', '', '78.33'], 'descending', 'zh-CN')).toEqual([0, 2, 1]);
  });
  it('orders text by locale and is stable for ties', () => {
    expect(sortOrder(['b', 'a', 'a'], 'ascending', 'en')).toEqual([1, 2, 0]);
    expect(compareSortValues('x', 'x', 'descending', 'en')).toBe(0);
  });
});
