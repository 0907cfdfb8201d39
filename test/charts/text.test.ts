import { describe, expect, it } from 'vitest';
import { joinList, textWidth, truncate, wrapText } from '../../src/lib/charts/text.ts';
import { missingLabel, tickCount } from '../../src/lib/charts/frame.ts';
import { departmentLabel, executionRate, formatRate, reportLabel } from '../../src/lib/charts/labels.ts';
import { fig, makeReport, site } from './helpers.ts';

describe('text helpers', () => {
  it('counts CJK characters as one em and Latin as about half', () => {
    expect(textWidth('投促局', 10)).toBe(30);
    expect(textWidth('ab', 10)).toBeCloseTo(11.6);
  });

  it('truncates long names with an ellipsis to fit', () => {
    const t = truncate('完成广州市白云区重点产业招商项目报批报建代办服务外包项目', 100, 10);
    expect(t.endsWith('…')).toBe(true);
    expect(textWidth(t, 10)).toBeLessThanOrEqual(100);
    expect(truncate('short', 100, 10)).toBe('short');
  });

  it('wraps Latin text at spaces and Chinese text between characters', () => {
    expect(wrapText('final budget and execution rate not reported', 120, 10)).toEqual(['final budget and', 'execution rate not', 'reported']);
    expect(wrapText('调整后预算执行率', 40, 10)).toEqual(['调整后预', '算执行率']);
    expect(wrapText('short', 100, 10)).toEqual(['short']);
    expect(wrapText('unbreakable', 30, 10)).toEqual(['unbr…']);
    expect(wrapText('unbreakable', 30, 10, true)).toEqual(['unbreakable']);
  });

  it('wraps a "not reported" mark in a narrow slot and still reads "not reported"', () => {
    const s = missingLabel(10, 100, 'en', { maxWidth: 40 }).toString();
    expect(s).toContain('<tspan');
    expect(s.replace(/<[^>]+>/gu, '')).toBe('not reported');
    expect(missingLabel(10, 100, 'zh').toString()).toContain('>未报告</text>');
  });

  it('fits about one tick per 70 units, between 2 and the maximum', () => {
    expect(tickCount(100)).toBe(2);
    expect(tickCount(300)).toBe(4);
    expect(tickCount(1000, 5)).toBe(5);
  });

  it('joins Chinese lists with 、 unless items hold commas', () => {
    expect(joinList(['a', 'b'], 'zh')).toBe('a、b');
    expect(joinList(['a，1', 'b'], 'zh')).toBe('a，1；b');
    expect(joinList(['a', 'b'], 'en')).toBe('a; b');
  });
});

describe('labels', () => {
  it('labels a department by its short names, and by its id when the registry does not know it', () => {
    expect(departmentLabel('guangzhou-baiyun', site.departments)).toEqual({ zh: '白云区投促局', en: 'Baiyun District' });
    expect(departmentLabel('nowhere', site.departments)).toEqual({ zh: 'nowhere', en: 'nowhere' });
  });

  it('labels a project report with its project', () => {
    const r = site.reports.find((x) => x.kind === 'project')!;
    expect(reportLabel(r, site.departments)).toEqual({ zh: '坪山区投推署 2021 · 招商引资', en: 'Pingshan District 2021 · Investment attraction' });
  });

  it('prefers the printed execution rate, then the computed one, else null', () => {
    expect(executionRate(makeReport({ figures: fig({ execution_rate_pct: '96.05' }), execution_rate_computed_pct: '96.04' }))).toEqual({ value: '96.05', basis: 'printed' });
    expect(executionRate(makeReport({ execution_rate_computed_pct: '78.33' }))).toEqual({ value: '78.33', basis: 'computed' });
    expect(executionRate(makeReport())).toBeNull();
  });

  it('marks a computed rate in its text', () => {
    expect(formatRate({ value: '78.33', basis: 'computed' }, 'zh')).toBe('78.33%（计算值）');
    expect(formatRate({ value: '78.33', basis: 'computed' }, 'en')).toBe('78.33% (computed)');
    expect(formatRate(null, 'zh')).toBe('未报告');
  });
});
