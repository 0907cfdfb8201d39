/**
 * A department's indicators over the years: the same indicator names year after year, each
 * year's target set against last year's result in varied ways (easier, the same, harder), some
 * indicators dropped after a miss, a few added. Drawn from the department's own stream, so a
 * department's history does not depend on which of its reports the corpus keeps; its
 * department-wide reports print these values (indicators.ts), which is what the year-over-year
 * signal and the department pages' year-over-year section are built and tested on.
 *
 * Values are in tenths (a count of 12 is 120), so every printed number is exact.
 */
import { Random, subSeed } from './random.ts';
import { INDICATORS, type IndicatorShape } from './phrases.ts';

export interface PlannedIndicator {
  /** Index in the indicator bank (phrases.ts INDICATORS) */
  bank: number;
  /** Target and result in tenths; words indicators have 0 for both */
  target: number;
  actual: number;
  met: boolean;
}

/** Share of indicators met; the share of misses dropped the next year; of the rest, kept. */
const MET_RATE = 0.88;
const DROP_AFTER_MISS = 0.45;
const KEEP_RATE = 0.9;

/** Whether less is better (a time limit): its target is a maximum. */
const isMaximum = (shape: IndicatorShape) => shape === 'days';

const whole = (tenths: number) => Math.round(tenths / 10) * 10;

/**
 * A result for a target: at or past it when met, short of it when missed (for a maximum, at or
 * below it when met, above it when missed). Counts and days are whole, percents at most 100.
 */
export function resultFor(rnd: Random, shape: IndicatorShape, target: number, met: boolean): number {
  switch (shape) {
    case 'count': {
      const t = target / 10;
      return 10 * (met ? t + rnd.int(0, Math.max(1, Math.round(t * 0.5))) : Math.max(0, t - rnd.int(1, Math.max(1, Math.round(t * 0.3)))));
    }
    case 'percent': {
      // Whole percents, a third of them with a decimal; a met result is never below its target,
      // a missed one never reaches it.
      if (met) {
        const p = target >= 1000 ? 100 : rnd.int(Math.ceil(target / 10), 100);
        return p * 10 + (p < 100 && rnd.chance(0.3) ? rnd.int(1, 9) : 0);
      }
      const p = Math.max(0, Math.floor((target - 1) / 10) - rnd.int(0, 14));
      return Math.min(target - 1, p * 10 + (rnd.chance(0.3) ? rnd.int(1, 9) : 0));
    }
    case 'amount':
      return met ? target + rnd.int(0, Math.round(target * 0.6)) : rnd.int(Math.round(target * 0.5), Math.round(target * 0.9));
    case 'days': {
      const t = target / 10;
      return 10 * (met ? rnd.int(Math.max(1, Math.round(t * 0.5)), t) : t + rnd.int(1, 10));
    }
    case 'words':
      return 0;
  }
}

/** A first-year target drawn from the bank's range. */
export function firstTarget(rnd: Random, shape: IndicatorShape, lo: number, hi: number): number {
  if (shape === 'percent') return 10 * (rnd.chance(0.3) ? 100 : rnd.int(lo, hi));
  return shape === 'words' ? 0 : 10 * rnd.int(lo, hi);
}

/** Next year's target from last year's result: easier (at or below it), the same, or harder. */
function nextTarget(rnd: Random, shape: IndicatorShape, last: number): number {
  if (shape === 'words') return 0;
  const how = rnd.weighted([['easier', 2], ['same', 1], ['harder', 7]] as const);
  const step = Math.max(10, whole(last * rnd.uniform(0.05, 0.25)));
  const up = isMaximum(shape) ? how === 'easier' : how === 'harder';
  const down = isMaximum(shape) ? how === 'harder' : how === 'easier';
  let t = up ? last + step : down ? last - step : last;
  if (shape === 'count' || shape === 'days') t = whole(t);
  if (shape === 'percent') t = Math.min(1000, t);
  return Math.max(10, t);
}

/**
 * The indicators of a department for each of `years` (ascending): a list per year in the
 * order the report prints them.
 */
export function indicatorHistory(seed: number, departmentId: string, years: readonly number[]): Map<number, PlannedIndicator[]> {
  const rnd = new Random(subSeed(seed, `history:${departmentId}`));
  const out = new Map<number, PlannedIndicator[]>();
  let last: PlannedIndicator[] = [];
  for (const [k, year] of years.entries()) {
    const planned: PlannedIndicator[] = [];
    const draw = (bank: number, target: number) => {
      const shape = INDICATORS[bank]!.shape;
      const met = rnd.chance(MET_RATE);
      planned.push({ bank, target, actual: resultFor(rnd, shape, target, met), met });
    };
    if (k === 0) {
      const count = Math.max(3, Math.min(INDICATORS.length, Math.round(rnd.logNormal(12, 0.45))));
      for (const bank of rnd.sample(INDICATORS.map((_, i) => i), count)) draw(bank, firstTarget(rnd, INDICATORS[bank]!.shape, INDICATORS[bank]!.lo, INDICATORS[bank]!.hi));
    } else {
      for (const p of last) {
        if (!p.met && rnd.chance(DROP_AFTER_MISS)) continue;
        if (!rnd.chance(KEEP_RATE)) continue;
        const shape = INDICATORS[p.bank]!.shape;
        draw(p.bank, nextTarget(rnd, shape, p.actual));
      }
      const used = new Set(planned.map((p) => p.bank));
      const fresh = INDICATORS.map((_, i) => i).filter((i) => !used.has(i));
      for (const bank of rnd.sample(fresh, rnd.int(0, 3))) draw(bank, firstTarget(rnd, INDICATORS[bank]!.shape, INDICATORS[bank]!.lo, INDICATORS[bank]!.hi));
      if (planned.length < 3) for (const bank of rnd.sample(fresh.filter((i) => !planned.some((p) => p.bank === i)), 3 - planned.length)) draw(bank, firstTarget(rnd, INDICATORS[bank]!.shape, INDICATORS[bank]!.lo, INDICATORS[bank]!.hi));
    }
    out.set(year, planned);
    last = planned;
  }
  return out;
}
