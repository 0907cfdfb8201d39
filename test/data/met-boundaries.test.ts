/**
 * Met / not met at the edges, where a one-character slip (`<` for `≤`, a missing suffix) would
 * flip a published verdict without any other test noticing: a result exactly at its target,
 * and targets written as a maximum with 以内 / 以下 after the number.
 */
import { describe, expect, it } from 'vitest';
import { computeMet } from '../../src/lib/data/derive.ts';
import { parseQuantity } from '../../src/lib/data/quantity.ts';

const met = (target: string, actual: string) => computeMet(parseQuantity(target), parseQuantity(actual));

describe('a result exactly at its target', () => {
  it.each([
    ['≤5 天', '5 天', true],
    ['≤5 天', '5.00 天', true],
    ['≤5 天', '5.01 天', false],
    ['≥100 家', '100 家', true],
    ['≥100 家', '99.9 家', false],
    ['<5 天', '5 天', false],
    ['>2000 亿元', '2000 亿元', false],
    ['=3 个', '3 个', true],
    ['不超过 10%', '10%', true],
    ['不低于 95%', '95%', true],
    ['100%', '100%', true],
  ])('%j against %j is %s', (target, actual, expected) => {
    expect(met(target, actual)).toBe(expected);
  });
});

describe('a target written as a maximum after the number (以内, 以下)', () => {
  it.each([
    ['5 天以内', '<=', '5', '天'],
    ['5天以内', '<=', '5', '天'],
    ['3 个工作日以内', '<=', '3', '个工作日'],
    ['10%以下', '<=', '10', '%'],
    ['2 次及以下', '<=', '2', '次'],
  ])('%j is a maximum (%s %s %s)', (printed, comparator, value, unit) => {
    expect(parseQuantity(printed)).toEqual({ comparator, value, unit, unitLegible: true });
  });

  it.each([
    ['5 天以内', '3 天', true],
    ['5 天以内', '5 天', true],
    ['5 天以内', '6 天', false],
    ['10%以下', '10%', true],
    ['10%以下', '9.5%', true],
    ['10%以下', '12%', false],
  ])('%j against %j is %s', (target, actual, expected) => {
    expect(met(target, actual)).toBe(expected);
  });

  it('is not read as a minimum, which a target without comparator is', () => {
    expect(met('5 天', '6 天')).toBe(true);
    expect(met('5 天以内', '6 天')).toBe(false);
  });
});
