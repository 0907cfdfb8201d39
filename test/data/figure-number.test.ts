import { describe, expect, it } from 'vitest';
import { figureNumber, reportRecord } from '../../src/lib/data/schema.ts';
import { computeMet } from '../../src/lib/data/derive.ts';

describe('figureNumber', () => {
  it('removes only the unit its kind allows', () => {
    expect(figureNumber('amount', '5,278.33 万元')).toBe('5278.33');
    expect(figureNumber('percent', '９６.０５％')).toBe('96.05');
    expect(figureNumber('count', '25 人')).toBe('25');
    expect(figureNumber('points', '98分')).toBe('98');
    expect(() => figureNumber('amount', '120 个')).toThrow('"120 个" is not a number');
  });

  it('a task fund printed with a foreign unit is rejected by the schema, not by a crash later', () => {
    const r = reportRecord.safeParse({
      id: 'x', project_name: null, figures: {}, duties: [], problems: [], measures: [], notes: [],
      tasks: [{ name: 't', funds: { printed: '120 个', quote: '资金120 个' }, goal: null, outcome: null, quote: 'q' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['tasks', 0, 'funds', 'printed']);
  });
});

describe('computeMet with an exact target', () => {
  it('does not call "超 3" equal to "=3"', () => {
    expect(computeMet({ comparator: '=', value: '3', unit: null, unitLegible: true }, { comparator: '>', value: '3', unit: null, unitLegible: true })).toBeNull();
    expect(computeMet({ comparator: '=', value: '3', unit: null, unitLegible: true }, { comparator: null, value: '3', unit: null, unitLegible: true })).toBe(true);
  });
});
