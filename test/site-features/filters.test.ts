/**
 * The indicator explorer's filters (src/lib/indicators/filters.ts), shared by the page and the
 * browser script: with nothing selected every row is shown, whatever its attributes.
 */
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, hasSignal, matches, readFilter, writeFilter, type IndicatorFilter, type RowFacts } from '../../src/lib/indicators/filters.ts';

const NOTHING: IndicatorFilter = { category: '', sub: '', met: '', dept: '', year: '', signal: '' };
const ROWS: RowFacts[] = [
  { category: '产出', sub: '数量', met: 'true', dept: 'guangzhou-baiyun', year: '2021', signal: 'budget_adjustment target_equals_result_100' },
  { category: '效益', sub: '社会效益', met: 'false', dept: 'jiangmen', year: '2024', signal: 'high_score_with_gaps' },
  { category: '满意度', sub: '满意度', met: 'null', dept: 'shenzhen-pingshan', year: '2021', signal: 'high_score_with_gaps no_stated_result arithmetic' },
  // A row without a category (an unreadable label), without a year, without a signal
  { category: '', sub: '', met: 'null', dept: 'guangzhou-liwan', year: '', signal: '' },
];

describe('indicator filters', () => {
  it('an address without filters selects nothing', () => {
    expect(readFilter(new URLSearchParams(''))).toEqual(NOTHING);
    expect(readFilter(new URLSearchParams('q=x&other=1'))).toEqual(NOTHING);
  });

  it('with nothing selected, every row matches', () => {
    for (const row of ROWS) expect(matches(row, NOTHING), JSON.stringify(row)).toBe(true);
  });

  it('with nothing selected, the address carries no filter', () => {
    expect(writeFilter(NOTHING).toString()).toBe('');
  });

  it('one selected value keeps only the rows that have it', () => {
    expect(ROWS.filter((r) => matches(r, { ...NOTHING, met: 'false' }))).toEqual([ROWS[1]]);
    expect(ROWS.filter((r) => matches(r, { ...NOTHING, year: '2021', category: '产出' }))).toEqual([ROWS[0]]);
  });

  it('a signal keeps the rows that carry it among theirs, whole ids only', () => {
    expect(ROWS.filter((r) => matches(r, { ...NOTHING, signal: 'high_score_with_gaps' }))).toEqual([ROWS[1], ROWS[2]]);
    expect(ROWS.filter((r) => matches(r, { ...NOTHING, signal: 'arithmetic', met: 'null' }))).toEqual([ROWS[2]]);
    expect(ROWS.filter((r) => matches(r, { ...NOTHING, signal: 'budget' }))).toEqual([]);
    expect(hasSignal('', '')).toBe(true);
    expect(hasSignal('', 'arithmetic')).toBe(false);
  });

  it('a filter survives the round trip through the address', () => {
    const f: IndicatorFilter = { category: '产出', sub: '数量', met: 'true', dept: 'guangzhou-baiyun', year: '2021', signal: 'budget_adjustment' };
    expect(readFilter(writeFilter(f))).toEqual(f);
    expect([...writeFilter({ ...NOTHING, met: 'null' }).keys()]).toEqual(['met']);
    expect(FILTER_KEYS).toHaveLength(6);
  });
});
